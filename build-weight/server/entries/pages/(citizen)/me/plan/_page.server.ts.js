import { t as error } from "../../../../../chunks/exports.js";
import { t as invalid } from "../../../../../chunks/form-failure.js";
import { r as requireCitizenSelf } from "../../../../../chunks/guards.js";
import { a as markStepDone, i as getPlan, o as planHistory, s as setPlanDate } from "../../../../../chunks/plan.js";
import { i as parseForm } from "../../../../../chunks/form2.js";
import { n as planDateSchema } from "../../../../../chunks/plan3.js";
// src/routes/(citizen)/me/plan/+page.server.ts
var load = (async () => {
	const { citizen } = await requireCitizenSelf();
	return {
		plan: await getPlan(citizen.id),
		history: (await planHistory(citizen.id)).map(({ change, by }) => ({
			id: change.id,
			kind: change.kind,
			summary: change.summary,
			by,
			at: change.at.toISOString()
		}))
	};
});
var actions = {
	planDate: async ({ request }) => {
		const { user, citizen } = await requireCitizenSelf();
		const parsed = parseForm(planDateSchema, await request.formData());
		if (!parsed.success) return invalid(400, { errors: parsed.errors });
		await setPlanDate(citizen.id, user, true, parsed.output.planDate);
		return {
			dateSaved: true,
			errors: {}
		};
	},
	stepDone: async ({ request }) => {
		const { user, citizen } = await requireCitizenSelf();
		const stepId = String((await request.formData()).get("stepId") ?? "").slice(0, 40);
		if (await markStepDone(citizen.id, stepId, user, true) === "not_found") error(404);
		return {
			stepDone: true,
			errors: {}
		};
	}
};
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map