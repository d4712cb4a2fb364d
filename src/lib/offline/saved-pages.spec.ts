import { describe, expect, it } from 'vitest';
import { isSavedPage, markSavedCopy } from './saved-pages.js';

describe('isSavedPage', () => {
	it('keeps Min side, Mine drømme, Min plan, Kontakt and one dream or goal, in both languages', () => {
		for (const path of ['/me', '/me/dreams', '/me/dreams/abc123', '/me/plan', '/me/plan/abc123', '/me/contact', '/en/me', '/en/me/plan/x']) {
			expect(isSavedPage(path), path).toBe(true);
		}
	});

	it('never keeps the forms for a new dream or goal (each carries the id of one write), nor other pages', () => {
		for (const path of ['/me/dreams/new', '/en/me/plan/new', '/me/access-log', '/me/data', '/me/meetings', '/me/dreams/a/b', '/staff', '/', '/med', '/me/contact-person']) {
			expect(isSavedPage(path), path).toBe(false);
		}
	});
});

describe('markSavedCopy', () => {
	it('marks the html element with the time, and nothing else', () => {
		const html = '<!doctype html>\n<html lang="da" dir="ltr"><body><p>&lt;html</p></body></html>';
		expect(markSavedCopy(html, '2026-12-02T18:20:00.000Z')).toBe(
			'<!doctype html>\n<html data-saved-copy="2026-12-02T18:20:00.000Z" lang="da" dir="ltr"><body><p>&lt;html</p></body></html>'
		);
	});

	it('lets no quote through from a stored time', () => {
		expect(markSavedCopy('<html>', '2026"><script>')).toBe('<html data-saved-copy="2026">');
	});
});
