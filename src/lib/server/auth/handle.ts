import type { Handle } from '@sveltejs/kit/hooks';
import { deleteSessionCookie, sessionCookieName } from './cookie.js';
import { validateSessionToken } from './session.js';

/** Reads the session cookie and puts the user (or null) on `locals` for every request. */
export const handleSession: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(sessionCookieName(event.url));
	event.locals.user = null;
	event.locals.session = null;
	event.locals.sessionEndedBecause = null;
	if (token) {
		const result = await validateSessionToken(token);
		if (result.session) {
			event.locals.user = result.user;
			event.locals.session = result.session;
		} else {
			event.locals.sessionEndedBecause = result.endedBecause ?? null;
			deleteSessionCookie(event.cookies, event.url);
		}
	}
	return resolve(event);
};
