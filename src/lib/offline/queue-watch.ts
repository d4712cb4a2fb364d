import { invalidateAll } from '$app/navigation';
import { currentUser, queueChangedEvent, rememberCurrentUser, sendWaitingWrites, waitingWrites } from './queue.js';
import { waitingItem, type WaitingItem } from './waiting-items.js';

export type QueueState = {
	waiting: number;
	/** What waits, oldest first: the form empties once it is kept, so the words are shown here. */
	items: WaitingItem[];
	/** Everything that waited has gone out: say "Sendt". */
	isSent: boolean;
	/** The page of a form a refused write went back into. */
	refusedForm: string | null;
};

/**
 * Keeps the person's waiting writes moving: sends them when the page opens, when the network
 * comes back, when the app returns to the foreground, and after the service worker sent some;
 * reports the state for the status line. Returns a function that stops watching.
 */
export function watchQueue(userId: string | null, report: (state: QueueState) => void): () => void {
	const state: QueueState = { waiting: 0, items: [], isSent: false, refusedForm: null };
	let isSending = false;

	/** Reads how many writes wait; when they all went out (from here or the service worker), says so. */
	async function refresh(owner: string, wasRefused = false) {
		const before = state.waiting;
		const writes = await waitingWrites(owner);
		state.waiting = writes.length;
		state.items = writes.map(waitingItem);
		if (before > 0 && state.waiting === 0 && !wasRefused) {
			state.isSent = true;
			await invalidateAll();
		}
		report({ ...state });
	}

	async function refreshAndSend() {
		// The offline page does not know who is logged in; the device remembers it.
		if (userId) await rememberCurrentUser(userId);
		const owner = userId ?? (await currentUser());
		if (!owner) return;
		await refresh(owner);
		if (state.waiting === 0 || !navigator.onLine || isSending) return;
		isSending = true;
		try {
			const summary = await sendWaitingWrites(owner);
			state.refusedForm = summary.refusedForms[0] ?? state.refusedForm;
			await refresh(owner, summary.sent === 0 && summary.refusedForms.length > 0);
		} finally {
			isSending = false;
		}
	}

	const tryAgain = () => void refreshAndSend().catch(() => {});
	const onVisible = () => document.visibilityState === 'visible' && tryAgain();
	const onQueued = () => {
		state.isSent = false;
		tryAgain();
	};
	const onWorkerMessage = (event: MessageEvent) => event.data?.type === 'QUEUE_SENT' && tryAgain();

	tryAgain();
	addEventListener('online', tryAgain);
	addEventListener(queueChangedEvent, onQueued);
	document.addEventListener('visibilitychange', onVisible);
	navigator.serviceWorker?.addEventListener('message', onWorkerMessage);
	return () => {
		removeEventListener('online', tryAgain);
		removeEventListener(queueChangedEvent, onQueued);
		document.removeEventListener('visibilitychange', onVisible);
		navigator.serviceWorker?.removeEventListener('message', onWorkerMessage);
	};
}
