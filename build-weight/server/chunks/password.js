import { R as user, j as credential, n as db } from "./db.js";
import { t as newId } from "./random.js";
import { a as invalidateUserSessions } from "./session.js";
import { and, eq } from "drizzle-orm";
import { hash, verify } from "@node-rs/argon2";
// src/lib/server/auth/password.ts
var options = {
	memoryCost: 19456,
	timeCost: 2,
	outputLen: 32,
	parallelism: 1
};
function hashPassword(password) {
	return hash(password, options);
}
function verifyPasswordHash(passwordHash, password) {
	return verify(passwordHash, password);
}
/** A hash of a password nobody has, verified when the account does not exist so timing gives nothing away. */
var dummyHash = hash("not-a-real-password", options);
/** Finds the active user with this log-in name and password, or null. Always spends the time of one verify. */
async function findUserByPassword(loginName, password) {
	const [row] = await db.select({
		id: user.id,
		role: user.role,
		passwordHash: credential.passwordHash
	}).from(user).innerJoin(credential, and(eq(credential.userId, user.id), eq(credential.kind, "password"))).where(and(eq(user.loginName, normalizeLoginName(loginName)), eq(user.isActive, true))).limit(1);
	if (!row?.passwordHash) {
		await verify(await dummyHash, password);
		return null;
	}
	return await verifyPasswordHash(row.passwordHash, password) ? {
		userId: row.id,
		role: row.role
	} : null;
}
/** Log-in names are compared without case and surrounding spaces: phones like to add capitals. */
function normalizeLoginName(loginName) {
	return loginName.trim().toLowerCase();
}
/**
* Changes the password after checking the current one, and ends every other session: whoever
* knew the old password is logged out.
*/
async function changePassword(userId, currentPassword, newPassword, keepSessionId) {
	const [row] = await db.select({
		id: credential.id,
		passwordHash: credential.passwordHash
	}).from(credential).where(and(eq(credential.userId, userId), eq(credential.kind, "password")));
	if (!row?.passwordHash || !await verifyPasswordHash(row.passwordHash, currentPassword)) return false;
	const passwordHash = await hashPassword(newPassword);
	await db.transaction(async (tx) => {
		await tx.delete(credential).where(and(eq(credential.userId, userId), eq(credential.kind, "password")));
		await tx.insert(credential).values({
			id: newId(),
			userId,
			kind: "password",
			passwordHash,
			createdAt: /* @__PURE__ */ new Date()
		});
	});
	await invalidateUserSessions(userId, keepSessionId);
	return true;
}
export { normalizeLoginName as i, findUserByPassword as n, hashPassword as r, changePassword as t };

//# sourceMappingURL=password.js.map