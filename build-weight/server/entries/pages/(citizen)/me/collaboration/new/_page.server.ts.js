import { a as redirect, t as error } from "../../../../../../chunks/exports.js";
import { r as requireCitizenSelf } from "../../../../../../chunks/guards.js";
import { t as invalid } from "../../../../../../chunks/form-failure.js";
import { a as supportTeam, x as createRating } from "../../../../../../chunks/citizens.js";
import { n as activeQuestionSet, s as questionsOf } from "../../../../../../chunks/question-sets.js";
import { n as logForeignId } from "../../../../../../chunks/foreign-id.js";
import { i as parseForm, t as formValues } from "../../../../../../chunks/form2.js";
import { i as ratingSchema, n as answersOf } from "../../../../../../chunks/ratings2.js";
import { l as localizeHref, r as getLocale } from "../../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../../chunks/routes.js";
// src/routes/(citizen)/me/collaboration/new/+page.server.ts
var load = (async ({ url }) => {
	const { user, citizen } = await requireCitizenSelf();
	const { set, questions } = await activeQuestionSet(citizen.unitId);
	const isEnglish = getLocale() === "en";
	return {
		setId: set.id,
		questions: questions.map((q) => ({
			id: q.id,
			text: isEnglish && q.textEn ? q.textEn : q.textDa
		})),
		/** The visit this answers "Hvordan gik det?" about, if the citizen came from that question. */
		visitId: url.searchParams.get("visit")?.slice(0, 64) ?? "",
		supporterNames: (await supportTeam(citizen.id)).map((s) => s.name),
		/** A fresh id for this form: sending it twice (a double tap, the offline queue) stores one rating. */
		clientId: crypto.randomUUID(),
		userId: user.id
	};
});
var actions = { default: async ({ request }) => {
	const { user, citizen } = await requireCitizenSelf();
	const data = await request.formData();
	const setId = String(data.get("setId") ?? "").slice(0, 64);
	const questionIds = (await questionsOf(setId, true)).map((q) => q.id);
	const values = formValues(data);
	const parsed = parseForm(ratingSchema(questionIds), data);
	if (!parsed.success) return invalid(400, {
		values,
		errors: parsed.errors
	});
	const foreignQuestion = [...data.keys()].find((key) => key.startsWith("q-") && !questionIds.includes(key.slice(2)));
	if (foreignQuestion) {
		await logForeignId(user, null, "ratings", `question:${foreignQuestion.slice(2)}`);
		error(404);
	}
	const output = parsed.output;
	const result = await createRating(citizen, {
		setId,
		answers: answersOf(output, questionIds),
		comment: output.comment,
		visitId: output.visitId,
		clientId: output.clientId
	});
	if (result.status === "conflict") return invalid(409, {
		values,
		errors: { form: "collab_error_conflict" }
	});
	if (result.status === "not_found") error(404);
	if (result.status === "invalid") return invalid(400, {
		values,
		errors: { form: "collab_error_empty" }
	});
	redirect(303, `${localizeHref(routes.citizenRatings())}?saved`);
} };
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map