import { error, fail } from '@sveltejs/kit';
import { formErrorTexts } from '#lib/i18n/form-errors.js';
import type { Actions, PageServerLoad } from './$types';
import { requireCitizenAccess, requireRole } from '#lib/server/auth/guards.js';
import { getCitizenOverview } from '#lib/server/citizens.js';
import { isActivated, replaceActivationCode } from '#lib/server/auth/invitation.js';
import { suggestGuide } from '#lib/server/access/grants.js';
import { listDreamsFor } from '#lib/server/dreams.js';
import { getPlan } from '#lib/server/plan.js';
import { listRatings, markVisitDone } from '#lib/server/ratings/ratings.js';
import { suggestContact } from '#lib/server/contact-person/wishes.js';
import { listMeetings } from '#lib/server/meetings/meetings.js';
import { proposalsFor } from '#lib/server/meetings/proposals.js';
import { listUnitWorkers } from '#lib/server/contact-person/workers.js';
import { invalid } from '#lib/server/form-failure.js';
import { suggestContactSchema } from '#lib/validation/contact-person.js';
import { activationLetter, endSupport } from '#lib/server/admin/unit-admin.js';
import { endSupportSchema } from '#lib/validation/meetings.js';
import { todayIso } from '#lib/server/time.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { parseForm } from '#lib/validation/form.js';
import { suggestGuideSchema } from '#lib/validation/grants.js';

export const load = (async ({ params }) => {
	requireRole(['worker', 'leader']);
	// 404 (and a line in the citizen's access log) unless this worker or leader may see the citizen.
	const { citizen, user } = await requireCitizenAccess(params.citizenId, ['overview', 'dreams', 'plan', 'ratings', 'meetings']);
	const overview = await getCitizenOverview(citizen);
	const isTemporaryContact = overview.supporters.some((s) => s.workerId === user.id && s.isTemporary);
	const meetings = await listMeetings(citizen.id);
	return {
		/** The temporary kontaktperson may suggest a colleague; the citizen decides. */
		colleagues: isTemporaryContact ? (await listUnitWorkers(citizen.unitId)).filter((w) => w.id !== user.id).map((w) => ({ id: w.id, name: w.name })) : [],
		/** The plan, read-only; linked dreams only where the dream is shared with the team. */
		plan: await getPlan(citizen.id, (d) => d.visibility !== 'me'),
		citizen: overview,
		/** Dreams the citizen shares with the team (never "only me"), read-only. */
		dreams: (await listDreamsFor(user, citizen.id)).map((d) => ({
			id: d.id,
			text: d.text,
			lifeArea: d.lifeArea,
			talkAtNextMeeting: d.talkAtNextMeeting
		})),
		meetings: meetings.map((m) => ({ id: m.id, type: m.type, startsAt: m.startsAt.toISOString(), place: m.place, isHeld: m.summaryAt !== null })),
		/** The 3-month and yearly team evaluations that are due. */
		proposals: await proposalsFor(citizen, meetings),
		/** The citizen's ratings of the collaboration: exactly what the citizen sees of them. */
		ratings: (await listRatings(citizen.id, getLocale())).map(({ isLow: _low, isFalling: _falling, ...row }) => row),
		isLeader: user.role === 'leader',
		today: todayIso(),
		/** Whether the citizen has logged in with an activation code yet. */
		isActivated: await isActivated(citizen.userId)
	};
}) satisfies PageServerLoad;

export const actions = {
	/**
	 * A new first code for a citizen who has never activated; shown once, here, and never stored in
	 * plain text. For an activated citizen it is 404 (and logged): only a leader resets, on a letter.
	 */
	activationCode: async ({ params, url }) => {
		const staff = requireRole(['worker', 'leader']);
		const { citizen } = await requireCitizenAccess(params.citizenId, 'overview');
		const created = await replaceActivationCode(citizen.id, citizen.userId, staff);
		if (!created) error(404);
		const { code, display } = created;
		// The letter is in this answer only: the code is not stored in plain text anywhere.
		return { activationCode: display, letter: activationLetter(url.origin, code, display), address: `${url.host}/activate` };
	},

	/** The leader ends the support; the citizen keeps their access to their own data. */
	endSupport: async ({ params, request }) => {
		const leader = requireRole(['leader']);
		const { citizen } = await requireCitizenAccess(params.citizenId, 'overview');
		const parsed = parseForm(endSupportSchema, await request.formData());
		if (!parsed.success) return invalid(400, { endSupport: true as const, errors: parsed.errors });
		if (!(await endSupport(leader, citizen.id, parsed.output.endDate))) error(404);
		return { endSupport: true as const, ended: true };
	},

	/** A visit done today: the citizen is asked "Hvordan gik det?" (at most once a week). */
	visitDone: async ({ params }) => {
		const staff = requireRole(['worker', 'leader']);
		const { citizen } = await requireCitizenAccess(params.citizenId, 'meetings');
		await markVisitDone(staff, citizen.id);
		return { visitSaved: true };
	},

	/** "Jeg har set, at du bruger meget tid sammen med John": only the temporary kontaktperson. */
	suggestContact: async ({ params, request }) => {
		const staff = requireRole(['worker', 'leader']);
		const { citizen } = await requireCitizenAccess(params.citizenId, 'contact-person');
		const supporters = (await getCitizenOverview(citizen)).supporters;
		if (!supporters.some((s) => s.workerId === staff.id && s.isTemporary)) error(404);
		const data = await request.formData();
		const values = { suggestedWorkerId: String(data.get('suggestedWorkerId') ?? '').slice(0, 64), text: String(data.get('text') ?? '').slice(0, 300) };
		const parsed = parseForm(suggestContactSchema, data);
		if (!parsed.success) return invalid(400, { contactSuggestion: true as const, values, errors: parsed.errors });
		const result = await suggestContact(staff, citizen, parsed.output.suggestedWorkerId, parsed.output.text);
		if (result === 'not_temporary') error(404);
		if (result === 'not_found') return invalid(400, { contactSuggestion: true as const, values, errors: { suggestedWorkerId: 'staff_suggest_contact_error_worker' } });
		return { contactSuggestion: true as const, sent: true };
	},

	/** Staff may propose a peer guide; nothing is shared until the citizen accepts. */
	suggestGuide: async ({ params, request }) => {
		const staff = requireRole(['worker', 'leader']);
		const { citizen } = await requireCitizenAccess(params.citizenId, 'helpers');
		const data = await request.formData();
		const parsed = parseForm(suggestGuideSchema, data);
		if (!parsed.success) {
			return fail(400, { suggestion: { name: String(data.get('name') ?? '').slice(0, 80), errors: formErrorTexts(parsed.errors) } });
		}
		await suggestGuide(staff, citizen.id, parsed.output.name);
		return { suggestion: { sent: true } };
	}
} satisfies Actions;
