import { hash, verify } from '@node-rs/argon2';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { credential, user } from '../db/schema/index.js';
import { newId } from '../random.js';
import { invalidateUserSessions } from './session.js';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. @node-rs/argon2 uses argon2id by default.
const options = { memoryCost: 19456, timeCost: 2, outputLen: 32, parallelism: 1 };

export function hashPassword(password: string): Promise<string> {
	return hash(password, options);
}

export function verifyPasswordHash(passwordHash: string, password: string): Promise<boolean> {
	return verify(passwordHash, password);
}

/** A hash of a password nobody has, verified when the account does not exist so timing gives nothing away. */
const dummyHash = hash('not-a-real-password', options);

/** Finds the active user with this log-in name and password, or null. Always spends the time of one verify. */
export async function findUserByPassword(loginName: string, password: string) {
	const [row] = await db
		.select({ id: user.id, role: user.role, passwordHash: credential.passwordHash })
		.from(user)
		.innerJoin(credential, and(eq(credential.userId, user.id), eq(credential.kind, 'password')))
		.where(and(eq(user.loginName, normalizeLoginName(loginName)), eq(user.isActive, true)))
		.limit(1);
	if (!row?.passwordHash) {
		await verify(await dummyHash, password);
		return null;
	}
	return (await verifyPasswordHash(row.passwordHash, password)) ? { userId: row.id, role: row.role } : null;
}

/** Log-in names are compared without case and surrounding spaces: phones like to add capitals. */
export function normalizeLoginName(loginName: string): string {
	return loginName.trim().toLowerCase();
}

/**
 * Changes the password after checking the current one, and ends every other session: whoever
 * knew the old password is logged out.
 */
export async function changePassword(userId: string, currentPassword: string, newPassword: string, keepSessionId: string) {
	const [row] = await db
		.select({ id: credential.id, passwordHash: credential.passwordHash })
		.from(credential)
		.where(and(eq(credential.userId, userId), eq(credential.kind, 'password')));
	if (!row?.passwordHash || !(await verifyPasswordHash(row.passwordHash, currentPassword))) return false;
	const passwordHash = await hashPassword(newPassword);
	await db.transaction(async (tx) => {
		await tx.delete(credential).where(and(eq(credential.userId, userId), eq(credential.kind, 'password')));
		await tx.insert(credential).values({ id: newId(), userId, kind: 'password', passwordHash, createdAt: new Date() });
	});
	await invalidateUserSessions(userId, keepSessionId);
	return true;
}
