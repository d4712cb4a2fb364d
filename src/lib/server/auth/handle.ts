import type { Handle } from '@sveltejs/kit/hooks';
import { deleteSessionCookie, sessionCookieName } from './cookie.js';
import { validateSessionToken } from './session.js';

/** Reads the session cookie and puts the user (or null) on `locals` for every request. */
export const handleSession: Handle = async ({ event, resolve }) => {
	const token = event.cookies.get(sessionCookieName(event.url));
	event.locals.user = null;
	event.locals.session = null;
	if (token) {
		const { session, user } = await validateSessionToken(token);
		if (session) {
			event.locals.user = user;
			event.locals.session = session;
		} else {
			deleteSessionCookie(event.cookies, event.url);
		}
	}
	return resolve(event);
};
