import { sha256 } from '@oslojs/crypto/sha2';
import { constantTimeEqual } from '@oslojs/crypto/subtle';
import { and, desc, eq, isNull, ne, sql } from 'drizzle-orm';
import { db } from '../db/index.js';
import { session, unit, user, type Role } from '../db/schema/index.js';
import { randomString } from '../random.js';
import { DAY, HOUR, MINUTE } from '../time.js';

/** The part of a user that every request needs. */
export type SessionUser = {
	id: string;
	role: Role;
	displayName: string;
	unitId: string | null;
	unitName: string | null;
};

/** Why a session was ended for a reason its person is told at their next visit. */
export type SessionEndReason = NonNullable<(typeof session.$inferSelect)['endedBecause']>;

export type SessionValidationResult =
	| { session: { id: string; createdAt: Date; lastUsedAt: Date }; user: SessionUser }
	| { session: null; user: null; endedBecause?: SessionEndReason };

/** Staff work on shared office machines, citizens on their own phone: staff time out sooner. */
export function idleTimeoutFor(role: Role): number {
	return role === 'worker' || role === 'leader' ? 8 * HOUR : 3 * DAY;
}

/** No session lives longer than this, however active. */
export const ABSOLUTE_LIFETIME = 30 * DAY;

/** Writing lastUsedAt on every request would make every read a write; once a minute is enough. */
const TOUCH_INTERVAL = MINUTE;

/** Creates a session and returns the token `id.secret` for the cookie. Only a hash of the secret is kept. */
export async function createSession(userId: string, userAgent = '') {
	const id = randomString(26);
	const secret = randomString(26);
	const now = new Date();
	await db.insert(session).values({
		id,
		userId,
		secretHash: hashSecret(secret),
		createdAt: now,
		lastUsedAt: now,
		userAgent: userAgent.slice(0, 300)
	});
	return { token: `${id}.${secret}`, expiresAt: new Date(now.getTime() + ABSOLUTE_LIFETIME) };
}

/** Every request asks this, so the query is built once (building it cost as much as running it). */
const sessionWithUser = db
	.select({ session, user, unitName: unit.name })
	.from(session)
	.innerJoin(user, eq(user.id, session.userId))
	.leftJoin(unit, eq(unit.id, user.unitId))
	.where(eq(session.id, sql.placeholder('id')))
	.limit(1)
	.prepare();

/** Checks a token from a cookie: secret, idle time-out, absolute lifetime, active user. */
export async function validateSessionToken(token: string): Promise<SessionValidationResult> {
	const invalid = { session: null, user: null } as const;
	const [id, secret, ...rest] = token.split('.');
	if (!id || !secret || rest.length > 0) return invalid;

	const [row] = await sessionWithUser.all({ id });
	if (!row) return invalid;

	if (!constantTimeEqual(hashSecret(secret), row.session.secretHash)) return invalid;
	// Said once, to the holder of the cookie only (the secret matched): then the session is gone.
	if (row.session.endedBecause) {
		await invalidateSession(id);
		return { ...invalid, endedBecause: row.session.endedBecause };
	}

	const now = Date.now();
	const isIdle = now - row.session.lastUsedAt.getTime() > idleTimeoutFor(row.user.role);
	const isTooOld = now - row.session.createdAt.getTime() > ABSOLUTE_LIFETIME;
	if (isIdle || isTooOld || !row.user.isActive) {
		await invalidateSession(id);
		return invalid;
	}

	let lastUsedAt = row.session.lastUsedAt;
	if (now - lastUsedAt.getTime() > TOUCH_INTERVAL) {
		lastUsedAt = new Date(now);
		await db.update(session).set({ lastUsedAt }).where(eq(session.id, id));
	}

	return {
		session: { id, createdAt: row.session.createdAt, lastUsedAt },
		user: {
			id: row.user.id,
			role: row.user.role,
			displayName: row.user.displayName,
			unitId: row.user.unitId,
			unitName: row.unitName
		}
	};
}

export async function invalidateSession(sessionId: string) {
	await db.delete(session).where(eq(session.id, sessionId));
}

/** Ends all of a user's sessions, optionally keeping the one in use. */
export async function invalidateUserSessions(userId: string, exceptSessionId?: string) {
	const keep = exceptSessionId ? ne(session.id, exceptSessionId) : undefined;
	await db.delete(session).where(and(eq(session.userId, userId), keep));
}

/**
 * Ends all of a user's sessions so that none logs in again, but keeps each as a marker until its
 * cookie comes back, so the person's next visit can say why (`validateSessionToken`).
 */
export async function endUserSessions(userId: string, because: SessionEndReason) {
	await db.update(session).set({ endedBecause: because }).where(eq(session.userId, userId));
}

function hashSecret(secret: string): Buffer {
	return Buffer.from(sha256(new TextEncoder().encode(secret)));
}

/** The person's sessions, most recently used first, for "Hvor er jeg logget ind?". */
export async function listUserSessions(userId: string) {
	return db
		.select({ id: session.id, createdAt: session.createdAt, lastUsedAt: session.lastUsedAt, userAgent: session.userAgent })
		.from(session)
		.where(and(eq(session.userId, userId), isNull(session.endedBecause)))
		.orderBy(desc(session.lastUsedAt));
}

/** Ends one of the person's own sessions; another person's session id does nothing. */
export async function invalidateOwnSession(userId: string, sessionId: string) {
	const ended = await db
		.delete(session)
		.where(and(eq(session.id, sessionId), eq(session.userId, userId)))
		.returning({ id: session.id });
	return ended.length === 1;
}
