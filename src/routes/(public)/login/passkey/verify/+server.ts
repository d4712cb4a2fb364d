import { json } from '@sveltejs/kit';
import * as v from 'valibot';
import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { RequestHandler } from './$types';
import { finishPasskeyLogin, relyingPartyFor } from '#lib/server/auth/passkey.js';
import { createSession, invalidateSession } from '#lib/server/auth/session.js';
import { setSessionCookie } from '#lib/server/auth/cookie.js';
import { finishAttempt, limits, startAttempt } from '#lib/server/auth/rate-limit.js';
import { locationAfterLogIn } from '#lib/server/auth/next-location.js';

const body = v.object({
	next: v.optional(v.nullable(v.string())),
	response: v.looseObject({ id: v.string(), rawId: v.string(), type: v.literal('public-key'), response: v.looseObject({}) })
});

/** Logs in with a passkey: checks the answer to our challenge, then starts a session like a password log-in. */
export const POST: RequestHandler = async ({ request, url, cookies, locals, getClientAddress }) => {
	const parsed = v.safeParse(body, await request.json().catch(() => null));
	if (!parsed.success) return json({ ok: false }, { status: 400 });
	const checks = [limits.loginAddress(getClientAddress())];
	const attempt = await startAttempt(checks);
	if (!attempt) return json({ ok: false }, { status: 429 });

	const found = await finishPasskeyLogin(parsed.output.response as unknown as AuthenticationResponseJSON, relyingPartyFor(url)).catch(
		() => null
	);
	await finishAttempt(attempt, found !== null);
	if (!found) return json({ ok: false }, { status: 400 });

	if (locals.session) await invalidateSession(locals.session.id);
	const { token, expiresAt } = await createSession(found.userId, request.headers.get('user-agent') ?? '');
	setSessionCookie(cookies, url, token, expiresAt);
	return json({ ok: true, location: locationAfterLogIn(parsed.output.next, found.role, url.origin) });
};
