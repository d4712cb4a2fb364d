import { describe, expect, it } from 'vitest';
import { firstLoadAssets } from './page-weight.ts';

describe('firstLoadAssets', () => {
	it('finds stylesheets, module preloads and the boot imports, relative to the page', () => {
		const html = `<link href="../_app/a.css" rel="stylesheet"><link href="../_app/b.js" rel="modulepreload">
			<link rel="icon" href="../favicon.svg"><script>import("../_app/start.js"); import("../_app/b.js")</script>
			<svg><use href="/icons/sprite.svg#a"></use></svg><svg><use href="/icons/sprite.svg#b"></use></svg>`;
		expect(firstLoadAssets(html, 'http://x/en/me')).toEqual({
			css: ['http://x/_app/a.css'],
			js: ['http://x/_app/b.js', 'http://x/_app/start.js'],
			icons: ['http://x/icons/sprite.svg']
		});
	});
});
