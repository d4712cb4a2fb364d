import type { Action } from 'svelte/action';
import type { DraftFields } from './drafts.js';

/** Fields that identify the form itself, not what the person typed. */
const skipped = new Set(['clientId']);

function readFields(form: HTMLFormElement): DraftFields {
	const fields: DraftFields = {};
	for (const [name, value] of new FormData(form)) {
		if (skipped.has(name) || typeof value !== 'string') continue;
		(fields[name] ??= []).push(value);
	}
	return fields;
}

function writeFields(form: HTMLFormElement, fields: DraftFields) {
	for (const element of form.elements) {
		if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) || skipped.has(element.name)) continue;
		// Hidden fields say which form this is (its question set, its visit), not what was typed.
		if (element.type === 'hidden') continue;
		const values = fields[element.name];
		if (!values) continue;
		if (element instanceof HTMLInputElement && (element.type === 'checkbox' || element.type === 'radio')) {
			element.checked = values.includes(element.value);
		} else {
			element.value = values[0] ?? '';
		}
	}
}

/**
 * Keeps what is typed into a form on this device while the person types, so a reload, a closed
 * app or a lost connection loses nothing. The draft comes back when the form is opened again;
 * the page removes it (clearDraft) once the server has accepted the form, not before, so a send
 * that fails on a bad connection keeps it.
 */
export const keepDraft: Action<HTMLFormElement, { userId: string; formKey: string }> = (form, { userId, formKey }) => {
	let timer: ReturnType<typeof setTimeout> | undefined;
	let isTouched = false;
	// The storage code loads after the page, so it does not weigh on the form's first load.
	const drafts = import('./drafts.js');

	drafts
		.then(({ loadDraft }) => loadDraft(userId, formKey))
		.then((draft) => {
			// Never overwrite what was typed before the draft was read.
			if (draft && !isTouched) writeFields(form, draft);
		})
		.catch(() => {});

	const saveNow = () => {
		isTouched = true;
		clearTimeout(timer);
		const fields = readFields(form);
		drafts.then(({ saveDraft }) => saveDraft(userId, formKey, fields)).catch(() => {});
	};
	// Typing is saved when the fingers pause; a choice (radio, checkbox) at once.
	const saveSoon = () => {
		isTouched = true;
		clearTimeout(timer);
		timer = setTimeout(saveNow, 300);
	};
	// Leaving the page or the app must not lose the last few letters.
	const saveIfPending = () => {
		if (timer !== undefined && document.visibilityState === 'hidden') saveNow();
	};
	form.addEventListener('input', saveSoon);
	form.addEventListener('change', saveNow);
	document.addEventListener('visibilitychange', saveIfPending);
	return {
		destroy() {
			clearTimeout(timer);
			form.removeEventListener('input', saveSoon);
			form.removeEventListener('change', saveNow);
			document.removeEventListener('visibilitychange', saveIfPending);
		}
	};
};
