import type { SubmitFunction } from '$app/forms';
import { neverArrived } from './send-result.js';
import type { GenericSchema } from 'valibot';

type Options = {
	userId: string;
	/** The form's draft key (see keepDraft). */
	formKey: string;
	/** The server's schema, loaded when needed: a form kept for later is checked on the phone first. */
	schema: () => Promise<GenericSchema>;
	/** Checkbox groups in the form (see parseForm). */
	lists?: readonly string[];
	/** Problems found on the phone (in words), or null when the form was kept and the page should clear them. */
	onCheck: (errors: Record<string, string> | null) => void;
};

/** Asks the service worker to send the queue when the network is back, even if the app is closed. */
async function askForBackgroundSync() {
	const registration = await navigator.serviceWorker?.ready;
	const sync = (registration as (ServiceWorkerRegistration & { sync?: { register(tag: string): Promise<void> } }) | undefined)?.sync;
	await sync?.register('samklang-send-queue');
}

/**
 * For a form that creates something and carries a `clientId`: sent as usual when there is a
 * network; kept on the device and sent later when there is none (or the send fails on the way).
 * Give it to keepDraft: the draft is cleared once the server (keepDraft) or the queue (here) holds
 * the form.
 */
export function sendOrQueue(options: Options): SubmitFunction {
	return ({ formData, action, formElement, cancel }) => {
		const keepForLater = async () => {
			// Loaded only when a form is kept for later (the service worker holds them for offline use),
			// so the form page's first load stays light.
			const [{ parseForm }, { formErrorTexts }, schema, { enqueue, queueChangedEvent }, { clearDraft }] = await Promise.all([
				import('../validation/form.js'),
				import('../i18n/form-errors.js'),
				options.schema(),
				import('./queue.js'),
				import('./drafts.js')
			]);
			const parsed = parseForm(schema, formData, options.lists);
			if (!parsed.success) return options.onCheck(formErrorTexts(parsed.errors));
			const fields = [...formData].flatMap(([name, value]) => (typeof value === 'string' ? [[name, value] as [string, string]] : []));
			await enqueue({
				clientId: String(formData.get('clientId')),
				userId: options.userId,
				action: action.href,
				fields,
				formKey: options.formKey,
				queuedAt: Date.now()
			});
			await clearDraft(options.userId, options.formKey);
			formElement.reset();
			// The next thing written in this form is a new write with its own id.
			const clientIdInput = formElement.elements.namedItem('clientId');
			if (clientIdInput instanceof HTMLInputElement) clientIdInput.value = crypto.randomUUID();
			dispatchEvent(new Event(queueChangedEvent));
			askForBackgroundSync().catch(() => {});
			options.onCheck(null);
			// The status line at the top says the form is kept on the phone. It is a live region, so a
			// screen reader reads it out; focusing it as well made it read twice. Show it to the eye.
			document.getElementById('queue-status')?.scrollIntoView({ block: 'nearest' });
		};

		if (!navigator.onLine) {
			cancel();
			return void keepForLater();
		}
		return async ({ result, update }) => {
			if (neverArrived(result)) return keepForLater();
			await update();
		};
	};
}
