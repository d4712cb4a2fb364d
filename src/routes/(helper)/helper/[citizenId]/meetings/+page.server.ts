import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireCitizenAccess, requireRole } from '#lib/server/auth/guards.js';
import { invalid } from '#lib/server/form-failure.js';
import { listCitizensForHelper } from '#lib/server/access/grants.js';
import { addMeetingNote, listMeetings } from '#lib/server/meetings/meetings.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { meetingNoteSchema } from '#lib/validation/meetings.js';

async function grantOf(helperId: string, citizenId: string) {
	return (await listCitizensForHelper(helperId)).find((c) => c.citizenId === citizenId) ?? null;
}

export const load = (async ({ params }) => {
	const helper = requireRole(['relative', 'guide']);
	// The meetings area must be granted today; the read is in the citizen's log.
	const { citizen } = await requireCitizenAccess(params.citizenId, 'meetings');
	const entry = await grantOf(helper.id, citizen.id);
	const now = Date.now();
	return {
		citizenId: citizen.id,
		name: entry?.name ?? '',
		/** Whether the citizen lets this helper write for meetings. */
		canWriteInput: entry?.canWriteInput ?? false,
		meetings: (await listMeetings(citizen.id)).map((m) => ({
			id: m.id,
			type: m.type,
			startsAt: m.startsAt.toISOString(),
			place: m.place,
			isComing: m.startsAt.getTime() >= now,
			summary: m.summary,
			agreements: m.agreements,
			ownInput: m.notes.filter((n) => n.kind === 'input' && n.authorId === helper.id).map((n) => ({ id: n.id, text: n.text }))
		}))
	};
}) satisfies PageServerLoad;

export const actions = {
	/** A relative's own input for a meeting, shown as theirs; only when the grant allows writing. */
	input: async ({ params, request }) => {
		const helper = requireRole(['relative', 'guide']);
		const { citizen } = await requireCitizenAccess(params.citizenId, 'meetings');
		if (!(await grantOf(helper.id, citizen.id))?.canWriteInput) error(404);
		const data = await request.formData();
		const meetingId = String(data.get('meetingId') ?? '').slice(0, 64);
		const parsed = parseForm(meetingNoteSchema, data);
		if (!parsed.success) return invalid(400, { meetingId, values: formValues(data), errors: parsed.errors });
		if ((await addMeetingNote(helper, citizen, meetingId, 'input', parsed.output.text, parsed.output.clientId)) !== 'saved') error(404);
		return { meetingId, saved: true };
	}
} satisfies Actions;
