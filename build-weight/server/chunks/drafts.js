// src/lib/offline/database.ts
/**
* The app's one IndexedDB database on the device: drafts being typed, writes waiting for a
* network, and who is logged in (for the service worker). A few lines of IndexedDB rather than a
* wrapper library: this runs on the citizen's pages, which have a 60 KB budget, and in the
* service worker.
*/
var stores = [
	"drafts",
	"queue",
	"meta"
];
var database = null;
function open() {
	database ??= new Promise((resolve, reject) => {
		const request = indexedDB.open("samklang", 2);
		request.onupgradeneeded = () => {
			for (const name of stores) if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name);
		};
		request.onsuccess = () => {
			request.result.onversionchange = () => {
				request.result.close();
				database = null;
			};
			resolve(request.result);
		};
		request.onerror = () => {
			database = null;
			reject(request.error);
		};
	});
	return database;
}
/** Runs one request on a store and settles with its result. */
async function run(storeName, mode, action) {
	const store = (await open()).transaction(storeName, mode).objectStore(storeName);
	return new Promise((resolve, reject) => {
		const request = action(store);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}
// src/lib/offline/drafts.ts
/** Drafts are kept per person: another person logging in on the same phone never sees them. */
var keyOf = (userId, formKey) => `${userId}:${formKey}`;
async function saveDraft(userId, formKey, fields) {
	await run("drafts", "readwrite", (store) => store.put(fields, keyOf(userId, formKey)));
}
function loadDraft(userId, formKey) {
	return run("drafts", "readonly", (store) => store.get(keyOf(userId, formKey)));
}
async function clearDraft(userId, formKey) {
	await run("drafts", "readwrite", (store) => store.delete(keyOf(userId, formKey)));
}
/** At log-out everything typed on this device goes. */
async function clearAllDrafts() {
	await run("drafts", "readwrite", (store) => store.clear());
}
export { run as a, saveDraft as i, clearDraft as n, loadDraft as r, clearAllDrafts as t };

//# sourceMappingURL=drafts.js.map