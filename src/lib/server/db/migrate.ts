import { migrate } from 'drizzle-orm/libsql/migrator';
import type { Client } from '@libsql/client';
import type { Database } from './client.js';
import { tuneFileDatabase } from './client.js';

/** Applies every migration in `drizzle/` that the database has not seen yet. */
export async function migrateDatabase(db: Database, client: Client, url: string, folder: string) {
	await tuneFileDatabase(client, url);
	await migrate(db, { migrationsFolder: folder });
}
