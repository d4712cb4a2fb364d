import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { invalid } from '#lib/server/form-failure.js';
import { listOwnDreams } from '#lib/server/dreams.js';
import { addMeetingNote, findMeeting, listMeetings, setCitizenBrings } from '#lib/server/meetings/meetings.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { citizenBringsSchema, meetingNoteSchema } from '#lib/validation/meetings.js';

export const load = (async ({ params }) => {
	const { user, citizen } = await requireCitizenSelf();
	const found = (await listMeetings(citizen.id)).find((m) => m.id === params.meetingId);
	if (!found) error(404);
	return {
		meeting: {
			id: found.id,
			type: found.type,
			startsAt: found.startsAt.toISOString(),
			place: found.place,
			participants: found.participants,
			citizenBrings: found.citizenBrings,
			summary: found.summary,
			isHeld: found.summaryAt !== null,
			agreements: found.agreements,
			notes: found.notes.map((n) => ({ id: n.id, kind: n.kind, text: n.text, authorName: n.authorName, isOwn: n.authorId === user.id }))
		},
		/** Dreams the citizen marked "Det vil jeg tale om til næste møde". */
		dreams: (await listOwnDreams(citizen.id)).filter((d) => d.talkAtNextMeeting).map((d) => ({ id: d.id, text: d.text })),
		clientId: crypto.randomUUID(),
		userId: user.id
	};
}) satisfies PageServerLoad;

/** A topic before the meeting, or "Sådan husker jeg det ikke" after it. */
async function addNote(kind: 'topic' | 'remembers_differently', { params, request }: { params: { meetingId: string }; request: Request }) {
	const { user, citizen } = await requireCitizenSelf();
	// Another citizen's meeting is not there: 404 before anything is read from the form.
	if (!(await findMeeting(citizen.id, params.meetingId))) error(404);
	const data = await request.formData();
	const parsed = parseForm(meetingNoteSchema, data);
	if (!parsed.success) return invalid(400, { kind, values: formValues(data), errors: parsed.errors });
	const result = await addMeetingNote(user, citizen, params.meetingId, kind, parsed.output.text, parsed.output.clientId);
	if (result === 'not_found') error(404);
	if (result === 'not_held') return invalid(400, { kind, values: formValues(data), errors: { text: 'meeting_error_text' } });
	return { kind, saved: true };
}

export const actions = {
	topic: async (event) => addNote('topic', event),
	remember: async (event) => addNote('remembers_differently', event),
	brings: async ({ params, request }) => {
		const { citizen } = await requireCitizenSelf();
		if (!(await findMeeting(citizen.id, params.meetingId))) error(404);
		const data = await request.formData();
		const parsed = parseForm(citizenBringsSchema, data);
		if (!parsed.success) return invalid(400, { kind: 'brings' as const, values: formValues(data), errors: parsed.errors });
		await setCitizenBrings(citizen.id, params.meetingId, parsed.output.citizenBrings);
		return { kind: 'brings' as const, saved: true };
	}
} satisfies Actions;
