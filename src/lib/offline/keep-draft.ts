import type { Action } from 'svelte/action';
import { enhance, type SubmitFunction } from '$app/forms';
import { page } from '$app/state';
import type { DraftFields } from './drafts.js';
import { isLoggedOut } from './send-result.js';
import { writtenForField } from './written-for.js';

/** Fields that identify the form itself, not what the person typed. */
const skipped = new Set(['clientId']);

function readFields(form: HTMLFormElement): DraftFields {
	const fields: DraftFields = {};
	// A password is never kept on the device.
	const passwords = new Set([...form.elements].flatMap((element) => (element instanceof HTMLInputElement && element.type === 'password' ? [element.name] : [])));
	for (const [name, value] of new FormData(form)) {
		if (skipped.has(name) || passwords.has(name) || typeof value !== 'string') continue;
		(fields[name] ??= []).push(value);
	}
	return fields;
}

function writeFields(form: HTMLFormElement, fields: DraftFields) {
	for (const element of form.elements) {
		if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) || skipped.has(element.name)) continue;
		// Hidden fields say which form this is (its question set, its visit), not what was typed.
		if (element.type === 'hidden' || element.type === 'file' || element.type === 'password') continue;
		const values = fields[element.name];
		if (!values) continue;
		if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
			element.checked = values.includes(element.value);
		} else {
			element.value = values[0] ?? '';
		}
	}
}

type Options = {
	/** Names the form among the person's drafts, e.g. `dream-<id>`; forms in a list add the item's id. */
	formKey: string;
	/** What the form does on sending (see sendOrQueue, sendKeepingDraft); plain `update()` when left out. */
	submit?: SubmitFunction;
	/** Without `submit`: false keeps the words shown after a success (a form that changes something). */
	reset?: boolean;
};

/**
 * Use instead of `use:enhance` on every form people write words in. It keeps what is typed on
 * this device, per person and form, while they type, so a reload, a closed app, a lost
 * connection or a session that ran out loses nothing; the draft comes back when the form opens
 * again, and goes only once the server has accepted the form. A send refused because the
 * session ran out (401, or a redirect to log-in) is not "accepted": the draft stays and a notice
 * above the form says so, with a link to log in that comes back here.
 */
export const keepDraft: Action<HTMLFormElement, Options> = (form, options) => {
	let timer: ReturnType<typeof setTimeout> | undefined;
	// Set by a few lines in app.html when someone typed before this script ran (a slow phone).
	let isTouched = form.hasAttribute('data-changed');
	// Read once: after the session runs out, the page still knows who typed.
	const userId = page.data.user?.id as string | undefined;
	// The storage code loads after the page, so it does not weigh on the form's first load.
	const drafts = import('./drafts.js');
	let notice: { destroy(): void } | undefined;

	if (userId) {
		drafts
			.then(({ loadDraft }) => loadDraft(userId, options.formKey))
			.then((draft) => {
				// Never overwrite what was typed before the draft was read.
				if (draft && !isTouched) writeFields(form, draft);
			})
			.catch(() => {});
	}

	const saveNow = () => {
		clearTimeout(timer);
		timer = undefined;
		if (!userId) return Promise.resolve();
		const fields = readFields(form);
		return drafts.then(({ saveDraft }) => saveDraft(userId, options.formKey, fields)).catch(() => {});
	};
	// Words typed while the script was still loading are kept like any others.
	if (isTouched) void saveNow();
	const onChange = () => {
		isTouched = true;
		void saveNow();
	};
	// Typing is saved when the fingers pause; a choice (radio, checkbox) at once.
	const saveSoon = () => {
		isTouched = true;
		clearTimeout(timer);
		timer = setTimeout(saveNow, 300);
	};
	// Leaving the page or the app must not lose the last few letters.
	const saveIfPending = () => {
		if (timer !== undefined && document.visibilityState === 'hidden') void saveNow();
	};

	const enhanced = enhance(form, async (input) => {
		// The last letters are kept before anything is sent; a pending save can never run after
		// the draft is removed and bring back words the server already has.
		if (timer !== undefined) await saveNow();
		if (userId) input.formData.set(writtenForField, userId);
		const callback = await options.submit?.(input);
		return async (result) => {
			if (isLoggedOut(result.result)) {
				await saveNow();
				notice ??= await import('./logged-out-notice.js')
					.then(({ showLoggedOutNotice }) => showLoggedOutNotice(form))
					.catch(() => undefined);
				return;
			}
			notice?.destroy();
			notice = undefined;
			if (userId && (result.result.type === 'success' || result.result.type === 'redirect')) {
				await drafts.then(({ clearDraft }) => clearDraft(userId, options.formKey)).catch(() => {});
			}
			await (callback ? callback(result) : result.update({ reset: options.reset }));
		};
	});

	form.addEventListener('input', saveSoon);
	form.addEventListener('change', onChange);
	document.addEventListener('visibilitychange', saveIfPending);
	return {
		update(next) {
			options = next;
		},
		destroy() {
			clearTimeout(timer);
			enhanced.destroy();
			notice?.destroy();
			form.removeEventListener('input', saveSoon);
			form.removeEventListener('change', onChange);
			document.removeEventListener('visibilitychange', saveIfPending);
		}
	};
};
