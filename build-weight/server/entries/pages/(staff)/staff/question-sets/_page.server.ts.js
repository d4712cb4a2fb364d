import { t as error } from "../../../../../chunks/exports.js";
import { i as requireRole } from "../../../../../chunks/guards.js";
import { t as invalid } from "../../../../../chunks/form-failure.js";
import { a as listQuestionSets, c as retireQuestion, o as moveQuestion, r as addQuestionSet, t as activateQuestionSet } from "../../../../../chunks/question-sets.js";
import { i as parseForm } from "../../../../../chunks/form2.js";
import { r as questionSetSchema } from "../../../../../chunks/ratings2.js";
// src/routes/(staff)/staff/question-sets/+page.server.ts
var idFrom = async (request, name) => String((await request.formData()).get(name) ?? "").slice(0, 64);
var load = (async () => {
	const leader = requireRole(["leader"]);
	return { sets: await listQuestionSets(leader) };
});
var actions = {
	addSet: async ({ request }) => {
		const leader = requireRole(["leader"]);
		const data = await request.formData();
		const values = {
			name: String(data.get("name") ?? "").slice(0, 80),
			questionsDa: String(data.get("questionsDa") ?? "").slice(0, 3e3),
			questionsEn: String(data.get("questionsEn") ?? "").slice(0, 3e3)
		};
		const parsed = parseForm(questionSetSchema, data);
		if (!parsed.success) return invalid(400, {
			values,
			errors: parsed.errors
		});
		await addQuestionSet(leader, parsed.output.name, parsed.output.questions);
		return { saved: true };
	},
	activate: async ({ request }) => {
		const leader = requireRole(["leader"]);
		if (!await activateQuestionSet(leader, await idFrom(request, "setId"))) error(404);
		return { saved: true };
	},
	move: async ({ request }) => {
		const leader = requireRole(["leader"]);
		const data = await request.formData();
		const direction = data.get("direction") === "up" ? "up" : "down";
		if (!await moveQuestion(leader, String(data.get("questionId") ?? "").slice(0, 64), direction)) error(404);
		return { saved: true };
	},
	retire: async ({ request }) => {
		const leader = requireRole(["leader"]);
		const result = await retireQuestion(leader, await idFrom(request, "questionId"));
		if (result === "not_found") error(404);
		if (result === "last_question") return invalid(400, { errors: { form: "staff_questions_error_last" } });
		return { saved: true };
	}
};
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map