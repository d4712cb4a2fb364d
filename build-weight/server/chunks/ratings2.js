import { r as nonEmptyLines } from "./form2.js";
import { a as skipAnswer, n as faceValues } from "./rating-scale.js";
import * as v from "valibot";
// src/lib/validation/ratings.ts
var answerSchema = v.optional(v.picklist([...faceValues, skipAnswer], "collab_error_answer"));
var idSchema = v.pipe(v.optional(v.string(), ""), v.maxLength(64), v.transform((value) => value || null));
/** Each question of the set is a field `q-<question id>`; an unanswered one counts as skipped. */
var answerField = (questionId) => `q-${questionId}`;
/**
* The rating form for a question set. At least one face or a comment: a rating with nothing in
* it is not stored.
*/
function ratingSchema(questionIds) {
	const answers = Object.fromEntries(questionIds.map((id) => [answerField(id), answerSchema]));
	return v.pipe(v.object({
		...answers,
		comment: v.pipe(v.optional(v.string(), ""), v.trim(), v.maxLength(1e3, "collab_error_comment_long")),
		setId: v.pipe(v.optional(v.string(), ""), v.maxLength(64)),
		visitId: idSchema,
		clientId: idSchema
	}), v.rawCheck(({ dataset, addIssue }) => {
		if (!dataset.typed) return;
		const input = dataset.value;
		const isAnswered = (id) => input[answerField(id)] !== void 0 && input[answerField(id)] !== "skip";
		if (input.comment !== "" || questionIds.some(isAnswered)) return;
		const first = questionIds.find((id) => input[answerField(id)] === void 0) ?? questionIds[0];
		if (first === void 0) return addIssue({ message: "collab_error_empty" });
		const key = answerField(first);
		addIssue({
			message: "collab_error_empty",
			path: [{
				type: "object",
				origin: "value",
				input,
				key,
				value: input[key]
			}]
		});
	}));
}
/** The answered questions of a parsed form: question id → face. */
function answersOf(output, questionIds) {
	return Object.fromEntries(questionIds.flatMap((id) => {
		const answer = output[answerField(id)];
		return typeof answer === "string" && answer !== "skip" ? [[id, answer]] : [];
	}));
}
/** A leader's new question set: a name and 1–10 questions, one per line; English optional, same order. */
var questionSetSchema = v.pipe(v.object({
	name: v.pipe(v.optional(v.string(), ""), v.trim(), v.nonEmpty("staff_questions_error_name"), v.maxLength(80, "staff_questions_error_name")),
	questionsDa: v.pipe(v.optional(v.string(), ""), v.transform(nonEmptyLines), v.check((list) => list.length >= 1 && list.length <= 10 && list.every((q) => q.length <= 200), "staff_questions_error_questions")),
	questionsEn: v.pipe(v.optional(v.string(), ""), v.transform(nonEmptyLines), v.check((list) => list.length <= 10 && list.every((q) => q.length <= 200), "staff_questions_error_questions"))
}), v.transform(({ name, questionsDa, questionsEn }) => ({
	name,
	questions: questionsDa.map((textDa, index) => ({
		textDa,
		textEn: questionsEn[index] ?? ""
	}))
})));
export { ratingSchema as i, answersOf as n, questionSetSchema as r, answerField as t };

//# sourceMappingURL=ratings2.js.map