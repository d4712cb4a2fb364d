import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { createClient, type Client } from '@libsql/client';
import { drizzle } from 'drizzle-orm/libsql';
import * as schema from './schema/index.js';
import { serializeWrites } from './serialize-writes.js';

/** Opens a libSQL database: an embedded file, or a remote server with the same code. */
export function openDatabase(url: string, authToken?: string) {
	const isFile = url.startsWith('file:');
	if (isFile) ensureFolderFor(url);
	// Busy timeout: with WAL, writers from other processes wait instead of failing; within this
	// process writers are queued (see serialize-writes.ts).
	const raw = createClient({ url, authToken, timeout: isFile ? 5000 : undefined });
	const client = isFile ? serializeWrites(raw) : raw;
	return { client, db: drizzle(client, { schema }) };
}

export type Database = ReturnType<typeof openDatabase>['db'];

/** WAL lets readers and one writer work at once, and survives a crash mid-write. Only for files. */
export async function tuneFileDatabase(client: Client, url: string) {
	if (!url.startsWith('file:') || url.includes(':memory:')) return;
	await client.execute('PRAGMA journal_mode = WAL');
	await client.execute('PRAGMA synchronous = NORMAL');
}

function ensureFolderFor(url: string) {
	const path = url.slice('file:'.length).split('?')[0] ?? '';
	if (path && path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
}
