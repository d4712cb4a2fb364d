import { describe, expect, it } from 'vitest';
import { locationAfterLogIn, safeNext } from './next-location.js';

const origin = 'http://localhost:4173';

describe('the place to come back to after log-in', () => {
	it('keeps a path on this site, with its query', () => {
		expect(safeNext('/me/dreams?x=1', origin)).toBe('/me/dreams?x=1');
		expect(locationAfterLogIn('/staff', 'worker', origin)).toBe('/staff');
		expect(locationAfterLogIn('/me/plan?goal=1#step', 'citizen', origin)).toBe('/me/plan?goal=1#step');
	});

	it.each([
		'//evil.example/x',
		'/.//evil.example/x',
		'/..//evil.example',
		'/./..//evil.example/x',
		'/\\evil.example',
		'/\t/evil.example',
		'/%09/evil.example',
		'https://evil.example/',
		'http://localhost:4173.evil.example/',
		'javascript:alert(1)',
		'me',
		''
	])('never leads to another site: %j', (next) => {
		const path = safeNext(next, origin);
		if (path !== null) expect(new URL(path, origin).origin).toBe(origin);
		const location = locationAfterLogIn(next, 'citizen', origin);
		expect(location.startsWith('/') && !location.startsWith('//')).toBe(true);
		expect(new URL(location, origin).origin).toBe(origin);
	});

	it('falls back to the person’s start page', () => {
		expect(locationAfterLogIn('/.//evil.example/x', 'citizen', origin)).toBe('/me');
		expect(locationAfterLogIn(null, 'leader', origin)).toBe('/staff');
		expect(locationAfterLogIn('//evil.example', 'relative', origin)).toBe('/helper');
	});
});
