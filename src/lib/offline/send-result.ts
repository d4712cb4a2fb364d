import type { ActionResult } from '$app/forms';

/** An error without a status is a send that never reached the server (no network on the way). */
export const neverArrived = (result: ActionResult) => result.type === 'error' && result.status === undefined;

/**
 * The session ran out before the form arrived: the server answers a script's form post with 401
 * (see requireUser), and a redirect to the log-in page means the same. Nothing was stored.
 */
export function isLoggedOut(result: ActionResult): boolean {
	if (result.type === 'error') return result.status === 401;
	if (result.type !== 'redirect') return false;
	return /^(\/[a-z]{2})?\/login$/.test(new URL(result.location, 'http://x').pathname);
}
