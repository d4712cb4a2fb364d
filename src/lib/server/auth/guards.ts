import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { getRequestEvent } from '$app/server';
import type { Role } from '../db/schema/index.js';
import type { Citizen } from '../db/schema/index.js';
import { findCitizenForActor, type CitizenArea } from '../access/citizen-access.js';
import { eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { citizen as citizenTable } from '../db/schema/index.js';
import type { SessionUser } from './session.js';
import { deLocalizeHref, localizeHref } from '../../paraglide/runtime.js';
import { routes } from '../../routes.js';
import { m } from '../../paraglide/messages.js';

type GuardEvent = Pick<RequestEvent, 'locals' | 'url'> & { request?: Pick<Request, 'method' | 'headers'> };

/** A form sent by the page's script (`enhance`), which reads the answer itself. */
export const isScriptedFormPost = (request: GuardEvent['request']) =>
	request?.method === 'POST' && request.headers.get('x-sveltekit-action') === 'true';

/** A form's `?/action` is no page to come back to. */
function searchWithoutAction(url: URL) {
	const search = new URLSearchParams(url.search);
	for (const key of [...search.keys()]) if (key.startsWith('/')) search.delete(key);
	return search.size > 0 ? `?${search}` : '';
}

/**
 * The logged-in user, or a redirect to log-in that comes back here afterwards. A form sent by
 * the page's script after the session ran out gets 401 instead: a redirect would look like
 * "accepted" to the page, which would then throw away the words (see keepDraft). A form sent
 * without JavaScript is lost with the redirect; the log-in page says so (`notSaved`).
 */
export function requireUser(event: GuardEvent = getRequestEvent()): SessionUser {
	const user = event.locals.user;
	if (!user) {
		if (isScriptedFormPost(event.request)) error(401, m.session_expired_title());
		// Removed by the last citizen who invited them: no way back to the page, only the plain reason.
		if (event.locals.sessionEndedBecause === 'access-ended') redirect(303, localizeHref(routes.loginAccessEnded()));
		const isPost = event.request?.method === 'POST';
		const next = deLocalizeHref(event.url.pathname + (isPost ? searchWithoutAction(event.url) : event.url.search));
		redirect(303, localizeHref(routes.login(next, isPost)));
	}
	return user;
}

/**
 * The logged-in user when their role is one of `roles`. Any other role gets 404, so a page's
 * existence is not revealed to people who may not use it.
 */
export function requireRole<R extends Role>(roles: readonly R[], event: GuardEvent = getRequestEvent()) {
	const user = requireUser(event);
	if (!(roles as readonly Role[]).includes(user.role)) error(404);
	return user as SessionUser & { role: R };
}

/**
 * The one door to a citizen's data: the citizen themself, or someone allowed to see `area` of it
 * (or every area of a list, for a page that shows several). Every citizen-data route calls this;
 * no access answers 404 and is written to the access log.
 */
export async function requireCitizenAccess(
	citizenId: string,
	area: CitizenArea | readonly CitizenArea[],
	event: GuardEvent = getRequestEvent(),
	object = ''
): Promise<{ user: SessionUser; citizen: Citizen }> {
	const user = requireUser(event);
	const citizen = await findCitizenForActor(user, citizenId, area, object);
	if (!citizen) error(404);
	return { user, citizen };
}

/** For the citizen's own pages: the logged-in citizen and their citizen record, else 404. */
export async function requireCitizenSelf(event: GuardEvent = getRequestEvent()) {
	const user = requireRole(['citizen'], event);
	const [citizen] = await db.select().from(citizenTable).where(eq(citizenTable.userId, user.id)).limit(1);
	if (!citizen) error(404);
	return { user, citizen };
}
