import { t as error } from "../../../../../chunks/exports.js";
import { r as requireCitizenSelf } from "../../../../../chunks/guards.js";
import { a as supportTeam, c as assignmentHistory, g as openSuggestions, h as listWishes, p as ignoreSuggestion, u as choiceWindowFor, v as withdrawWish, y as answerBy } from "../../../../../chunks/citizens.js";
import { R as user, n as db, z as unit } from "../../../../../chunks/db.js";
import { a as daysBetween, s as todayIso } from "../../../../../chunks/time.js";
import { eq } from "drizzle-orm";
// src/routes/(citizen)/me/contact-person/+page.server.ts
var formId = async (request, name) => String((await request.formData()).get(name) ?? "").slice(0, 64);
var load = (async ({ url }) => {
	const { citizen } = await requireCitizenSelf();
	const today = todayIso();
	const supporters = await supportTeam(citizen.id, today);
	const [settings] = await db.select({ answerDays: unit.wishAnswerDays }).from(unit).where(eq(unit.id, citizen.unitId));
	const latest = (await listWishes(citizen.id))[0] ?? null;
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
			members: latest.members.map((m) => ({
				role: m.role,
				name: m.name,
				isMain: m.isMain
			}))
		},
		suggestions: (await openSuggestions(citizen.id)).map((s) => ({
			id: s.id,
			text: s.text,
			fromName: s.fromName,
			suggestedName: s.suggestedName,
			suggestedWorkerId: s.suggestedWorkerId
		})),
		history: (await assignmentHistory(citizen.id)).filter((h) => h.role !== "cover"),
		/** Teams meet once a year about whether to go on: remind from 11 months. */
		/** A team is called a team, not "Min kontaktperson". */
		isTeam,
		isTeamEvaluationDue: isTeam && supporters.every((s) => !s.isTemporary && daysBetween(s.fromDate, today) >= 335),
		isJustSent: url.searchParams.has("sent")
	};
});
var actions = {
	withdraw: async ({ request }) => {
		const { citizen } = await requireCitizenSelf();
		if (!await withdrawWish(citizen.id, await formId(request, "wishId"))) error(404);
		return { withdrawn: true };
	},
	ignoreSuggestion: async ({ request }) => {
		const { citizen } = await requireCitizenSelf();
		if (!await ignoreSuggestion(citizen, await formId(request, "suggestionId"))) error(404);
		return { ignored: true };
	}
};
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map