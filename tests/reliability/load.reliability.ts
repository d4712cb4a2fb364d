// Load: 100 connections for 30 s of Min side reads and new dreams by 150 citizens at once.
// Every answer must be the expected one, and every dream the server acknowledged must be stored.
import http from 'node:http';
import { expect, test } from '@playwright/test';
import { assignWorker, createCitizen, createSession, createUnit, createWorker } from '../../src/lib/server/testing/factories.ts';
import { dreamForm, getPage, isDreamSaved, openFile, postForm, storedMarkers, type Visitor } from './server.ts';

const CONNECTIONS = 100;
const DURATION_MS = 30_000;
const CITIZENS = 150;
/** One request in four is a write. */
const WRITE_SHARE = 0.25;
const readPaths = ['/me', '/me/dreams', '/me/dreams/new', '/me/plan', '/me/contact-person', '/me/meetings', '/me/collaboration', '/me/contact'];

test('100 connections for 30 s: no errors and no acknowledged write lost', async ({ baseURL }) => {
	const unit = await createUnit();
	const workers = await Promise.all(Array.from({ length: 5 }, () => createWorker(unit.id)));
	const visitors: (Visitor & { name: string })[] = [];
	for (let i = 0; i < CITIZENS; i++) {
		const name = `Belastning Borger ${i} ${crypto.randomUUID().slice(0, 8)}`;
		const citizen = await createCitizen(unit.id, { canLogIn: true, name });
		await assignWorker(citizen.id, workers[i % workers.length]!.id);
		const { token } = await createSession(citizen.userId, 'load');
		visitors.push({ name, cookie: `__Host-session=${token}`, address: `10.20.${Math.floor(i / 250)}.${(i % 250) + 1}` });
	}

	const prefix = `load-${crypto.randomUUID()}`;
	const agent = new http.Agent({ keepAlive: true, maxSockets: CONNECTIONS });
	const acknowledged: string[] = [];
	const errors: string[] = [];
	const latencies: number[] = [];
	let requests = 0;
	let writes = 0;

	// Open all connections first, while the server is idle. Under load Node accepts one new
	// connection per event-loop turn (libuv/libuv#3696) and a turn here runs dozens of whole
	// requests, so connections opened mid-run wait seconds before their first byte is read.
	await Promise.all(Array.from({ length: CONNECTIONS }, () => getPage(agent, `${baseURL}/help`, visitors[0]!)));
	const openConnections = () => Object.values(agent.freeSockets).reduce((sum, sockets) => sum + (sockets?.length ?? 0), 0);
	expect(openConnections()).toBe(CONNECTIONS);

	// Each connection sends its next request when the previous one is answered, until the time is up;
	// requests in flight then finish, so every write sent has a known answer.
	const started = performance.now();
	const connection = async () => {
		while (performance.now() - started < DURATION_MS) {
			const visitor = visitors[Math.floor(Math.random() * visitors.length)]!;
			const isWrite = Math.random() < WRITE_SHARE;
			const path = isWrite ? '/me/dreams/new' : readPaths[Math.floor(Math.random() * readPaths.length)]!;
			const marker = `${prefix}-${writes}`;
			if (isWrite) writes++;
			const sentAt = performance.now();
			requests++;
			try {
				const reply = isWrite
					? await postForm(agent, `${baseURL}${path}`, dreamForm(marker), visitor)
					: await getPage(agent, `${baseURL}${path}`, visitor);
				latencies.push(performance.now() - sentAt);
				if (isWrite && isDreamSaved(reply)) acknowledged.push(marker);
				else if (isWrite || reply.status !== 200) errors.push(`${isWrite ? 'POST' : 'GET'} ${path}: ${reply.status} ${reply.location}`);
				// Prepared queries are shared by every request: each person must still get their own page.
				else if (path === '/me' && !reply.body.includes(visitor.name)) errors.push(`GET /me: not ${visitor.name}'s own page`);
			} catch (error) {
				errors.push(`${isWrite ? 'POST' : 'GET'} ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)} after ${Math.round(performance.now() - sentAt)} ms, sent at ${Math.round(sentAt - started)} ms`);
			}
		}
	};
	await Promise.all(Array.from({ length: CONNECTIONS }, connection));
	const seconds = (performance.now() - started) / 1000;
	// The same connections served the whole run: none was dropped and none had to be opened again.
	const connectionsAtEnd = openConnections();
	agent.destroy();

	const database = openFile(process.env.DATABASE_URL!);
	const stored = await storedMarkers(database, prefix);
	database.close();

	latencies.sort((a, b) => a - b);
	const percentile = (p: number) => Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * p))] ?? 0);
	const figures =
		`${requests} requests in ${seconds.toFixed(1)} s (${Math.round(requests / seconds)} req/s, ` +
		`p50 ${percentile(0.5)} ms, p99 ${percentile(0.99)} ms) over ${CONNECTIONS} connections by ${CITIZENS} citizens; ` +
		`${errors.length} errors; ${writes} writes sent, ${acknowledged.length} acknowledged, ${stored.size} stored`;
	console.log(`load: ${figures}`);
	test.info().annotations.push({ type: 'load', description: figures });

	expect(errors.slice(0, 20), `${errors.length} errors`).toEqual([]);
	expect(connectionsAtEnd).toBe(CONNECTIONS);
	expect(acknowledged.length).toBe(writes);
	expect(acknowledged.filter((marker) => !stored.has(marker)), 'acknowledged but not stored').toEqual([]);
	expect(stored.size).toBe(acknowledged.length);
	// A sanity floor, far below what two cores do, so a server that answers almost nothing fails too.
	expect(requests).toBeGreaterThan(1000);
});
