import { run } from './database.js';

/** What a form held: field name → value(s). Checkbox groups keep every ticked value. */
export type DraftFields = Record<string, string[]>;

/** Drafts are kept per person: another person logging in on the same phone never sees them. */
const keyOf = (userId: string, formKey: string) => `${userId}:${formKey}`;

export async function saveDraft(userId: string, formKey: string, fields: DraftFields) {
	await run('drafts', 'readwrite', (store) => store.put(fields, keyOf(userId, formKey)));
}

export function loadDraft(userId: string, formKey: string): Promise<DraftFields | undefined> {
	return run('drafts', 'readonly', (store) => store.get(keyOf(userId, formKey)));
}

export async function clearDraft(userId: string, formKey: string) {
	await run('drafts', 'readwrite', (store) => store.delete(keyOf(userId, formKey)));
}

/** At log-out everything typed on this device goes. */
export async function clearAllDrafts() {
	await run('drafts', 'readwrite', (store) => store.clear());
}
