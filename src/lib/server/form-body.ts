import { error } from '@sveltejs/kit';
import type { Handle } from '@sveltejs/kit/hooks';
import { m } from '../paraglide/messages.js';
import { writtenForField } from '../offline/written-for.js';

/** The content types Kit hands to form actions (an HTML form can send each of them). */
const formContentTypes = ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'];

/**
 * A form post whose body cannot be read as a form (multipart without a boundary or its end, or
 * text/plain, which FormData never reads) is refused with 400 here; otherwise the action's
 * `request.formData()` throws and the answer is a 500. The check reads a copy of the body, the
 * action the original. The form's named writer, if any, is noted for handleQueuedWrites.
 */
export const handleUnreadableForms: Handle = async ({ event, resolve }) => {
	const type = event.request.headers.get('content-type')?.split(';')[0]?.trim().toLowerCase() ?? '';
	if (event.request.method === 'POST' && formContentTypes.includes(type)) {
		const problem = await event.request
			.clone()
			.formData()
			.then(
				(form) => {
					// Kept for handleQueuedWrites, which needs the session first, so the body is read once here.
					const writtenFor = form.get(writtenForField);
					if (typeof writtenFor === 'string') event.locals.formWrittenFor = writtenFor;
					return null;
				},
				(reason: unknown) => reason
			);
		// A body over the size limit keeps the adapter's own answer (413).
		if (problem !== null && typeof (problem as { status?: unknown }).status === 'number') throw problem;
		if (problem !== null) error(400, m.error_generic_text());
	}
	return resolve(event);
};
