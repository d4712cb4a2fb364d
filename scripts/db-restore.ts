// `npm run db:restore -- <backup-file>`: puts a backup in place of the embedded database.
// Stop the app first: a running server holds the old file open. The backup is checked before
// anything is touched, and the current database is kept beside it as `<name>.before-restore-<time>`.
import { copyFileSync, existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { createClient } from '@libsql/client';

const backup = process.argv[2];
const url = process.env.DATABASE_URL || 'file:data/samklang.db';
if (!backup || !existsSync(backup)) {
	console.error('Usage: npm run db:restore -- <backup-file>   (with the app stopped)');
	process.exit(1);
}
if (!url.startsWith('file:')) {
	console.error('db:restore restores the embedded database only. A libSQL server restores from its own backups.');
	process.exit(1);
}

const check = createClient({ url: `file:${resolve(backup)}` });
const result = await check.execute('PRAGMA integrity_check');
check.close();
if (result.rows[0]?.[0] !== 'ok') {
	console.error(`${backup} failed its integrity check; nothing was changed.`);
	process.exit(1);
}

const target = resolve(url.slice('file:'.length).split('?')[0]!);
if (existsSync(target)) {
	const kept = `${target}.before-restore-${new Date().toISOString().replace(/[:.]/g, '-')}`;
	renameSync(target, kept);
	console.log(`The current database is kept as ${kept}.`);
}
// Stale WAL files belong to the old database and must not be replayed onto the restored one.
for (const suffix of ['-wal', '-shm']) rmSync(target + suffix, { force: true });
copyFileSync(resolve(backup), target);
console.log(`Restored ${backup} to ${target}. Start the app again.`);
