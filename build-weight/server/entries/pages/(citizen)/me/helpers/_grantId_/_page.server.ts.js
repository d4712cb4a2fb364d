import { a as redirect, t as error } from "../../../../../../chunks/exports.js";
import { t as invalid } from "../../../../../../chunks/form-failure.js";
import { r as requireCitizenSelf } from "../../../../../../chunks/guards.js";
import { a as findGrantForCitizen, d as renewInvitationLink, f as revokeGrant, m as updateGrant, n as acceptSuggestion, s as helperView } from "../../../../../../chunks/grants.js";
import { t as invitationLink } from "../../../../../../chunks/invitation-link.js";
import { i as parseForm } from "../../../../../../chunks/form2.js";
import { t as grantSettingsSchema } from "../../../../../../chunks/grants2.js";
import { s as todayIso } from "../../../../../../chunks/time.js";
import { l as localizeHref } from "../../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../../chunks/routes.js";
// src/routes/(citizen)/me/helpers/[grantId]/+page.server.ts
/** The citizen's own grant, or 404: another citizen's grant id is answered as if it did not exist. */
async function ownGrant(grantId) {
	const { citizen } = await requireCitizenSelf();
	const grant = await findGrantForCitizen(citizen.id, grantId);
	if (!grant) error(404);
	return {
		citizen,
		grant
	};
}
async function readSettings(request) {
	const data = await request.formData();
	const values = {
		areas: data.getAll("areas").map(String).slice(0, 20),
		canWriteInput: data.get("canWriteInput") === "yes",
		endsOn: String(data.get("endsOn") ?? "").slice(0, 10)
	};
	const parsed = parseForm(grantSettingsSchema, data, ["areas"]);
	if (!parsed.success) return {
		values,
		errors: parsed.errors
	};
	if (parsed.output.endsOn !== null && parsed.output.endsOn < todayIso()) return {
		values,
		errors: { endsOn: "helpers_error_date" }
	};
	return {
		values,
		settings: parsed.output
	};
}
var load = (async ({ params }) => {
	const { grant } = await ownGrant(params.grantId);
	return {
		helper: helperView(grant),
		today: todayIso()
	};
});
var actions = {
	update: async ({ params, request }) => {
		const { citizen, grant } = await ownGrant(params.grantId);
		const result = await readSettings(request);
		if (!result.settings) return invalid(400, {
			action: "update",
			values: result.values,
			errors: result.errors
		});
		await updateGrant(citizen.id, grant.id, result.settings);
		return {
			action: "update",
			saved: true
		};
	},
	renew: async ({ params, url }) => {
		const { citizen, grant } = await ownGrant(params.grantId);
		const token = await renewInvitationLink(citizen.id, grant.id);
		if (!token) return invalid(400, {
			action: "renew",
			errors: { form: "invite_error_used" }
		});
		return {
			action: "renew",
			invitation: invitationLink(url.origin, token)
		};
	},
	accept: async ({ params, request, url }) => {
		const { citizen, grant } = await ownGrant(params.grantId);
		const result = await readSettings(request);
		if (!result.settings) return invalid(400, {
			action: "accept",
			values: result.values,
			errors: result.errors
		});
		const token = await acceptSuggestion(citizen.id, grant.id, result.settings);
		if (!token) return invalid(400, {
			action: "accept",
			values: result.values,
			errors: { form: "invite_error_used" }
		});
		return {
			action: "accept",
			invitation: invitationLink(url.origin, token)
		};
	},
	remove: async ({ params }) => {
		const { citizen, grant } = await ownGrant(params.grantId);
		await revokeGrant(citizen.id, grant.id);
		redirect(303, localizeHref(`${routes.citizenHelpers()}?removed=${encodeURIComponent(grant.name)}`));
	}
};
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map