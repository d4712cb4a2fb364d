import type { ActionResult } from '$app/forms';

/** An error without a status is a send that never reached the server (no network on the way). */
export const neverArrived = (result: ActionResult) => result.type === 'error' && result.status === undefined;

/**
 * The draft on the phone goes once the server has the form, not before, so a failed send keeps
 * it. The drafts' storage code loads only now, to keep the form page's first load light.
 */
export async function forgetDraftIfAccepted(result: ActionResult, userId: string, formKey: string) {
	if (result.type !== 'redirect' && result.type !== 'success') return;
	await import('./drafts.js').then(({ clearDraft }) => clearDraft(userId, formKey)).catch(() => {});
}
