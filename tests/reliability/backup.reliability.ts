// Backup: `npm run db:backup` while the shared server is writing, then `npm run db:restore` into a
// new file. The copy is a consistent snapshot holding every write acknowledged before it started,
// and the restored database is the backup, table by table, and works for the app.
import http from 'node:http';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { createCitizen, createSession, createUnit } from '../../src/lib/server/testing/factories.ts';
import {
	describeTables,
	dreamsWithoutVersion,
	freshFolder,
	getPage,
	integrity,
	openFile,
	ownPort,
	runNpm,
	startServer,
	startWriteStream,
	storedMarkers,
	type OwnServer,
	type Visitor
} from './server.ts';

const CITIZENS = 20;
const CONCURRENT_WRITES = 10;

test('a backup taken during writes restores to the same rows, with every earlier write', async ({ baseURL }) => {
	const folder = freshFolder('backup');
	const backupFile = join(folder, 'backup.db');
	mkdirSync(join(folder, 'restored'));
	const restoredUrl = `file:${join(folder, 'restored', 'samklang.db')}`;

	const unit = await createUnit();
	const citizens: { id: string; visitor: Visitor }[] = [];
	for (let i = 0; i < CITIZENS; i++) {
		const person = await createCitizen(unit.id, { canLogIn: true });
		const { token } = await createSession(person.userId, 'backup');
		citizens.push({ id: person.id, visitor: { cookie: `__Host-session=${token}`, address: `10.50.0.${i + 1}` } });
	}

	const prefix = `backup-${crypto.randomUUID()}`;
	const stream = startWriteStream(baseURL!, citizens.map((c) => c.visitor), CONCURRENT_WRITES, prefix);
	let restoredServer: OwnServer | null = null;
	try {
		await stream.acknowledgedAtLeast(150);
		const acknowledgedBefore = [...stream.acknowledged];
		const backupStartedAt = performance.now();
		await runNpm('db:backup', [backupFile], { DATABASE_URL: process.env.DATABASE_URL! });
		const backupMs = Math.round(performance.now() - backupStartedAt);
		const acknowledgedDuring = stream.acknowledged.length - acknowledgedBefore.length;
		// Keep writing a little after the backup, so the copy is cut from the middle of a stream.
		await stream.acknowledgedAtLeast(stream.acknowledged.length + 30);
		await stream.stop();
		expect(stream.failures, 'writes refused while the backup ran').toEqual([]);

		await runNpm('db:restore', [backupFile], { DATABASE_URL: restoredUrl });

		const backup = openFile(`file:${backupFile}`);
		const restored = openFile(restoredUrl);
		const inBackup = await storedMarkers(backup, prefix);
		const backupTables = await describeTables(backup);
		const backupHalfDone = await dreamsWithoutVersion(backup, prefix);
		const restoredTables = await describeTables(restored);
		const inRestored = await storedMarkers(restored, prefix);
		const restoredCheck = await integrity(restored);
		const firstCitizenDreams = await restored.execute({
			sql: 'SELECT text FROM dreams WHERE citizen_id = ? AND text LIKE ?',
			args: [citizens[0]!.id, `${prefix}-%`]
		});
		backup.close();
		restored.close();

		const rowCount = (tables: Record<string, { rows: number }>) => Object.values(tables).reduce((sum, table) => sum + table.rows, 0);
		const figures =
			`${acknowledgedBefore.length} writes acknowledged before the backup, ${acknowledgedDuring} during it (${backupMs} ms), ` +
			`${stream.acknowledged.length} in all; backup holds ${inBackup.size} of them; ` +
			`${Object.keys(backupTables).length} tables, ${rowCount(backupTables)} rows in the backup, ${rowCount(restoredTables)} restored; ` +
			`integrity ${restoredCheck}`;
		console.log(`backup: ${figures}`);
		test.info().annotations.push({ type: 'backup', description: figures });

		const sent = new Set(stream.sent);
		// The backup really ran while the server was writing.
		expect(acknowledgedDuring).toBeGreaterThan(0);
		expect(acknowledgedBefore.filter((marker) => !inBackup.has(marker)), 'acknowledged before the backup but missing').toEqual([]);
		expect([...inBackup].filter((marker) => !sent.has(marker)), 'in the backup but never sent').toEqual([]);
		expect(backupHalfDone, 'dreams in the backup without their first version (not a consistent snapshot)').toBe(0);
		expect(restoredTables).toEqual(backupTables);
		expect([...inRestored].sort()).toEqual([...inBackup].sort());
		expect(restoredCheck).toBe('ok');

		// The app runs on the restored file: the citizen's session and dreams are there.
		restoredServer = await startServer(ownPort, restoredUrl);
		const agent = new http.Agent();
		try {
			const page = await getPage(agent, `${restoredServer.url}/me/dreams`, citizens[0]!.visitor);
			expect(page.status).toBe(200);
			const texts = firstCitizenDreams.rows.map((row) => String(row[0]));
			expect(texts.length).toBeGreaterThan(0);
			expect(texts.filter((text) => !page.body.includes(text)), 'restored dreams missing from the page').toEqual([]);
		} finally {
			agent.destroy();
		}
	} finally {
		await stream.stop();
		await restoredServer?.stop();
	}
});
