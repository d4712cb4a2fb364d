/**
 * The app's one IndexedDB database on the device: drafts being typed, writes waiting for a
 * network, and who is logged in (for the service worker). A few lines of IndexedDB rather than a
 * wrapper library: this runs on the citizen's pages, which have a 60 KB budget, and in the
 * service worker.
 */
const stores = ['drafts', 'queue', 'meta'] as const;
export type StoreName = (typeof stores)[number];

let database: Promise<IDBDatabase> | null = null;

function open(): Promise<IDBDatabase> {
	database ??= new Promise((resolve, reject) => {
		const request = indexedDB.open('samklang', 2);
		request.onupgradeneeded = () => {
			for (const name of stores) {
				if (!request.result.objectStoreNames.contains(name)) request.result.createObjectStore(name);
			}
		};
		request.onsuccess = () => {
			// A newer version of the app (in another tab, or the service worker) needs the database:
			// let it go, and open it anew on the next use.
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
export async function run<T>(
	storeName: StoreName,
	mode: IDBTransactionMode,
	action: (store: IDBObjectStore) => IDBRequest<T>
): Promise<T> {
	const store = (await open()).transaction(storeName, mode).objectStore(storeName);
	return new Promise((resolve, reject) => {
		const request = action(store);
		request.onsuccess = () => resolve(request.result);
		request.onerror = () => reject(request.error);
	});
}
