import { describe, expect, it } from 'vitest';
import { isLoggedOut, neverArrived } from './send-result.js';

describe('isLoggedOut', () => {
	it('is a 401 or a redirect to the log-in page, in any language', () => {
		expect(isLoggedOut({ type: 'error', status: 401, error: { status: 0, message: '' } })).toBe(true);
		expect(isLoggedOut({ type: 'redirect', status: 303, location: '/login?next=%2Fme' })).toBe(true);
		expect(isLoggedOut({ type: 'redirect', status: 303, location: '/en/login?next=%2Fen%2Fme' })).toBe(true);
		expect(isLoggedOut({ type: 'redirect', status: 303, location: 'http://localhost:4173/login' })).toBe(true);
	});

	it('is not a success, a refusal, another error or a redirect elsewhere', () => {
		expect(isLoggedOut({ type: 'success', status: 200, location: '/me' })).toBe(false);
		expect(isLoggedOut({ type: 'failure', status: 400, location: '/me' })).toBe(false);
		expect(isLoggedOut({ type: 'error', status: 404, error: { status: 0, message: '' } })).toBe(false);
		expect(isLoggedOut({ type: 'redirect', status: 303, location: '/me/dreams' })).toBe(false);
		expect(isLoggedOut({ type: 'redirect', status: 303, location: '/me/login-help' })).toBe(false);
	});
});

describe('neverArrived', () => {
	it('is an error without a status', () => {
		expect(neverArrived({ type: 'error', error: { status: 0, message: '' } })).toBe(true);
		expect(neverArrived({ type: 'error', status: 401, error: { status: 0, message: '' } })).toBe(false);
	});
});
