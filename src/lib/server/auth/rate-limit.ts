import { and, count, eq, gt, max } from 'drizzle-orm';
import { db } from '../db/index.js';
import { loginAttempt } from '../db/schema/index.js';
import { MINUTE } from '../time.js';

/** How many failures a key may have in the window before it must wait. */
export type Limit = { key: string; maxFailures: number };

export const WINDOW = 15 * MINUTE;

export const limits = {
	/** Guessing one person's password: a few tries, then a pause. */
	loginAccount: (loginName: string): Limit => ({ key: `login-account:${loginName}`, maxFailures: 5 }),
	/** Many names from one address: a shared flat or office may mistype, so allow more. */
	loginAddress: (address: string): Limit => ({ key: `login-address:${address}`, maxFailures: 30 }),
	/** Guessing activation codes from one address. */
	activateAddress: (address: string): Limit => ({ key: `activate-address:${address}`, maxFailures: 10 })
};

/**
 * True when any of the limits has too many failures in the window. Failures before the key's
 * latest success do not count, so a person who got in is not blocked by earlier typos.
 * The attempts live in the database, so the limit holds across several app processes.
 */
export async function isRateLimited(checks: Limit[], now = Date.now()): Promise<boolean> {
	for (const { key, maxFailures } of checks) {
		const [lastSuccess] = await db
			.select({ at: max(loginAttempt.at) })
			.from(loginAttempt)
			.where(and(eq(loginAttempt.key, key), eq(loginAttempt.isSuccess, true)));
		const since = Math.max(now - WINDOW, lastSuccess?.at?.getTime() ?? 0);
		const [failures] = await db
			.select({ n: count() })
			.from(loginAttempt)
			.where(
				and(
					eq(loginAttempt.key, key),
					eq(loginAttempt.isSuccess, false),
					gt(loginAttempt.at, new Date(since))
				)
			);
		if ((failures?.n ?? 0) >= maxFailures) return true;
	}
	return false;
}

/** Records an attempt under every key, and logs failures for the security log. */
export async function recordAttempt(checks: Limit[], isSuccess: boolean, now = Date.now()) {
	await db
		.insert(loginAttempt)
		.values(checks.map(({ key }) => ({ key, isSuccess, at: new Date(now) })));
	if (!isSuccess) {
		console.warn(JSON.stringify({ event: 'auth_failure', keys: checks.map((c) => c.key), at: now }));
	}
}
