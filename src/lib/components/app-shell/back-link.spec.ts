import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citizenBackLink, citizenParents } from './back-link.js';

/** Every citizen page's route id, as SvelteKit names it, found in src/routes. */
function citizenRouteIds(dir = 'src/routes/(citizen)'): string[] {
	const ids: string[] = [];
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) ids.push(...citizenRouteIds(full));
		else if (name === '+page.svelte') ids.push(`/${relative('src/routes', dir)}`);
	}
	return ids;
}

describe('citizenBackLink', () => {
	it('Min side is the top: no way back from there', () => {
		expect(citizenBackLink('/(citizen)/me')).toBeNull();
	});

	it('a page one step down leads one step up', () => {
		expect(citizenBackLink('/(citizen)/me/dreams/[dreamId]')?.href).toBe('/me/dreams');
		expect(citizenBackLink('/(citizen)/me/dreams')?.href).toBe('/me');
		expect(citizenBackLink('/(citizen)/me/data/print')?.href).toBe('/me/data');
	});

	it('every citizen page below Min side has its parent in the table, and the parent is a page', () => {
		const ids = citizenRouteIds();
		const pages = new Set(ids.map((id) => id.replace('/(citizen)', '')));
		for (const id of ids.filter((id) => id !== '/(citizen)/me')) {
			// In the table itself, not only caught by the fall-back to Min side.
			expect(Object.keys(citizenParents), id).toContain(id);
			const link = citizenBackLink(id);
			expect(pages.has(link!.href) || link!.href === '/me', `${id} → ${link!.href}`).toBe(true);
			expect(link!.label().startsWith('Tilbage til'), id).toBe(true);
		}
	});
});
