import type { SubmitFunction } from '$app/forms';

type Options = {
	userId: string;
	/** The form's draft key (see keepDraft). */
	formKey: string;
	/** Whether the last try failed for want of a network, so the page can say the words are kept. */
	onOffline: (isOffline: boolean) => void;
	/** Clear the fields after a success (a form that adds something); changes keep what is shown. */
	reset?: boolean;
};

/**
 * For a form that changes what is already stored, where waiting in a queue could overwrite a
 * newer change: sent only with a network. Without one nothing is sent, the draft stays on the
 * phone, and the page says so; the draft goes once the server has the change.
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
			// An error without a status is a send that never reached the server.
			if (result.type === 'error' && result.status === undefined) return options.onOffline(true);
			if (result.type === 'redirect' || result.type === 'success') {
				await import('./drafts.js').then(({ clearDraft }) => clearDraft(options.userId, options.formKey)).catch(() => {});
			}
			await update({ reset: options.reset ?? false });
		};
	};
}
