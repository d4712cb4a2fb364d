// Draws static/icons/sprite.svg from lucide-static, with one <symbol> for each name in icon-names.ts.
import { readFileSync, writeFileSync } from 'node:fs';
import { iconNames } from '../src/lib/components/ui/icon/icon-names.ts';

/** The drawing inside one lucide icon file, without its <svg> wrapper and licence comment. */
export function iconBody(svg: string): string {
	return svg
		.replace(/<!--[\s\S]*?-->/g, '')
		.replace(/^[\s\S]*?<svg[^>]*>/, '')
		.replace(/<\/svg>\s*$/, '')
		.replace(/\s*\n\s*/g, '')
		.trim();
}

export function buildSprite(names: readonly string[], read: (name: string) => string): string {
	const symbols = names.map(
		(name) =>
			`<symbol id="${name}" viewBox="0 0 24 24"><g fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round">${iconBody(read(name))}</g></symbol>`
	);
	return `<svg xmlns="http://www.w3.org/2000/svg"><!-- Lucide icons (ISC licence), https://lucide.dev -->\n${symbols.join('\n')}\n</svg>\n`;
}

if (import.meta.main) {
	const sprite = buildSprite(iconNames, (name) => readFileSync(`node_modules/lucide-static/icons/${name}.svg`, 'utf8'));
	writeFileSync('static/icons/sprite.svg', sprite);
	console.log(`static/icons/sprite.svg: ${iconNames.length} icons`);
}
