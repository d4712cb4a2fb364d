import { i as json } from "../../../../../../chunks/exports.js";
import { i as relyingPartyFor, t as finishPasskeyLogin } from "../../../../../../chunks/passkey.js";
import { i as invalidateSession, t as createSession } from "../../../../../../chunks/session.js";
import { r as setSessionCookie } from "../../../../../../chunks/cookie.js";
import { n as limits, r as startAttempt, t as finishAttempt } from "../../../../../../chunks/rate-limit.js";
import { t as locationAfterLogIn } from "../../../../../../chunks/next-location.js";
import * as v from "valibot";
// src/routes/(public)/login/passkey/verify/+server.ts
var body = v.object({
	next: v.optional(v.nullable(v.string())),
	response: v.looseObject({
		id: v.string(),
		rawId: v.string(),
		type: v.literal("public-key"),
		response: v.looseObject({})
	})
});
/** Logs in with a passkey: checks the answer to our challenge, then starts a session like a password log-in. */
var POST = async ({ request, url, cookies, locals, getClientAddress }) => {
	const parsed = v.safeParse(body, await request.json().catch(() => null));
	if (!parsed.success) return json({ ok: false }, { status: 400 });
	const checks = [limits.loginAddress(getClientAddress())];
	const attempt = await startAttempt(checks);
	if (!attempt) return json({ ok: false }, { status: 429 });
	const found = await finishPasskeyLogin(parsed.output.response, relyingPartyFor(url)).catch(() => null);
	await finishAttempt(attempt, found !== null);
	if (!found) return json({ ok: false }, { status: 400 });
	if (locals.session) await invalidateSession(locals.session.id);
	const { token, expiresAt } = await createSession(found.userId, request.headers.get("user-agent") ?? "");
	setSessionCookie(cookies, url, token, expiresAt);
	return json({
		ok: true,
		location: locationAfterLogIn(parsed.output.next, found.role, url.origin)
	});
};
export { POST };

//# sourceMappingURL=_server.ts.js.map