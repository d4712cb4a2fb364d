// Vitest runs this before each test file: a fresh database file per file, fully migrated.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const folder = mkdtempSync(join(tmpdir(), 'samklang-unit-'));
process.env.DATABASE_URL = `file:${join(folder, 'test.db')}`;
process.env.SAMKLANG_DEMO = '0';

const { client, db } = await import('./db/index.js');
const { migrateDatabase } = await import('./db/migrate.js');
await migrateDatabase(db, client, process.env.DATABASE_URL, 'drizzle');
