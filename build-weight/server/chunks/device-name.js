import Bowser from "bowser";
// src/lib/server/auth/device-name.ts
/** Browser and system in words from a User-Agent header, e.g. { browser: 'Chrome', os: 'Android' }. */
function describeDevice(userAgent) {
	if (!userAgent) return null;
	const parsed = Bowser.parse(userAgent);
	const browser = parsed.browser.name;
	const os = parsed.os.name;
	return browser && os ? {
		browser,
		os
	} : null;
}
export { describeDevice as t };

//# sourceMappingURL=device-name.js.map