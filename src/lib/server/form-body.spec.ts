import { isHttpError } from '@sveltejs/kit';
import { describe, expect, it } from 'vitest';
import { handleUnreadableForms } from './form-body.js';

/** Runs the hook on a POST with this body; returns the status it answered with, or the text field the action read. */
async function answerTo(contentType: string | null, body: string | FormData) {
	const headers: Record<string, string> = contentType ? { 'content-type': contentType } : {};
	const request = new Request('http://localhost/me/dreams/new', { method: 'POST', headers, body });
	const event = { request } as Parameters<typeof handleUnreadableForms>[0]['event'];
	try {
		const action = async () => new Response(String((await request.formData()).get('text')));
		const response = await handleUnreadableForms({ event, resolve: action });
		return await response.text();
	} catch (error) {
		if (isHttpError(error)) return error.status;
		throw error;
	}
}

describe('form bodies that cannot be read', () => {
	it('are refused with 400 before an action reads them', async () => {
		expect(await answerTo('multipart/form-data', 'text=x')).toBe(400);
		expect(await answerTo('multipart/form-data; boundary=nope', '--nope\r\nContent-Disposition: form-data; name="text"\r\n\r\nno end')).toBe(400);
		expect(await answerTo('text/plain', 'text=x')).toBe(400);
	});

	it('pass on a readable form, with its body still there for the action', async () => {
		expect(await answerTo('application/x-www-form-urlencoded', 'text=et%20h%C3%A5b')).toBe('et håb');
		// As a browser sends a form with a file field: multipart with its own boundary.
		const form = new FormData();
		form.append('text', 'håb');
		expect(await answerTo(null, form)).toBe('håb');
	});
});

describe('the writer a page names in its form', () => {
	it('is noted on locals for the check after the session is known', async () => {
		const request = new Request('http://localhost/me/dreams/new', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: 'text=x&__writtenFor=user-1'
		});
		const event = { request, locals: {} } as Parameters<typeof handleUnreadableForms>[0]['event'];
		await handleUnreadableForms({ event, resolve: async () => new Response('ok') });
		expect(event.locals.formWrittenFor).toBe('user-1');
	});
});
