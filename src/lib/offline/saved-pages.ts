/**
 * The citizen's own recent pages, kept on the phone by the service worker so they can be read
 * without a network. Pure rules here (shared by the server, the worker and the page); the
 * worker's cache code is in src/service-worker/saved-pages.ts.
 */

/** The server names the logged-in person on every answer, so the worker keeps each person's pages apart. */
export const pageOwnerHeader = 'x-samklang-person';

/** When the worker stored the copy (an ISO time), kept on the stored answer. */
export const savedAtHeader = 'x-samklang-saved-at';

/** The app version that made the copy: its script and style files are precached only for that version. */
export const savedVersionHeader = 'x-samklang-app-version';

/** Every cache of one person's data starts so; log-out removes them all. */
export const personCachePrefix = 'samklang-user-';

export function personCacheName(personId: string): string {
	return `${personCachePrefix}${personId}`;
}

/**
 * A copy is shown for 3 days at most: as long as a citizen's session lasts unused. An older one
 * may no longer be true, and the person may no longer be logged in.
 */
export const savedPageMaxAge = 3 * 24 * 60 * 60 * 1000;

/** At most this many pages per person (about 11 KB each): the four pages and the dreams and goals opened last. */
export const savedPagesPerPerson = 20;

// Min side, Mine drømme, Min plan, Kontakt, and one dream or goal. Not the forms for a new dream
// or goal: each carries the id of one write, and a copy would send the same id twice.
const ownPage = /^(?:\/en)?\/me(?:\/contact|\/dreams(?:\/(?!new$)[^/]+)?|\/plan(?:\/(?!new$)[^/]+)?)?$/;

/** Whether a page is one the phone keeps for reading offline (a citizen's own recent pages). */
export function isSavedPage(pathname: string): boolean {
	return ownPage.test(pathname);
}

/** The attribute on `<html>` that tells the page it is a saved copy, and from when. */
export const savedCopyAttribute = 'data-saved-copy';

/** Marks a stored page as a saved copy from `savedAt`, for the page to say so (see saved-copy-notice.svelte). */
export function markSavedCopy(html: string, savedAt: string): string {
	return html.replace(/<html\b/, `<html ${savedCopyAttribute}="${savedAt.replace(/[^0-9TZ:.+-]/g, '')}"`);
}
