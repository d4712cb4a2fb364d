// src/lib/server/auth/cookie.ts
/**
* `__Host-` cookies must be Secure, which browsers accept over https and on localhost only.
* On plain http elsewhere (a test machine on a LAN) we fall back to a plain name rather than break log-in.
*/
function sessionCookieName(url) {
	return isSecureContextUrl(url) ? "__Host-session" : "session";
}
function setSessionCookie(cookies, url, token, expiresAt) {
	cookies.set(sessionCookieName(url), token, {
		path: "/",
		httpOnly: true,
		sameSite: "lax",
		secure: isSecureContextUrl(url),
		expires: expiresAt
	});
}
function deleteSessionCookie(cookies, url) {
	cookies.delete(sessionCookieName(url), {
		path: "/",
		secure: isSecureContextUrl(url)
	});
}
function isSecureContextUrl(url) {
	return url.protocol === "https:" || url.hostname === "localhost" || url.hostname === "127.0.0.1" || url.hostname === "[::1]";
}
export { sessionCookieName as n, setSessionCookie as r, deleteSessionCookie as t };

//# sourceMappingURL=cookie.js.map