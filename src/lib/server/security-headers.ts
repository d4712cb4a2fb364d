import type { Handle } from '@sveltejs/kit/hooks';
import { pageOwnerHeader } from '#lib/offline/saved-pages.js';

/**
 * Headers Kit's `csp` option does not set. Pages are never stored by the browser or a proxy, so a
 * shared phone or office PC does not keep someone's data in its cache.
 */
export const handleSecurityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const headers = response.headers;
	headers.set('X-Content-Type-Options', 'nosniff');
	headers.set('Referrer-Policy', 'same-origin');
	headers.set(
		'Permissions-Policy',
		'camera=(self), microphone=(), geolocation=(), payment=(), usb=(), publickey-credentials-get=(self), publickey-credentials-create=(self)'
	);
	headers.set('Cross-Origin-Opener-Policy', 'same-origin');
	if (event.url.protocol === 'https:') {
		headers.set('Strict-Transport-Security', 'max-age=63072000; includeSubDomains');
	}
	// Every answer made here may hold someone's data, also without a log-in (an invitation link shows
	// the citizen's name), so none is stored. Built files and static files never reach this hook;
	// a route that sets its own rule (a worker's photo) keeps it.
	if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'private, no-store');
	// Whose answer this is: the service worker keeps a citizen's own pages for offline reading in
	// that person's cache only, and forgets them when an answer names nobody or someone else.
	if (event.locals.user) headers.set(pageOwnerHeader, event.locals.user.id);
	return response;
};
