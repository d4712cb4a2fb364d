import { describe, expect, it } from 'vitest';
import { randomString } from '../random.js';
import { MINUTE } from '../time.js';
import { WINDOW, isRateLimited, limits, recordAttempt } from './rate-limit.js';

describe('log-in rate limit', () => {
	it('blocks an account after 5 failures in 15 minutes', async () => {
		const account = [limits.loginAccount(randomString(8))];
		const now = Date.now();
		for (let i = 0; i < 4; i++) await recordAttempt(account, false, now - i * MINUTE);
		expect(await isRateLimited(account, now)).toBe(false);
		await recordAttempt(account, false, now);
		expect(await isRateLimited(account, now)).toBe(true);
		// After the window the old failures no longer count.
		expect(await isRateLimited(account, now + WINDOW + MINUTE)).toBe(false);
	});

	it('forgets failures before a success', async () => {
		const account = [limits.loginAccount(randomString(8))];
		const now = Date.now();
		for (let i = 0; i < 4; i++) await recordAttempt(account, false, now - 5 * MINUTE);
		await recordAttempt(account, true, now - 4 * MINUTE);
		await recordAttempt(account, false, now);
		expect(await isRateLimited(account, now)).toBe(false);
	});

	it('limits per address separately, with more room', async () => {
		const address = limits.loginAddress(`10.0.0.${Math.floor(Math.random() * 200)}-${randomString(4)}`);
		const now = Date.now();
		for (let i = 0; i < address.maxFailures - 1; i++) {
			await recordAttempt([limits.loginAccount(randomString(8)), address], false, now);
		}
		expect(await isRateLimited([address], now)).toBe(false);
		await recordAttempt([address], false, now);
		expect(await isRateLimited([limits.loginAccount('someone-new'), address], now)).toBe(true);
	});
});
