/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { self } from '$app/service-worker';
import { assets, immutable, prerendered } from '$app/manifest';
import { version } from '$app/env';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, setCatchHandler } from 'workbox-routing';
import { offlinePageFor } from './offline.js';
import { forgetAllPeople, noteAnswer, savedCopy, startAnswer } from './saved-pages.js';
import { currentUser, sendWaitingWrites } from '../lib/offline/queue.js';

// The app shell: built files never change (their names carry a hash); static files and the
// prerendered offline pages change with the app version.
precacheAndRoute([
	...immutable.map(({ path }) => ({ url: path, revision: null })),
	...assets.map(({ path }) => ({ url: path, revision: version })),
	...prerendered.map(({ path }) => ({ url: path, revision: version }))
]);
cleanupOutdatedCaches();

// Pages come from the network; HTTP caches never keep them (Cache-Control: no-store). Without a
// network: the citizen's own recent pages from that person's saved copies (saved-pages.ts), and
// otherwise the offline page in the page's language.
registerRoute(
	({ request }) => request.mode === 'navigate',
	async ({ request, event }) => {
		const startedAt = startAnswer();
		let response: Response;
		try {
			response = await fetch(request);
		} catch (error) {
			const copy = await savedCopy(request);
			if (copy) return copy;
			throw error;
		}
		event.waitUntil(noteAnswer(request, response.clone(), startedAt).catch(() => {}));
		return response;
	}
);

// A page's data (the app's own navigation, log-in included) also says who is logged in now.
registerRoute(
	({ request, url }) => request.method === 'GET' && url.pathname.endsWith('/__data.json'),
	async ({ request, event }) => {
		const startedAt = startAnswer();
		const response = await fetch(request);
		event.waitUntil(noteAnswer(request, response.clone(), startedAt).catch(() => {}));
		return response;
	}
);

setCatchHandler(async ({ request }) => {
	if (request.mode === 'navigate') {
		const page = await matchPrecache(offlinePageFor(new URL(request.url).pathname));
		if (page) return page;
	}
	return Response.error();
});

self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
	// Every cache of a person's own data (`samklang-user-…`) goes at log-out.
	if (event.data?.type === 'LOGGED_OUT') event.waitUntil(forgetAllPeople());
});

/** Background sync: the browser wakes the worker when the network is back, even with the app closed. */
async function sendQueueForCurrentUser() {
	const userId = await currentUser();
	if (!userId) return;
	const summary = await sendWaitingWrites(userId);
	if (summary.sent > 0 || summary.refusedForms.length > 0) {
		for (const client of await self.clients.matchAll()) client.postMessage({ type: 'QUEUE_SENT' });
	}
	// Still waiting: a rejected promise asks the browser to try the sync again later.
	if (summary.waiting > 0) throw new Error('writes still waiting');
}

self.addEventListener('sync', (event) => {
	const sync = event as ExtendableEvent & { tag: string };
	if (sync.tag === 'samklang-send-queue') sync.waitUntil(sendQueueForCurrentUser());
});
