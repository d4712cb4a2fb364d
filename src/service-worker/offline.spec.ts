import { describe, expect, it } from 'vitest';
import { offlinePageFor } from './offline.js';

describe('offlinePageFor', () => {
	it('gives the English page under /en', () => {
		expect(offlinePageFor('/en/me')).toBe('/en/offline');
		expect(offlinePageFor('/en')).toBe('/en/offline');
	});

	it('gives the Danish page elsewhere', () => {
		expect(offlinePageFor('/me')).toBe('/offline');
		expect(offlinePageFor('/english')).toBe('/offline');
	});
});
