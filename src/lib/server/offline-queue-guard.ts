import type { Handle } from '@sveltejs/kit/hooks';
import { queuedForHeader } from '../offline/queue.js';
import { m } from '../paraglide/messages.js';
import { isScriptedFormPost } from './auth/guards.js';

/**
 * Words are only ever stored under the name of the person who wrote them. A write kept on a
 * device while offline names its writer in a header, and a form sent by a page in a field: on a
 * shared phone, after one person's session ran out, another may have logged in in another tab,
 * and the first person's words must not be stored as theirs. Such a write is refused with 401,
 * never swallowed by the log-in redirect: the device keeps it (queue or draft) for its writer.
 */
export const handleQueuedWrites: Handle = async ({ event, resolve }) => {
	const userId = event.locals.user?.id;
	const queuedFor = event.request.headers.get(queuedForHeader);
	if (queuedFor !== null && userId !== queuedFor) return new Response(null, { status: 401 });
	// The form's writer was read with the body in handleUnreadableForms.
	const writtenFor = event.locals.formWrittenFor;
	// Answered as Kit answers an action's error(401), so the page takes it as "logged out".
	if (writtenFor !== undefined && writtenFor !== userId && isScriptedFormPost(event.request)) {
		return Response.json({ type: 'error', error: { message: m.session_expired_title() } }, { status: 401 });
	}
	return resolve(event);
};
