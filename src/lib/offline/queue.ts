import { run } from './database.js';
import { loadDraft, saveDraft, type DraftFields } from './drafts.js';

/**
 * A form sent while there was no network, kept on the device until it can be sent. The form's
 * client id travels with it, so sending it again (from the page and the service worker at once,
 * or after a lost answer) stores it once on the server.
 */
export type QueuedWrite = {
	clientId: string;
	/** Only sent while this person is logged in on the device; never under someone else's name. */
	userId: string;
	/** The form action's URL. */
	action: string;
	fields: [string, string][];
	/** The draft key of the form, so a refused write goes back into its form instead of being lost. */
	formKey: string;
	queuedAt: number;
};

/** The server answers a queued write with 401 when it was not made by the logged-in person. */
export const queuedForHeader = 'x-samklang-queued-for';

/** Tells the open pages that the queue changed, so the status line can follow. */
export const queueChangedEvent = 'samklang-queue-changed';

export async function enqueue(write: QueuedWrite) {
	await run('queue', 'readwrite', (store) => store.put(write, write.clientId));
}

export async function waitingWrites(userId: string): Promise<QueuedWrite[]> {
	const all = await run<QueuedWrite[]>('queue', 'readonly', (store) => store.getAll());
	return all.filter((write) => write.userId === userId).sort((a, b) => a.queuedAt - b.queuedAt);
}

async function forget(clientId: string) {
	await run('queue', 'readwrite', (store) => store.delete(clientId));
}

/** Who is logged in on this device, so the service worker sends only that person's writes. */
export async function rememberCurrentUser(userId: string | null) {
	if (userId) await run('meta', 'readwrite', (store) => store.put(userId, 'currentUser'));
	else await run('meta', 'readwrite', (store) => store.delete('currentUser'));
}

export function currentUser(): Promise<string | undefined> {
	return run('meta', 'readonly', (store) => store.get('currentUser'));
}

export type SendOutcome = 'sent' | 'refused' | 'retry';

/**
 * What the server's answer to a queued form means. A Kit form action answers JSON: a redirect or
 * success means stored (or stored earlier: the client id makes a repeat harmless); a failure means
 * the server will never take it as it is. 401: another person is logged in, or nobody; try later.
 */
export function outcomeOf(status: number, body: string): SendOutcome {
	if (status === 401) return 'retry';
	let type: unknown;
	try {
		type = (JSON.parse(body) as { type?: unknown }).type;
	} catch {
		return status >= 500 ? 'retry' : 'refused';
	}
	if (type === 'redirect' || type === 'success') return 'sent';
	if (type === 'failure') return 'refused';
	return status >= 400 && status < 500 ? 'refused' : 'retry';
}

function toDraft(fields: [string, string][]): DraftFields {
	const draft: DraftFields = {};
	for (const [name, value] of fields) if (name !== 'clientId') (draft[name] ??= []).push(value);
	return draft;
}

/** `refusedForms`: the pages of the forms that refused writes went back into. */
export type SendSummary = { sent: number; refusedForms: string[]; waiting: number };

async function sendAll(userId: string): Promise<SendSummary> {
	const summary: SendSummary = { sent: 0, refusedForms: [], waiting: 0 };
	const writes = await waitingWrites(userId);
	for (const [index, write] of writes.entries()) {
		let outcome: SendOutcome;
		try {
			const response = await fetch(write.action, {
				method: 'POST',
				headers: {
					accept: 'application/json',
					'content-type': 'application/x-www-form-urlencoded',
					'x-sveltekit-action': 'true',
					[queuedForHeader]: userId
				},
				body: new URLSearchParams(write.fields),
				cache: 'no-store'
			});
			outcome = outcomeOf(response.status, await response.text());
		} catch {
			// No network after all: the rest waits for the next chance.
			summary.waiting += writes.length - index;
			return summary;
		}
		if (outcome === 'retry') {
			summary.waiting += 1;
			continue;
		}
		if (outcome === 'refused') {
			// Nothing is lost: what was written goes back into its form, unless a newer draft is there.
			if (!(await loadDraft(userId, write.formKey))) await saveDraft(userId, write.formKey, toDraft(write.fields));
			summary.refusedForms.push(new URL(write.action).pathname);
		} else {
			summary.sent += 1;
		}
		await forget(write.clientId);
	}
	return summary;
}

/**
 * Sends the person's waiting writes, oldest first. The page and the service worker may both try
 * at once; a Web Lock lets one of them send while the other waits and then finds nothing left.
 */
export function sendWaitingWrites(userId: string): Promise<SendSummary> {
	const locks = globalThis.navigator?.locks;
	return locks ? locks.request('samklang-queue', () => sendAll(userId)) : sendAll(userId);
}
