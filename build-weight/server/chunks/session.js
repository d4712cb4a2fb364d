import { N as session, R as user, n as db, z as unit } from "./db.js";
import { r as randomString } from "./random.js";
import { n as HOUR, r as MINUTE, t as DAY } from "./time.js";
import { and, desc, eq, isNull, ne, sql } from "drizzle-orm";
import { sha256 } from "@oslojs/crypto/sha2";
import { constantTimeEqual } from "@oslojs/crypto/subtle";
// src/lib/server/auth/session.ts
/** Staff work on shared office machines, citizens on their own phone: staff time out sooner. */
function idleTimeoutFor(role) {
	return role === "worker" || role === "leader" ? 8 * HOUR : 3 * DAY;
}
/** No session lives longer than this, however active. */
var ABSOLUTE_LIFETIME = 30 * DAY;
/** Writing lastUsedAt on every request would make every read a write; once a minute is enough. */
var TOUCH_INTERVAL = MINUTE;
/** Creates a session and returns the token `id.secret` for the cookie. Only a hash of the secret is kept. */
async function createSession(userId, userAgent = "") {
	const id = randomString(26);
	const secret = randomString(26);
	const now = /* @__PURE__ */ new Date();
	await db.insert(session).values({
		id,
		userId,
		secretHash: hashSecret(secret),
		createdAt: now,
		lastUsedAt: now,
		userAgent: userAgent.slice(0, 300)
	});
	return {
		token: `${id}.${secret}`,
		expiresAt: new Date(now.getTime() + ABSOLUTE_LIFETIME)
	};
}
/** Every request asks this, so the query is built once (building it cost as much as running it). */
var sessionWithUser = db.select({
	session,
	user,
	unitName: unit.name
}).from(session).innerJoin(user, eq(user.id, session.userId)).leftJoin(unit, eq(unit.id, user.unitId)).where(eq(session.id, sql.placeholder("id"))).limit(1).prepare();
/** Checks a token from a cookie: secret, idle time-out, absolute lifetime, active user. */
async function validateSessionToken(token) {
	const invalid = {
		session: null,
		user: null
	};
	const [id, secret, ...rest] = token.split(".");
	if (!id || !secret || rest.length > 0) return invalid;
	const [row] = await sessionWithUser.all({ id });
	if (!row) return invalid;
	if (!constantTimeEqual(hashSecret(secret), row.session.secretHash)) return invalid;
	if (row.session.endedBecause) {
		await invalidateSession(id);
		return {
			...invalid,
			endedBecause: row.session.endedBecause
		};
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
		session: {
			id,
			createdAt: row.session.createdAt,
			lastUsedAt
		},
		user: {
			id: row.user.id,
			role: row.user.role,
			displayName: row.user.displayName,
			unitId: row.user.unitId,
			unitName: row.unitName
		}
	};
}
async function invalidateSession(sessionId) {
	await db.delete(session).where(eq(session.id, sessionId));
}
/** Ends all of a user's sessions, optionally keeping the one in use. */
async function invalidateUserSessions(userId, exceptSessionId) {
	const keep = exceptSessionId ? ne(session.id, exceptSessionId) : void 0;
	await db.delete(session).where(and(eq(session.userId, userId), keep));
}
/**
* Ends all of a user's sessions so that none logs in again, but keeps each as a marker until its
* cookie comes back, so the person's next visit can say why (`validateSessionToken`).
*/
async function endUserSessions(userId, because) {
	await db.update(session).set({ endedBecause: because }).where(eq(session.userId, userId));
}
function hashSecret(secret) {
	return Buffer.from(sha256(new TextEncoder().encode(secret)));
}
/** The person's sessions, most recently used first, for "Hvor er jeg logget ind?". */
async function listUserSessions(userId) {
	return db.select({
		id: session.id,
		createdAt: session.createdAt,
		lastUsedAt: session.lastUsedAt,
		userAgent: session.userAgent
	}).from(session).where(and(eq(session.userId, userId), isNull(session.endedBecause))).orderBy(desc(session.lastUsedAt));
}
/** Ends one of the person's own sessions; another person's session id does nothing. */
async function invalidateOwnSession(userId, sessionId) {
	return (await db.delete(session).where(and(eq(session.id, sessionId), eq(session.userId, userId))).returning({ id: session.id })).length === 1;
}
export { invalidateUserSessions as a, invalidateSession as i, endUserSessions as n, listUserSessions as o, invalidateOwnSession as r, validateSessionToken as s, createSession as t };

//# sourceMappingURL=session.js.map