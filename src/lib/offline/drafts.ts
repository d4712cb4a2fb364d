/** What a form held: field name → value(s). Checkbox groups keep every ticked value. */
export type DraftFields = Record<string, string[]>;

const STORE = 'drafts';
let database: Promise<IDBDatabase> | null = null;

// A few lines of IndexedDB rather than a wrapper library: this runs on the citizen's form pages,
// which have a 60 KB budget.
function open(): Promise<IDBDatabase> {
	database ??= new Promise((resolve, reject) => {
		const request = indexedDB.open('samklang', 1);
		request.onupgradeneeded = () => request.result.createObjectStore(STORE);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
	return database;
}

/** Runs one request on the drafts store and settles with its result. */
async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
	const store = (await open()).transaction(STORE, mode).objectStore(STORE);
	return new Promise((resolve, reject) => {
		const request = action(store);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}

/** Drafts are kept per person: another person logging in on the same phone never sees them. */
const keyOf = (userId: string, formKey: string) => `${userId}:${formKey}`;

export async function saveDraft(userId: string, formKey: string, fields: DraftFields) {
	await run('readwrite', (store) => store.put(fields, keyOf(userId, formKey)));
}

export function loadDraft(userId: string, formKey: string): Promise<DraftFields | undefined> {
	return run('readonly', (store) => store.get(keyOf(userId, formKey)));
}

export async function clearDraft(userId: string, formKey: string) {
	await run('readwrite', (store) => store.delete(keyOf(userId, formKey)));
}

/** At log-out everything typed on this device goes. */
export async function clearAllDrafts() {
	await run('readwrite', (store) => store.clear());
}
