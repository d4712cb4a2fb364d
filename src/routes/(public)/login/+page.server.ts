import { redirect } from '@sveltejs/kit';
import { invalid } from '#lib/server/form-failure.js';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { homeFor } from '#lib/routes.js';
import { locationAfterLogIn, safeNext } from '#lib/server/auth/next-location.js';
import { parseForm } from '#lib/validation/form.js';
import { loginSchema } from '#lib/validation/auth.js';
import { findUserByPassword, normalizeLoginName } from '#lib/server/auth/password.js';
import { finishAttempt, limits, startAttempt } from '#lib/server/auth/rate-limit.js';
import { createSession, invalidateSession } from '#lib/server/auth/session.js';
import { setSessionCookie } from '#lib/server/auth/cookie.js';

export const load = (({ locals, url }) => {
	if (locals.user) redirect(303, localizeHref(homeFor(locals.user.role)));
	return {
		next: safeNext(url.searchParams.get('next'), url.origin),
		/** A form was sent without JavaScript after the session ran out: its words are gone, and we say so. */
		wasNotSaved: url.searchParams.has('notSaved'),
		/** The person was removed by the last citizen who invited them; the page says so, and nothing more. */
		hasAccessEnded: url.searchParams.has('accessEnded')
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, cookies, url, locals, getClientAddress }) => {
		const data = await request.formData();
		// Echo the name back so it need not be typed again; never echo the password.
		const values = { loginName: String(data.get('loginName') ?? '').slice(0, 100) };
		const parsed = parseForm(loginSchema, data);
		if (!parsed.success) return invalid(400, { values, errors: parsed.errors });

		const { loginName, password, next } = parsed.output;
		const checks = [limits.loginAccount(normalizeLoginName(loginName)), limits.loginAddress(getClientAddress())];
		// Counted before the password is checked, so parallel guesses cannot slip past the limit.
		const attempt = await startAttempt(checks);
		if (!attempt) return invalid(429, { values, errors: { form: 'login_error_limited' } });
		const found = await findUserByPassword(loginName, password);
		await finishAttempt(attempt, found !== null);
		if (!found) return invalid(400, { values, errors: { form: 'login_error_failed' } });

		// A new session on every log-in, so a session id planted before log-in is worth nothing.
		if (locals.session) await invalidateSession(locals.session.id);
		const { token, expiresAt } = await createSession(found.userId, request.headers.get('user-agent') ?? '');
		setSessionCookie(cookies, url, token, expiresAt);
		redirect(303, locationAfterLogIn(next, found.role, url.origin));
	}
} satisfies Actions;
