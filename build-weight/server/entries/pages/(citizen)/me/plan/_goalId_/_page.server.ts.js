import { a as redirect, t as error } from "../../../../../../chunks/exports.js";
import { t as invalid } from "../../../../../../chunks/form-failure.js";
import { r as requireCitizenSelf } from "../../../../../../chunks/guards.js";
import { c as updateGoal, i as getPlan, r as deleteGoal, t as addStep } from "../../../../../../chunks/plan.js";
import { o as listOwnDreams } from "../../../../../../chunks/dreams.js";
import { i as parseForm } from "../../../../../../chunks/form2.js";
import { r as stepSchema, t as goalSchema } from "../../../../../../chunks/plan3.js";
import { l as localizeHref } from "../../../../../../chunks/runtime.js";
// src/routes/(citizen)/me/plan/[goalId]/+page.server.ts
/** The citizen's own goal, or 404. */
async function ownGoal(goalId) {
	const { user, citizen } = await requireCitizenSelf();
	const goal = (await getPlan(citizen.id)).goals.find((g) => g.id === goalId);
	if (!goal) error(404);
	return {
		user,
		citizen,
		goal
	};
}
/** One thing per screen on this page: the goal with its steps, or one of the forms that change it. */
var screens = [
	"edit",
	"addStep",
	"delete"
];
var load = (async ({ params, url }) => {
	const { citizen, goal } = await ownGoal(params.goalId);
	return {
		goal,
		dreams: (await listOwnDreams(citizen.id)).map((d) => ({
			id: d.id,
			text: d.text
		})),
		/** The open form (`?edit`, `?addStep`, `?delete`); null shows the goal with its steps. */
		screen: screens.find((s) => url.searchParams.has(s)) ?? null,
		/** What was just saved (`?saved=goal` or `?saved=step`), said above the goal. */
		justSaved: {
			goal: "goal",
			step: "step"
		}[url.searchParams.get("saved") ?? ""] ?? null
	};
});
var actions = {
	update: async ({ params, request }) => {
		const { user, citizen, goal } = await ownGoal(params.goalId);
		const data = await request.formData();
		const parsed = parseForm(goalSchema, data, ["dreamIds"]);
		if (!parsed.success) return invalid(400, {
			form: "goal",
			errors: parsed.errors
		});
		if (!await updateGoal(citizen.id, goal.id, user, true, parsed.output)) error(404);
		redirect(303, localizeHref(`/me/plan/${goal.id}?saved=goal`));
	},
	addStep: async ({ params, request }) => {
		const { user, citizen, goal } = await ownGoal(params.goalId);
		const data = await request.formData();
		const parsed = parseForm(stepSchema, data);
		if (!parsed.success) return invalid(400, {
			form: "step",
			stepText: String(data.get("stepText") ?? "").slice(0, 500),
			errors: parsed.errors
		});
		await addStep(citizen.id, goal.id, user, true, parsed.output.stepText, parsed.output.owner);
		redirect(303, localizeHref(`/me/plan/${goal.id}?saved=step`));
	},
	delete: async ({ params }) => {
		const { user, citizen, goal } = await ownGoal(params.goalId);
		await deleteGoal(citizen.id, goal.id, user, true);
		redirect(303, localizeHref("/me/plan"));
	}
};
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map