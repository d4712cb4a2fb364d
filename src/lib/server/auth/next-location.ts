import { localizeHref } from '#lib/paraglide/runtime.js';
import { homeFor } from '#lib/routes.js';

/**
 * The path of `target` when it is on this site, else null. The target is resolved against our own
 * origin the way a browser would (dot segments, tabs, backslashes), so `/.//evil.example` cannot
 * pass as a path and then become `//evil.example`, another site, on the way out.
 */
function pathOnThisSite(target: string, origin: string): string | null {
	if (!target.startsWith('/') || target.includes('\\')) return null;
	let url: URL;
	try {
		url = new URL(target, origin);
	} catch {
		return null;
	}
	if (url.origin !== origin || url.pathname.startsWith('//')) return null;
	return url.pathname + url.search + url.hash;
}

/** A "come back here" target from a query string or form, kept only when it stays on this site. */
export function safeNext(next: string | null | undefined, origin: string): string | null {
	return next ? pathOnThisSite(next, origin) : null;
}

/**
 * Where to send a person who just logged in: back to `next` in their language when it is on this
 * site, else their start page. Localising can rewrite a path, so the result is checked again.
 */
export function locationAfterLogIn(next: string | null | undefined, role: string, origin: string): string {
	const home = localizeHref(homeFor(role));
	const path = safeNext(next, origin);
	if (!path) return home;
	try {
		return pathOnThisSite(localizeHref(path), origin) ?? home;
	} catch {
		return home;
	}
}
