import { gzipSync } from 'node:zlib';

export type Weight = { html: number; css: number; js: number; fonts: number; icons: number; total: number; files: number };

/** URLs of the CSS, JS and font files a page loads first, read from its HTML (and CSS, for fonts). */
export function firstLoadAssets(html: string, pageUrl: string): { css: string[]; js: string[]; icons: string[] } {
	const css = new Set<string>();
	const js = new Set<string>();
	const icons = new Set<string>();
	const resolve = (href: string) => new URL(href, pageUrl).href;
	for (const [, tag] of html.matchAll(/<link\b([^>]*)>/g)) {
		const href = /href="([^"]+)"/.exec(tag!)?.[1];
		if (!href) continue;
		if (/rel="stylesheet"/.test(tag!)) css.add(resolve(href));
		if (/rel="modulepreload"/.test(tag!)) js.add(resolve(href));
	}
	for (const [, src] of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) js.add(resolve(src!));
	// Kit's boot script imports its entry points dynamically.
	for (const [, src] of html.matchAll(/import\("([^"]+\.js)"\)/g)) js.add(resolve(src!));
	// The icon sprite, fetched once for all <use href="…#name"> on the page.
	for (const [, href] of html.matchAll(/<use\b[^>]*href="([^"#]+)#/g)) icons.add(resolve(href!));
	return { css: [...css], js: [...js], icons: [...icons] };
}

const gzipSize = (body: Uint8Array) => gzipSync(body, { level: 9 }).length;

async function fetchBytes(url: string, cookie?: string) {
	const response = await fetch(url, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	return new Uint8Array(await response.arrayBuffer());
}

/** First-load transfer of a page, gzip-compressed, split by kind. */
export async function measurePage(url: string, cookie?: string): Promise<Weight> {
	const htmlBytes = await fetchBytes(url, cookie);
	const html = new TextDecoder().decode(htmlBytes);
	const { css, js, icons } = firstLoadAssets(html, url);
	const weight: Weight = {
		html: gzipSize(htmlBytes),
		css: 0,
		js: 0,
		fonts: 0,
		icons: 0,
		total: 0,
		files: 1 + css.length + js.length + icons.length
	};
	for (const href of css) {
		const bytes = await fetchBytes(href);
		weight.css += gzipSize(bytes);
		for (const [, font] of new TextDecoder().decode(bytes).matchAll(/url\(([^)]+\.(?:woff2?|ttf|otf))\)/g)) {
			weight.fonts += gzipSize(await fetchBytes(new URL(font!.replace(/["']/g, ''), href).href));
			weight.files++;
		}
	}
	for (const href of js) weight.js += gzipSize(await fetchBytes(href));
	for (const href of icons) weight.icons += gzipSize(await fetchBytes(href));
	weight.total = weight.html + weight.css + weight.js + weight.fonts + weight.icons;
	return weight;
}
