import { error } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { Actions, PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { supportTeam } from '#lib/server/citizens.js';
import { db } from '#lib/server/db/index.js';
import { unit, user } from '#lib/server/db/schema/index.js';
import { assignmentHistory, choiceWindowFor, ignoreSuggestion, listWishes, openSuggestions, withdrawWish } from '#lib/server/contact-person/wishes.js';
import { answerBy } from '#lib/server/contact-person/wish-rules.js';
import { daysBetween, todayIso } from '#lib/server/time.js';

const formId = async (request: Request, name: string) => String((await request.formData()).get(name) ?? '').slice(0, 64);

export const load = (async ({ url }) => {
	const { citizen } = await requireCitizenSelf();
	const today = todayIso();
	const supporters = await supportTeam(citizen.id, today);
	const [settings] = await db.select({ answerDays: unit.wishAnswerDays }).from(unit).where(eq(unit.id, citizen.unitId));
	const wishes = await listWishes(citizen.id);
	const latest = wishes[0] ?? null;
	const [helper] = latest?.writtenWithHelpBy ? await db.select({ name: user.displayName }).from(user).where(eq(user.id, latest.writtenWithHelpBy)) : [];
	const isTeam = supporters.length > 1;
	return {
		supporters,
		window: await choiceWindowFor(citizen, today),
		latestWish: latest && {
			id: latest.id,
			kind: latest.kind,
			status: latest.status,
			reason: latest.reason,
			startDate: latest.startDate,
			declineReason: latest.declineReason,
			declineText: latest.declineText,
			insteadText: latest.insteadText,
			helperName: helper?.name ?? null,
			answerBy: answerBy(todayIso(latest.createdAt), settings?.answerDays ?? 14),
			members: latest.members.map((m) => ({ role: m.role, name: m.name, isMain: m.isMain }))
		},
		suggestions: (await openSuggestions(citizen.id)).map((s) => ({ id: s.id, text: s.text, fromName: s.fromName, suggestedName: s.suggestedName, suggestedWorkerId: s.suggestedWorkerId })),
		history: (await assignmentHistory(citizen.id)).filter((h) => h.role !== 'cover'),
		/** Teams meet once a year about whether to go on: remind from 11 months. */
		/** A team is called a team, not "Min kontaktperson". */
		isTeam,
		isTeamEvaluationDue: isTeam && supporters.every((s) => !s.isTemporary && daysBetween(s.fromDate, today) >= 335),
		isJustSent: url.searchParams.has('sent')
	};
}) satisfies PageServerLoad;

export const actions = {
	withdraw: async ({ request }) => {
		const { citizen } = await requireCitizenSelf();
		if (!(await withdrawWish(citizen.id, await formId(request, 'wishId')))) error(404);
		return { withdrawn: true };
	},
	ignoreSuggestion: async ({ request }) => {
		const { citizen } = await requireCitizenSelf();
		if (!(await ignoreSuggestion(citizen, await formId(request, 'suggestionId')))) error(404);
		return { ignored: true };
	}
} satisfies Actions;
