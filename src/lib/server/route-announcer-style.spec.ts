import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeAnnouncerStyleHash } from './route-announcer-style.js';

describe("the CSP hash of Kit's route announcer", () => {
	it('matches the style attribute in the installed Kit', () => {
		const kitRoot = dirname(createRequire(import.meta.url).resolve('@sveltejs/kit/package.json'));
		const source = readFileSync(join(kitRoot, 'src/runtime/components/root.svelte'), 'utf8');
		const announcer = /id="svelte-announcer"[\s\S]*?style="([^"]*)"/.exec(source);
		expect(announcer, 'the announcer and its style in root.svelte').not.toBeNull();
		const hash = createHash('sha256').update(announcer![1]!).digest('base64');
		expect(`sha256-${hash}`).toBe(routeAnnouncerStyleHash);
	});
});
