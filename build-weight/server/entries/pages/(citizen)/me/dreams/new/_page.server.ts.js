import { a as redirect } from "../../../../../../chunks/exports.js";
import { t as invalid } from "../../../../../../chunks/form-failure.js";
import { r as requireCitizenSelf } from "../../../../../../chunks/guards.js";
import { n as createDream } from "../../../../../../chunks/dreams.js";
import { i as parseForm } from "../../../../../../chunks/form2.js";
import { t as dreamSchema } from "../../../../../../chunks/dreams3.js";
import { l as localizeHref } from "../../../../../../chunks/runtime.js";
// src/routes/(citizen)/me/dreams/new/+page.server.ts
var load = (async () => {
	const { user } = await requireCitizenSelf();
	return {
		/** A fresh id for this form: sending it twice (a double tap, a retry) stores one dream. */
		clientId: crypto.randomUUID(),
		/** Drafts on the device are kept per person. */
		userId: user.id
	};
});
var actions = { default: async ({ request }) => {
	const { user, citizen } = await requireCitizenSelf();
	const data = await request.formData();
	const values = {
		text: String(data.get("text") ?? "").slice(0, 1e3),
		lifeArea: String(data.get("lifeArea") ?? ""),
		visibility: String(data.get("visibility") ?? ""),
		talkAtNextMeeting: data.get("talkAtNextMeeting") === "yes",
		clientId: String(data.get("clientId") ?? "").slice(0, 64)
	};
	const parsed = parseForm(dreamSchema, data);
	if (!parsed.success) return invalid(400, {
		values,
		errors: parsed.errors
	});
	const { clientId, ...input } = parsed.output;
	if ((await createDream(citizen.id, user, true, input, clientId)).status === "conflict") return invalid(409, {
		values,
		errors: { form: "dreams_error_conflict" }
	});
	redirect(303, localizeHref("/me/dreams"));
} };
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map