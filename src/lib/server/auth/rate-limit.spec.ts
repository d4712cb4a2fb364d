import { describe, expect, it } from 'vitest';
import { randomString } from '../random.js';
import { MINUTE } from '../time.js';
import { WINDOW, finishAttempt, limits, startAttempt, type Limit } from './rate-limit.js';

/** One failed try: counted first, then found wrong. True when it was let through at all. */
async function fail(checks: Limit[], at: number) {
	const attempt = await startAttempt(checks, at);
	if (attempt) await finishAttempt(attempt, false, at);
	return attempt !== null;
}

async function succeed(checks: Limit[], at: number) {
	const attempt = await startAttempt(checks, at);
	if (attempt) await finishAttempt(attempt, true, at);
	return attempt !== null;
}

describe('log-in rate limit', () => {
	it('blocks an account after 5 failures in 15 minutes', async () => {
		const account = [limits.loginAccount(randomString(8))];
		const now = Date.now();
		for (let i = 0; i < 5; i++) expect(await fail(account, now - (4 - i) * MINUTE)).toBe(true);
		expect(await startAttempt(account, now)).toBeNull();
		// After the window the old failures no longer count.
		expect(await succeed(account, now + WINDOW + 5 * MINUTE)).toBe(true);
	});

	it('forgets an account’s failures before its success', async () => {
		const account = [limits.loginAccount(randomString(8))];
		const now = Date.now();
		for (let i = 0; i < 4; i++) await fail(account, now - 5 * MINUTE);
		expect(await succeed(account, now - 4 * MINUTE)).toBe(true);
		for (let i = 0; i < 4; i++) expect(await fail(account, now)).toBe(true);
		expect(await fail(account, now)).toBe(true);
		expect(await startAttempt(account, now)).toBeNull();
	});

	it('never forgets an address’s failures: logging in to one’s own account does not buy more guesses', async () => {
		const address = limits.loginAddress(`10.0.0.${Math.floor(Math.random() * 200)}-${randomString(4)}`);
		const now = Date.now();
		for (let i = 0; i < address.maxFailures - 1; i++) await fail([limits.loginAccount(randomString(8)), address], now);
		// The attacker logs in to an account of their own...
		expect(await succeed([limits.loginAccount('attacker'), address], now)).toBe(true);
		expect(await fail([limits.loginAccount(randomString(8)), address], now)).toBe(true);
		// ...and is stopped all the same.
		expect(await startAttempt([limits.loginAccount('someone-new'), address], now)).toBeNull();
	});

	it('counts before checking: 12 guesses at once get exactly 5 tries', async () => {
		const account = [limits.loginAccount(randomString(8)), limits.loginAddress(randomString(8))];
		const now = Date.now();
		const results = await Promise.all(Array.from({ length: 12 }, () => startAttempt(account, now)));
		expect(results.filter((r) => r !== null)).toHaveLength(5);
		// An attempt counts as a failure until it is known to have succeeded.
		expect(await startAttempt(account, now)).toBeNull();
	});

	it('writes nothing for a refused attempt, under any key', async () => {
		const account = limits.loginAccount(randomString(8));
		const address = limits.loginAddress(randomString(8));
		const now = Date.now();
		for (let i = 0; i < 5; i++) await fail([account], now);
		expect(await startAttempt([account, address], now)).toBeNull();
		// The address did not get a failure from the refused attempt: 30 more are allowed.
		for (let i = 0; i < address.maxFailures; i++) expect(await fail([address], now)).toBe(true);
		expect(await startAttempt([address], now)).toBeNull();
	});
});
