// `npm run db:backup [-- <file>]`: a consistent copy of the embedded database, safe while the app runs.
// VACUUM INTO writes a snapshot inside one read transaction, so writes going on meanwhile are
// either wholly in the copy or wholly not. The copy is then checked with PRAGMA integrity_check.
import { mkdirSync, existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { createClient } from '@libsql/client';

const url = process.env.DATABASE_URL || 'file:data/samklang.db';
if (!url.startsWith('file:')) {
	console.error('db:backup copies the embedded database only. A libSQL server keeps its own backups (see README).');
	process.exit(1);
}
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const target = resolve(process.argv[2] ?? `backups/samklang-${stamp}.db`);
if (existsSync(target)) {
	console.error(`${target} exists already; choose another file.`);
	process.exit(1);
}
mkdirSync(dirname(target), { recursive: true });

const source = createClient({ url, timeout: 10_000 });
await source.execute({ sql: 'VACUUM INTO ?', args: [target] });
source.close();

const copy = createClient({ url: `file:${target}` });
const check = await copy.execute('PRAGMA integrity_check');
copy.close();
if (check.rows[0]?.[0] !== 'ok') {
	console.error(`The copy failed its integrity check: ${JSON.stringify(check.rows)}`);
	process.exit(1);
}
console.log(`Backup written to ${target} (integrity ok).`);
