import Bowser from 'bowser';

/** Browser and system in words from a User-Agent header, e.g. { browser: 'Chrome', os: 'Android' }. */
export function describeDevice(userAgent: string): { browser: string; os: string } | null {
	if (!userAgent) return null;
	const parsed = Bowser.parse(userAgent);
	const browser = parsed.browser.name;
	const os = parsed.os.name;
	return browser && os ? { browser, os } : null;
}
