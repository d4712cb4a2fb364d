import type { Handle } from '@sveltejs/kit/hooks';
import { queuedForHeader } from '../offline/queue.js';

/**
 * A write kept on a device while offline names the person who made it. It is only taken while
 * that person is logged in: never stored under someone else's name on a shared phone, and never
 * swallowed by the log-in redirect. The device keeps it and tries again later (401).
 */
export const handleQueuedWrites: Handle = ({ event, resolve }) => {
	const queuedFor = event.request.headers.get(queuedForHeader);
	if (queuedFor !== null && event.locals.user?.id !== queuedFor) return new Response(null, { status: 401 });
	return resolve(event);
};
