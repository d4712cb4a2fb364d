// Measurements of a page as laid out, shared by the layout and shell specs (issue 14).
import type { Page } from '@playwright/test';

/**
 * The size of every visible thing a finger presses: links, buttons, inputs, selects, text areas,
 * summaries and labels of a control. Not measured, each for a reason:
 * - a radio button or checkbox: the label around it is the target, and the label is measured;
 * - a label of no control: nothing happens when it is pressed;
 * - the label above a text field, text area or select: the field below it is the target (and is
 *   measured); pressing the words only moves the focus to it.
 */
export function targetSizes(page: Page) {
	return page.evaluate(() => {
		const found: { target: string; width: number; height: number }[] = [];
		for (const el of document.querySelectorAll<HTMLElement>('a[href], button, input:not([type="hidden"]), select, textarea, summary, label')) {
			if (!el.checkVisibility({ visibilityProperty: true })) continue;
			if (el instanceof HTMLInputElement && (el.type === 'radio' || el.type === 'checkbox')) continue;
			if (el instanceof HTMLLabelElement) {
				const control = el.control;
				if (control === null) continue;
				if (!(control instanceof HTMLInputElement && (control.type === 'radio' || control.type === 'checkbox'))) continue;
			}
			const box = el.getBoundingClientRect();
			const name = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50);
			found.push({ target: `${el.tagName.toLowerCase()} "${name}"`, width: box.width, height: box.height });
		}
		return found;
	});
}

/** Every visible thing a finger presses that is smaller than 44 × 44 px, as `tag "name" w×h` (see targetSizes). */
export async function smallTargets(page: Page) {
	return (await targetSizes(page))
		// Half a pixel of rounding: 2.75rem is 44 px, laid out as 43.99 on some zoom levels.
		.filter(({ width, height }) => width < 43.5 || height < 43.5)
		.map(({ target, width, height }) => `${target} ${Math.round(width)}×${Math.round(height)}`);
}

/** How far the page reaches past the right edge of the window, in px (0 when it does not scroll sideways). */
export function sidewaysOverflow(page: Page) {
	return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/** Android's font scale at 200 %: the browser's default text size doubled, so every rem and em doubles. */
export async function doubleTextSize(page: Page) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
}

/** Parses a computed colour, `rgb(r, g, b)` or `rgba(r, g, b, a)`, to its red, green, blue and alpha. */
export function parseColor(color: string): [number, number, number, number] {
	const parts = /rgba?\(([^)]+)\)/.exec(color)?.[1]?.split(/[\s,/]+/).filter(Boolean).map(Number);
	if (!parts || parts.length < 3) throw new Error(`not an rgb colour: ${color}`);
	return [parts[0]!, parts[1]!, parts[2]!, parts[3] ?? 1];
}

/** WCAG 2 relative luminance of an sRGB colour. */
export function relativeLuminance(color: string): number {
	const [r, g, b] = parseColor(color).slice(0, 3).map((channel) => {
		const c = channel / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
	const [lighter, darker] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
	return (lighter + 0.05) / (darker + 0.05);
}

/**
 * The colour seen where a colour is painted over a backdrop: a transparent background shows what is
 * behind it (in forced colours, a box with no background and one painted in Canvas look the same).
 */
export function seenOver(color: string, backdrop: string): string {
	const [r, g, b, a] = parseColor(color);
	const [br, bg, bb] = parseColor(backdrop);
	const mix = (top: number, bottom: number) => Math.round(top * a + bottom * (1 - a));
	return `rgb(${mix(r, br)}, ${mix(g, bg)}, ${mix(b, bb)})`;
}

/**
 * The size each visible piece of text is drawn at, in px: the computed font size, times the scale
 * of an SVG picture (text in a viewBox is drawn larger or smaller than its font size says). Text
 * that is there for screen readers only (1 px, clipped) is not seen and not measured.
 */
export function textSizes(page: Page) {
	return page.evaluate(() => {
		const found: { text: string; size: number; where: string }[] = [];
		const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
		const range = document.createRange();
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			const text = node.textContent?.replace(/\s+/g, ' ').trim();
			const parent: Element | null = node.parentElement;
			if (!text || !parent || !parent.checkVisibility({ visibilityProperty: true, opacityProperty: true })) continue;
			if (parent.closest('script, style, noscript, title')) continue;
			range.selectNodeContents(node);
			const box = range.getBoundingClientRect();
			if (box.width <= 1 || box.height <= 1) continue;
			const svg = parent instanceof SVGGraphicsElement ? parent.getScreenCTM() : null;
			const scale = svg ? Math.hypot(svg.a, svg.b) : 1;
			const size = parseFloat(getComputedStyle(parent).fontSize) * scale;
			found.push({ text: text.slice(0, 40), size, where: `${parent.tagName.toLowerCase()}${parent.className && typeof parent.className === 'string' ? `.${parent.className.split(' ')[0]}` : ''}` });
		}
		return found;
	});
}

/**
 * Every word of the text in the elements matched by `selector` that is drawn on more than one line
 * (split mid-word, as "dår-ligt"), as `"word"` with the element's text.
 */
export function splitWords(page: Page, selector: string) {
	return page.locator(selector).evaluateAll((elements) => {
		const split: string[] = [];
		const range = document.createRange();
		for (const element of elements) {
			const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const text = node.textContent ?? '';
				for (const match of text.matchAll(/\S+/g)) {
					range.setStart(node, match.index);
					range.setEnd(node, match.index + match[0].length);
					// One box per line the word is drawn on.
					const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
					if (lines.size > 1) split.push(`"${match[0]}" in "${element.textContent?.replace(/\s+/g, ' ').trim()}"`);
				}
			}
		}
		return split;
	});
}
