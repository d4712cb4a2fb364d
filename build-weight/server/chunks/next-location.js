import { l as localizeHref } from "./runtime.js";
import { t as homeFor } from "./routes.js";
// src/lib/server/auth/next-location.ts
/**
* The path of `target` when it is on this site, else null. The target is resolved against our own
* origin the way a browser would (dot segments, tabs, backslashes), so `/.//evil.example` cannot
* pass as a path and then become `//evil.example`, another site, on the way out.
*/
function pathOnThisSite(target, origin) {
	if (!target.startsWith("/") || target.includes("\\")) return null;
	let url;
	try {
		url = new URL(target, origin);
	} catch {
		return null;
	}
	if (url.origin !== origin || url.pathname.startsWith("//")) return null;
	return url.pathname + url.search + url.hash;
}
/** A "come back here" target from a query string or form, kept only when it stays on this site. */
function safeNext(next, origin) {
	return next ? pathOnThisSite(next, origin) : null;
}
/**
* Where to send a person who just logged in: back to `next` in their language when it is on this
* site, else their start page. Localising can rewrite a path, so the result is checked again.
*/
function locationAfterLogIn(next, role, origin) {
	const home = localizeHref(homeFor(role));
	const path = safeNext(next, origin);
	if (!path) return home;
	try {
		return pathOnThisSite(localizeHref(path), origin) ?? home;
	} catch {
		return home;
	}
}
export { safeNext as n, locationAfterLogIn as t };

//# sourceMappingURL=next-location.js.map