import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireCitizenAccess, requireRole } from '#lib/server/auth/guards.js';
import { invalid } from '#lib/server/form-failure.js';
import { getCitizenOverview } from '#lib/server/citizens.js';
import { findMeeting, listMeetings, markRead, reviewFor, writeSummary } from '#lib/server/meetings/meetings.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { summarySchema } from '#lib/validation/meetings.js';

/** The meeting of this citizen, or 404 (a meeting id of another citizen is never found). */
async function meetingOf(citizenId: string, meetingId: string) {
	const found = await findMeeting(citizenId, meetingId.slice(0, 64));
	if (!found) error(404);
	return found;
}

export const load = (async ({ params }) => {
	requireRole(['worker', 'leader']);
	// Før mødet reads the citizen's meetings, dreams, plan and ratings: each read is logged.
	const { citizen } = await requireCitizenAccess(params.citizenId, ['overview', 'meetings', 'dreams', 'plan', 'ratings'], undefined, `meeting:${params.meetingId.slice(0, 64)}`);
	const current = await meetingOf(citizen.id, params.meetingId);
	const detail = (await listMeetings(citizen.id)).find((m) => m.id === current.id)!;
	const review = await reviewFor(citizen, current);
	return {
		citizen: { id: citizen.id, name: (await getCitizenOverview(citizen)).name },
		meeting: {
			id: current.id,
			type: current.type,
			startsAt: current.startsAt.toISOString(),
			place: current.place,
			citizenBrings: current.citizenBrings,
			summary: current.summary,
			isHeld: current.summaryAt !== null,
			participants: detail.participants,
			agreements: detail.agreements,
			remembersDifferently: detail.notes.filter((n) => n.kind === 'remembers_differently').map((n) => ({ id: n.id, text: n.text }))
		},
		review: { ...review, previousAt: review.previousAt?.toISOString() ?? null, items: review.items.map((i) => ({ ...i, at: i.at.toISOString() })) }
	};
}) satisfies PageServerLoad;

export const actions = {
	markRead: async ({ params, request }) => {
		const staff = requireRole(['worker', 'leader']);
		const { citizen } = await requireCitizenAccess(params.citizenId, 'meetings');
		const current = await meetingOf(citizen.id, params.meetingId);
		const itemKey = String((await request.formData()).get('itemKey') ?? '').slice(0, 120);
		// Only an item that is on this meeting's list can be marked.
		if (!(await reviewFor(citizen, current)).items.some((i) => i.key === itemKey)) error(404);
		await markRead(staff, current.id, itemKey);
		return { marked: itemKey };
	},
	summary: async ({ params, request }) => {
		const staff = requireRole(['worker', 'leader']);
		const { citizen } = await requireCitizenAccess(params.citizenId, 'meetings');
		const current = await meetingOf(citizen.id, params.meetingId);
		const data = await request.formData();
		const parsed = parseForm(summarySchema, data);
		if (!parsed.success) return invalid(400, { values: formValues(data, 3000), errors: parsed.errors });
		const saved = await writeSummary(staff, citizen, current.id, parsed.output.summary, parsed.output.agreements);
		if (saved === 'not_found') error(404);
		// Checked here on the server, not only in the page: the meeting's time may pass while the form is open.
		if (saved === 'not_held_yet') return invalid(409, { values: formValues(data, 3000), errors: { summary: 'staff_summary_error_not_held' } });
		return { summarySaved: true };
	}
} satisfies Actions;
