import type { Cookies } from '@sveltejs/kit';

/**
 * `__Host-` cookies must be Secure, which browsers accept over https and on localhost only.
 * On plain http elsewhere (a test machine on a LAN) we fall back to a plain name rather than break log-in.
 */
export function sessionCookieName(url: URL): string {
	return isSecureContextUrl(url) ? '__Host-session' : 'session';
}

export function setSessionCookie(cookies: Cookies, url: URL, token: string, expiresAt: Date) {
	cookies.set(sessionCookieName(url), token, {
		path: '/',
		httpOnly: true,
		sameSite: 'lax',
		secure: isSecureContextUrl(url),
		expires: expiresAt
	});
}

export function deleteSessionCookie(cookies: Cookies, url: URL) {
	cookies.delete(sessionCookieName(url), { path: '/', secure: isSecureContextUrl(url) });
}

function isSecureContextUrl(url: URL): boolean {
	return (
		url.protocol === 'https:' ||
		url.hostname === 'localhost' ||
		url.hostname === '127.0.0.1' ||
		url.hostname === '[::1]'
	);
}
