import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { iconNames } from '../src/lib/components/ui/icon/icon-names.ts';
import { buildSprite, iconBody } from './make-icon-sprite.ts';

describe('icon sprite', () => {
	it('has a symbol for every icon the app names (run `npm run icons` after adding one)', () => {
		const sprite = readFileSync('static/icons/sprite.svg', 'utf8');
		for (const name of iconNames) expect(sprite).toContain(`<symbol id="${name}"`);
	});

	it('keeps only the drawing of a lucide file', () => {
		const svg = '<!-- @license x -->\n<svg\n  class="lucide"\n  width="24"\n>\n  <path d="M1 1" />\n  <circle r="2" />\n</svg>\n';
		expect(iconBody(svg)).toBe('<path d="M1 1" /><circle r="2" />');
		expect(buildSprite(['a'], () => svg)).toContain('<symbol id="a" viewBox="0 0 24 24">');
	});
});
