/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
import { self } from '$app/service-worker';
import { assets, immutable, prerendered } from '$app/manifest';
import { version } from '$app/env';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute, setCatchHandler } from 'workbox-routing';
import { NetworkOnly } from 'workbox-strategies';
import { offlinePageFor } from './offline.js';
import { currentUser, sendWaitingWrites } from '../lib/offline/queue.js';

// The app shell: built files never change (their names carry a hash); static files and the
// prerendered offline pages change with the app version.
precacheAndRoute([
	...immutable.map(({ path }) => ({ url: path, revision: null })),
	...assets.map(({ path }) => ({ url: path, revision: version })),
	...prerendered.map(({ path }) => ({ url: path, revision: version }))
]);
cleanupOutdatedCaches();

// Pages may hold a person's data, so they are never cached here: always from the network,
// and the offline page in the page's language when there is no network.
registerRoute(new NavigationRoute(new NetworkOnly()));

setCatchHandler(async ({ request }) => {
	if (request.mode === 'navigate') {
		const page = await matchPrecache(offlinePageFor(new URL(request.url).pathname));
		if (page) return page;
	}
	return Response.error();
});

self.addEventListener('message', (event) => {
	if (event.data?.type === 'SKIP_WAITING') self.skipWaiting();
	// Later caches of a person's own data are named `samklang-user-…`; log-out removes them all.
	if (event.data?.type === 'LOGGED_OUT') {
		event.waitUntil(
			caches.keys().then((keys) => Promise.all(keys.filter((k) => k.startsWith('samklang-user-')).map((k) => caches.delete(k))))
		);
	}
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
