// Crash: kill -9 an own server in the middle of a stream of writes, start it again on the same
// file, and check that every write it had acknowledged is there and the database is sound.
import { statSync } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import {
	createCitizensOn,
	dreamForm,
	dreamsWithoutVersion,
	freshFolder,
	getPage,
	integrity,
	isDreamSaved,
	openFile,
	ownPort,
	postForm,
	startServer,
	startWriteStream,
	storedMarkers,
	type OwnServer
} from './server.ts';

const CITIZENS = 20;
const CONCURRENT_WRITES = 20;

test('kill -9 mid-stream loses no acknowledged write and leaves the database sound', async () => {
	const file = join(freshFolder('crash'), 'crash.db');
	const databaseUrl = `file:${file}`;
	const servers: OwnServer[] = [];
	try {
		const first = await startServer(ownPort, databaseUrl);
		servers.push(first);
		const visitors = await createCitizensOn(first, databaseUrl, CITIZENS);

		// Kill after a few hundred acknowledged writes, at a point that differs from run to run.
		const killAfter = 300 + Math.floor(Math.random() * 200);
		const prefix = `crash-${crypto.randomUUID()}`;
		const stream = startWriteStream(first.url, visitors, CONCURRENT_WRITES, prefix);
		await stream.acknowledgedAtLeast(killAfter);
		expect(stream.failures, 'failures before the kill').toEqual([]);
		await first.stop('SIGKILL');
		// Every write in flight now fails; answers that arrived before the kill still count.
		await stream.stop();
		const walBytes = statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0;

		const second = await startServer(ownPort, databaseUrl);
		servers.push(second);
		const database = openFile(databaseUrl);
		const stored = await storedMarkers(database, prefix);
		const halfDone = await dreamsWithoutVersion(database, prefix);
		const check = await integrity(database);
		database.close();

		const sent = new Set(stream.sent);
		const figures =
			`${stream.sent.length} writes sent, ${stream.acknowledged.length} acknowledged before kill -9, ` +
			`${stream.failures.length} cut off in flight; ${stored.size} stored after restart ` +
			`(WAL left by the crash: ${walBytes} bytes); integrity ${check}`;
		console.log(`crash: ${figures}`);
		test.info().annotations.push({ type: 'crash', description: figures });

		// The kill really came mid-stream, with the WAL not yet folded into the database file.
		expect(stream.failures.length).toBeGreaterThan(0);
		expect(walBytes).toBeGreaterThan(0);
		expect(stream.acknowledged.filter((marker) => !stored.has(marker)), 'acknowledged but lost').toEqual([]);
		// Writes cut off in flight may or may not have committed, but nothing appears from nowhere.
		expect([...stored].filter((marker) => !sent.has(marker)), 'stored but never sent').toEqual([]);
		expect(stored.size - stream.acknowledged.length).toBeLessThanOrEqual(stream.failures.length);
		expect(halfDone, 'dreams without their first version (a torn transaction)').toBe(0);
		expect(check).toBe('ok');

		// The restarted server works on the recovered file: the sessions hold and a new write is shown.
		const agent = new http.Agent();
		try {
			const marker = `${prefix}-after-restart`;
			expect(isDreamSaved(await postForm(agent, `${second.url}/me/dreams/new`, dreamForm(marker), visitors[0]!))).toBe(true);
			const page = await getPage(agent, `${second.url}/me/dreams`, visitors[0]!);
			expect(page.status).toBe(200);
			expect(page.body).toContain(marker);
		} finally {
			agent.destroy();
		}
	} finally {
		for (const server of servers) await server.stop();
	}
});
