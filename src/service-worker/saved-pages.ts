/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { version } from '$app/env';
import { currentUser } from '../lib/offline/queue.js';
import {
	isSavedPage,
	markSavedCopy,
	pageOwnerHeader,
	personCacheName,
	personCachePrefix,
	savedAtHeader,
	savedPageMaxAge,
	savedPagesPerPerson,
	savedVersionHeader
} from '../lib/offline/saved-pages.js';

// One change to the caches at a time, and a count of log-outs: a page fetched before a log-out is
// never stored after it.
let turn: Promise<unknown> = Promise.resolve();
let forgetCount = 0;
function inTurn<T>(task: () => Promise<T>): Promise<T> {
	const result = turn.then(task);
	turn = result.catch(() => {});
	return result;
}

async function deletePersonCaches(except: string | null) {
	const keep = except ? personCacheName(except) : null;
	for (const key of await caches.keys()) if (key.startsWith(personCachePrefix) && key !== keep) await caches.delete(key);
}

/** Removes every person's saved pages from the phone (at log-out). */
export function forgetAllPeople(): Promise<void> {
	forgetCount += 1;
	return inTurn(() => deletePersonCaches(null));
}

/** For a page or its data: start the fetch with this, and give the answer to `noteAnswer`. */
export function startAnswer(): number {
	return forgetCount;
}

const dataSuffix = '/__data.json';

/** Whether the answer is a page made by the server (not a file), which names its person. */
function isPage(request: Request, response: Response): boolean {
	return request.mode === 'navigate' && (response.headers.get('content-type') ?? '').startsWith('text/html');
}

/**
 * The page itself, after the app showed it by its data alone (a link inside the app): fetched
 * once more, as a whole page, to keep a copy. Only when it is still the same person's page.
 */
async function fetchPage(pathname: string, person: string): Promise<Response | null> {
	const response = await fetch(pathname, { headers: { accept: 'text/html' }, credentials: 'same-origin', cache: 'no-store' });
	const isSame = response.status === 200 && !response.redirected && response.headers.get(pageOwnerHeader) === person;
	return isSame && (response.headers.get('content-type') ?? '').startsWith('text/html') ? response : null;
}

/**
 * Reads whose answer a page (or a page's data) is. Nobody logged in, or someone else: every other
 * person's saved pages go. One of the person's own recent pages: a copy goes into their cache.
 */
export async function noteAnswer(request: Request, response: Response, startedAt: number): Promise<void> {
	const url = new URL(request.url);
	const isData = url.pathname.endsWith(dataSuffix);
	if (!isData && !isPage(request, response)) return;
	const person = response.headers.get(pageOwnerHeader);
	const pathname = isData ? url.pathname.slice(0, -dataSuffix.length) || '/' : url.pathname;
	// Kit's own data parameters aside, a page with a query (an undo notice, a filter) is not kept.
	const hasQuery = [...url.searchParams.keys()].some((key) => !key.startsWith('x-sveltekit-'));
	const isKept = person !== null && response.status === 200 && !hasQuery && isSavedPage(pathname);
	const page = isKept ? (isData ? await fetchPage(pathname, person) : response) : null;
	const body = page ? await page.arrayBuffer() : null;
	await inTurn(async () => {
		if (person === null) forgetCount += 1;
		await deletePersonCaches(person);
		if (!page || !body || !person || startedAt !== forgetCount) return;
		const headers = new Headers(page.headers);
		// The stored body is already decoded, and its length changes when it is shown.
		headers.delete('content-encoding');
		headers.delete('content-length');
		headers.set(savedAtHeader, new Date().toISOString());
		headers.set(savedVersionHeader, version);
		const cache = await caches.open(personCacheName(person));
		// Newest last; past the limit the page seen longest ago goes.
		await cache.delete(pathname);
		await cache.put(pathname, new Response(body, { status: 200, headers }));
		const kept = await cache.keys();
		for (const request of kept.slice(0, Math.max(0, kept.length - savedPagesPerPerson))) await cache.delete(request);
	});
}

/**
 * The saved copy of a page for the person logged in on this phone (as the pages last told the
 * device), marked as a copy; undefined when there is none, or it is too old to show.
 */
export async function savedCopy(request: Request): Promise<Response | undefined> {
	const url = new URL(request.url);
	if (!isSavedPage(url.pathname)) return undefined;
	const person = await currentUser().catch(() => undefined);
	if (!person || !(await caches.has(personCacheName(person)))) return undefined;
	const cache = await caches.open(personCacheName(person));
	const stored = await cache.match(url.pathname);
	const savedAt = stored?.headers.get(savedAtHeader);
	if (!stored || !savedAt) return undefined;
	// A copy made by another version of the app needs that version's files, which are gone.
	if (Date.now() - Date.parse(savedAt) > savedPageMaxAge || stored.headers.get(savedVersionHeader) !== version) {
		await cache.delete(url.pathname);
		return undefined;
	}
	return new Response(markSavedCopy(await stored.text(), savedAt), { status: 200, headers: stored.headers });
}
