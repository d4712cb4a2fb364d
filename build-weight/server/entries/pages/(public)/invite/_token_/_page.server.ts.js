import { a as redirect } from "../../../../../chunks/exports.js";
import { t as invalid } from "../../../../../chunks/form-failure.js";
import { l as localizeHref } from "../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../chunks/routes.js";
import { i as parseForm } from "../../../../../chunks/form2.js";
import { r as helperAccountSchema } from "../../../../../chunks/auth.js";
import { r as checkHelperInvitation, t as acceptHelperInvitation } from "../../../../../chunks/grants.js";
import { t as createSession } from "../../../../../chunks/session.js";
import { r as setSessionCookie } from "../../../../../chunks/cookie.js";
// src/routes/(public)/invite/[token]/+page.server.ts
var linkErrors = {
	invalid: "invite_error_invalid",
	expired: "invite_error_expired",
	used: "invite_error_used"
};
var load = (async ({ params, locals }) => {
	const check = await checkHelperInvitation(params.token);
	if (check.status !== "valid") return {
		invitation: null,
		problem: linkErrors[check.status],
		me: null
	};
	const me = locals.user ? {
		name: locals.user.displayName,
		canAccept: locals.user.role === check.grant.kind
	} : null;
	return {
		/** Who invited, as what, and what they will see: enough to decide, nothing more. */
		invitation: {
			citizenName: check.citizenName,
			kind: check.grant.kind,
			areas: check.grant.areas,
			suggestedName: check.grant.name
		},
		problem: null,
		me
	};
});
var actions = {
	/** A new helper makes their account and is logged in. */
	create: async ({ params, request, cookies, url }) => {
		const data = await request.formData();
		const values = {
			displayName: String(data.get("displayName") ?? "").slice(0, 80),
			loginName: String(data.get("loginName") ?? "").slice(0, 40)
		};
		const parsed = parseForm(helperAccountSchema, data);
		if (!parsed.success) return invalid(400, {
			values,
			errors: parsed.errors
		});
		const result = await acceptHelperInvitation(params.token, { newAccount: parsed.output });
		if (result.status === "login_name_taken") return invalid(400, {
			values,
			errors: { loginName: "activate_error_login_name_taken" }
		});
		if (result.status !== "accepted") return invalid(400, {
			values,
			errors: { form: result.status === "wrong_role" ? "invite_error_wrong_role" : linkErrors[result.status] }
		});
		const { token, expiresAt } = await createSession(result.userId, request.headers.get("user-agent") ?? "");
		setSessionCookie(cookies, url, token, expiresAt);
		redirect(303, localizeHref(routes.accountPasskeys(true)));
	},
	/** A helper who is already logged in adds this citizen to their account. */
	join: async ({ params, locals }) => {
		if (!locals.user) redirect(303, localizeHref(routes.login(routes.invitation(params.token))));
		const result = await acceptHelperInvitation(params.token, { existing: locals.user });
		if (result.status !== "accepted") {
			const key = result.status === "wrong_role" || result.status === "login_name_taken" ? "invite_error_wrong_role" : linkErrors[result.status];
			return invalid(400, {
				values: {
					displayName: "",
					loginName: ""
				},
				errors: { form: key }
			});
		}
		redirect(303, localizeHref(routes.helperHome()));
	}
};
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map