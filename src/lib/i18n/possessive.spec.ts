import { describe, expect, it } from 'vitest';
import { possessive } from './possessive.js';

describe('possessive', () => {
	it('adds -s in Danish', () => {
		expect(possessive('Anna Jensen', 'da')).toBe('Anna Jensens');
	});

	it('adds only an apostrophe after s, x and z in Danish', () => {
		expect(possessive('Lars', 'da')).toBe('Lars’');
		expect(possessive('Max', 'da')).toBe('Max’');
		expect(possessive('Fritz', 'da')).toBe('Fritz’');
	});

	it("adds 's in English", () => {
		expect(possessive('Anna Jensen', 'en')).toBe('Anna Jensen’s');
		expect(possessive('Lars', 'en')).toBe('Lars’s');
	});
});
