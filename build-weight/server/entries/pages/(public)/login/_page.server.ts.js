import { a as redirect } from "../../../../chunks/exports.js";
import { t as invalid } from "../../../../chunks/form-failure.js";
import { l as localizeHref } from "../../../../chunks/runtime.js";
import { t as homeFor } from "../../../../chunks/routes.js";
import { n as safeNext, t as locationAfterLogIn } from "../../../../chunks/next-location.js";
import { i as parseForm } from "../../../../chunks/form2.js";
import { i as loginSchema } from "../../../../chunks/auth.js";
import { i as normalizeLoginName, n as findUserByPassword } from "../../../../chunks/password.js";
import { n as limits, r as startAttempt, t as finishAttempt } from "../../../../chunks/rate-limit.js";
import { i as invalidateSession, t as createSession } from "../../../../chunks/session.js";
import { r as setSessionCookie } from "../../../../chunks/cookie.js";
// src/routes/(public)/login/+page.server.ts
var load = (({ locals, url }) => {
	if (locals.user) redirect(303, localizeHref(homeFor(locals.user.role)));
	return {
		next: safeNext(url.searchParams.get("next"), url.origin),
		/** A form was sent without JavaScript after the session ran out: its words are gone, and we say so. */
		wasNotSaved: url.searchParams.has("notSaved"),
		/** The person was removed by the last citizen who invited them; the page says so, and nothing more. */
		hasAccessEnded: url.searchParams.has("accessEnded")
	};
});
var actions = { default: async ({ request, cookies, url, locals, getClientAddress }) => {
	const data = await request.formData();
	const values = { loginName: String(data.get("loginName") ?? "").slice(0, 100) };
	const parsed = parseForm(loginSchema, data);
	if (!parsed.success) return invalid(400, {
		values,
		errors: parsed.errors
	});
	const { loginName, password, next } = parsed.output;
	const checks = [limits.loginAccount(normalizeLoginName(loginName)), limits.loginAddress(getClientAddress())];
	const attempt = await startAttempt(checks);
	if (!attempt) return invalid(429, {
		values,
		errors: { form: "login_error_limited" }
	});
	const found = await findUserByPassword(loginName, password);
	await finishAttempt(attempt, found !== null);
	if (!found) return invalid(400, {
		values,
		errors: { form: "login_error_failed" }
	});
	if (locals.session) await invalidateSession(locals.session.id);
	const { token, expiresAt } = await createSession(found.userId, request.headers.get("user-agent") ?? "");
	setSessionCookie(cookies, url, token, expiresAt);
	redirect(303, locationAfterLogIn(next, found.role, url.origin));
} };
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map