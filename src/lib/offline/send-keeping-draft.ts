import type { SubmitFunction } from '$app/forms';
import { neverArrived } from './send-result.js';

type Options = {
	/** Whether the last try failed for want of a network, so the page can say the words are kept. */
	onOffline: (isOffline: boolean) => void;
	/** Clear the fields after a success (a form that adds something); changes keep what is shown. */
	reset?: boolean;
};

/**
 * For a form that changes what is already stored, where waiting in a queue could overwrite a
 * newer change: sent only with a network. Without one nothing is sent, the draft stays on the
 * phone, and the page says so. Give it to keepDraft, which removes the draft once the server has
 * the change.
 */
export function sendKeepingDraft(options: Options): SubmitFunction {
	return ({ cancel }) => {
		if (!navigator.onLine) {
			cancel();
			options.onOffline(true);
			return;
		}
		options.onOffline(false);
		return async ({ result, update }) => {
			if (neverArrived(result)) return options.onOffline(true);
			await update({ reset: options.reset ?? false });
		};
	};
}
