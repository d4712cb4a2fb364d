import { t as invalid } from "../../../../../../chunks/form-failure.js";
import { r as requireCitizenSelf } from "../../../../../../chunks/guards.js";
import { c as inviteHelper, i as defaultEndsOn } from "../../../../../../chunks/grants.js";
import { t as invitationLink } from "../../../../../../chunks/invitation-link.js";
import { i as parseForm } from "../../../../../../chunks/form2.js";
import { n as inviteHelperSchema } from "../../../../../../chunks/grants2.js";
import { s as todayIso } from "../../../../../../chunks/time.js";
// src/routes/(citizen)/me/helpers/new/+page.server.ts
var load = (async ({ url }) => {
	await requireCitizenSelf();
	const kind = url.searchParams.get("kind");
	const chosen = kind === "relative" || kind === "guide" ? kind : null;
	return {
		/** Null until the citizen has chosen relative or guide (one question per screen). */
		kind: chosen,
		defaultEndsOn: chosen ? defaultEndsOn(chosen) : null,
		today: todayIso()
	};
});
var actions = { default: async ({ request, url }) => {
	const { citizen } = await requireCitizenSelf();
	const data = await request.formData();
	const values = {
		name: String(data.get("name") ?? "").slice(0, 80),
		areas: data.getAll("areas").map(String).slice(0, 20),
		canWriteInput: data.get("canWriteInput") === "yes",
		endsOn: String(data.get("endsOn") ?? "").slice(0, 10)
	};
	const parsed = parseForm(inviteHelperSchema, data, ["areas"]);
	if (!parsed.success) return invalid(400, {
		values,
		errors: parsed.errors
	});
	if (parsed.output.endsOn !== null && parsed.output.endsOn < todayIso()) return invalid(400, {
		values,
		errors: { endsOn: "helpers_error_date" }
	});
	const { grantId, token } = await inviteHelper(citizen.id, parsed.output);
	return { created: {
		grantId,
		name: parsed.output.name,
		...invitationLink(url.origin, token)
	} };
} };
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map