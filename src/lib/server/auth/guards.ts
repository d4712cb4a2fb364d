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

type GuardEvent = Pick<RequestEvent, 'locals' | 'url'>;

/** The logged-in user, or a redirect to log-in that comes back here afterwards. */
export function requireUser(event: GuardEvent = getRequestEvent()): SessionUser {
	const user = event.locals.user;
	if (!user) {
		const next = deLocalizeHref(event.url.pathname + event.url.search);
		redirect(303, localizeHref(routes.login(next)));
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
