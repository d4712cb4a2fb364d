import { openDB, type IDBPDatabase } from 'idb';

/** What a form held: field name → value(s). Checkbox groups keep every ticked value. */
export type DraftFields = Record<string, string[]>;

const STORE = 'drafts';
let database: Promise<IDBPDatabase> | null = null;

function open() {
	database ??= openDB('samklang', 1, {
		upgrade(db) {
			db.createObjectStore(STORE);
		}
	});
	return database;
}

/** Drafts are kept per person: another person logging in on the same phone never sees them. */
const keyOf = (userId: string, formKey: string) => `${userId}:${formKey}`;

export async function saveDraft(userId: string, formKey: string, fields: DraftFields) {
	await (await open()).put(STORE, fields, keyOf(userId, formKey));
}

export async function loadDraft(userId: string, formKey: string): Promise<DraftFields | undefined> {
	return (await open()).get(STORE, keyOf(userId, formKey));
}

export async function clearDraft(userId: string, formKey: string) {
	await (await open()).delete(STORE, keyOf(userId, formKey));
}

/** At log-out everything typed on this device goes. */
export async function clearAllDrafts() {
	await (await open()).clear(STORE);
}
