import { a as redirect, t as error } from "../../../../../../chunks/exports.js";
import { t as invalid } from "../../../../../../chunks/form-failure.js";
import { r as requireCitizenSelf } from "../../../../../../chunks/guards.js";
import { n as createGoal } from "../../../../../../chunks/plan.js";
import { o as listOwnDreams } from "../../../../../../chunks/dreams.js";
import { i as parseForm } from "../../../../../../chunks/form2.js";
import { t as goalSchema } from "../../../../../../chunks/plan3.js";
import { l as localizeHref } from "../../../../../../chunks/runtime.js";
// src/routes/(citizen)/me/plan/new/+page.server.ts
var load = (async () => {
	const { user, citizen } = await requireCitizenSelf();
	return {
		/** The citizen's dreams, to link the goal to. */
		dreams: (await listOwnDreams(citizen.id)).map((d) => ({
			id: d.id,
			text: d.text
		})),
		/** A fresh id for this form: sending it twice (a double tap, the offline queue) stores one goal. */
		clientId: crypto.randomUUID(),
		/** Drafts and queued writes on the device are kept per person. */
		userId: user.id
	};
});
var actions = { default: async ({ request }) => {
	const { user, citizen } = await requireCitizenSelf();
	const data = await request.formData();
	const parsed = parseForm(goalSchema, data, ["dreamIds"]);
	const values = {
		text: String(data.get("text") ?? "").slice(0, 500),
		dreamIds: data.getAll("dreamIds").map(String),
		clientId: String(data.get("clientId") ?? "").slice(0, 64)
	};
	if (!parsed.success) return invalid(400, {
		values,
		errors: parsed.errors
	});
	const { text, dreamIds, clientId } = parsed.output;
	const result = await createGoal(citizen.id, user, true, text, dreamIds, clientId);
	if (result.status === "conflict") return invalid(409, {
		values,
		errors: { form: "plan_error_conflict" }
	});
	if (result.status === "not_found") error(404);
	redirect(303, localizeHref("/me/plan"));
} };
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map