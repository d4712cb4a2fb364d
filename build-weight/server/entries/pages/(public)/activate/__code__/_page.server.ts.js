import { a as redirect } from "../../../../../chunks/exports.js";
import { t as invalid } from "../../../../../chunks/form-failure.js";
import { l as localizeHref } from "../../../../../chunks/runtime.js";
import { n as routes, t as homeFor } from "../../../../../chunks/routes.js";
import { i as parseForm } from "../../../../../chunks/form2.js";
import { a as newAccountSchema, t as activationCodeSchema } from "../../../../../chunks/auth.js";
import { n as formatCode, r as normalizeCode } from "../../../../../chunks/invitation-code.js";
import { l as suggestLoginName, n as checkActivationCode, s as redeemActivationCode } from "../../../../../chunks/invitation.js";
import { n as limits, r as startAttempt, t as finishAttempt } from "../../../../../chunks/rate-limit.js";
import { a as invalidateUserSessions, t as createSession } from "../../../../../chunks/session.js";
import { r as setSessionCookie } from "../../../../../chunks/cookie.js";
// src/routes/(public)/activate/[[code]]/+page.server.ts
var codeErrors = {
	invalid: "activate_error_code_invalid",
	expired: "activate_error_code_expired",
	used: "activate_error_code_used",
	not_yet: "activate_error_code_not_yet"
};
var load = (({ params, locals }) => {
	if (locals.user) redirect(303, localizeHref(homeFor(locals.user.role)));
	/** The code from a scanned QR link (`/activate/<code>`), to fill in the field. */
	return { code: params.code ? formatCode(normalizeCode(params.code.slice(0, 40))) : "" };
});
var actions = {
	/** Step 1: is the code good? Nothing is used up yet. */
	check: async ({ request, getClientAddress }) => {
		const data = await request.formData();
		const values = { code: String(data.get("code") ?? "").slice(0, 40) };
		const parsed = parseForm(activationCodeSchema, data);
		if (!parsed.success) return invalid(400, {
			step: "code",
			values,
			errors: parsed.errors
		});
		const attempt = await startAttempt([limits.activateAddress(getClientAddress())]);
		if (!attempt) return invalid(429, {
			step: "code",
			values,
			errors: { code: "activate_error_limited" }
		});
		const result = await checkActivationCode(parsed.output.code);
		await finishAttempt(attempt, result.status === "valid");
		if (result.status !== "valid") return invalid(400, {
			step: "code",
			values,
			errors: { code: codeErrors[result.status] }
		});
		return {
			step: "account",
			code: formatCode(parsed.output.code),
			displayName: result.displayName,
			values: { loginName: await suggestLoginName(result.displayName) },
			errors: {}
		};
	},
	/** Step 2: choose a log-in name and password; uses the code and logs in. */
	activate: async ({ request, cookies, url, getClientAddress }) => {
		const data = await request.formData();
		const code = String(data.get("code") ?? "").slice(0, 40);
		const values = { loginName: String(data.get("loginName") ?? "").slice(0, 40) };
		const attempt = await startAttempt([limits.activateAddress(getClientAddress())]);
		if (!attempt) return invalid(429, {
			step: "code",
			values: { code },
			errors: { code: "activate_error_limited" }
		});
		const codeCheck = await checkActivationCode(code);
		await finishAttempt(attempt, codeCheck.status === "valid");
		if (codeCheck.status !== "valid") return invalid(400, {
			step: "code",
			values: { code },
			errors: { code: codeErrors[codeCheck.status] }
		});
		const account = {
			step: "account",
			code,
			displayName: codeCheck.displayName,
			values
		};
		const parsed = parseForm(newAccountSchema, data);
		if (!parsed.success) return invalid(400, {
			...account,
			errors: parsed.errors
		});
		const result = await redeemActivationCode(parsed.output.code, parsed.output.loginName, parsed.output.password);
		if (result.status === "login_name_taken") return invalid(400, {
			...account,
			errors: { loginName: "activate_error_login_name_taken" }
		});
		if (result.status !== "activated") return invalid(400, {
			step: "code",
			values: { code },
			errors: { code: codeErrors[result.status] }
		});
		await invalidateUserSessions(result.userId);
		const { token, expiresAt } = await createSession(result.userId, request.headers.get("user-agent") ?? "");
		setSessionCookie(cookies, url, token, expiresAt);
		redirect(303, localizeHref(routes.accountPasskeys(true)));
	}
};
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map