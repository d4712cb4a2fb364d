// Shared bits of the reliability tests: an own server (tests/own-server.ts), plain HTTP
// requests as a browser without JavaScript sends them, a stream of dream writes, and row counts.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createClient, type Client } from '@libsql/client';
import { hashPassword } from '../../src/lib/server/auth/password.ts';
import { openDatabase } from '../../src/lib/server/db/client.ts';
import { citizen, credential, unit, user } from '../../src/lib/server/db/schema/index.ts';
import { newId, randomString } from '../../src/lib/server/random.ts';
import { TEST_PASSWORD } from '../../src/lib/server/testing/factories.ts';
import type { OwnServer } from '../own-server.ts';

export { startServer, type OwnServer } from '../own-server.ts';

/** The shared server of this run; its origin is also the one the build was made for. */
export const sharedPort = Number(process.env.E2E_PORT ?? 4175);
export const buildOrigin = `http://localhost:${sharedPort}`;
/** The port for a server a test starts itself, beside the shared one. */
export const ownPort = sharedPort + 1;
/** npm scripts run from the repository root. */
const repositoryRoot = join(import.meta.dirname, '..', '..');

/** A fresh, empty folder under the system's temp folder, for a test's own database files. */
export function freshFolder(name: string): string {
	const folder = join(tmpdir(), `samklang-reliability-${sharedPort}-${name}`);
	rmSync(folder, { recursive: true, force: true });
	mkdirSync(folder, { recursive: true });
	return folder;
}

export type Reply = { status: number; location: string; setCookie: string[]; body: string };

/**
 * One HTTP request over `agent` (which decides how many connections there are).
 * Rejects on a socket error or when nothing arrives for `timeoutMs`, so the caller can count it.
 */
export function send(
	agent: http.Agent,
	url: string,
	options: { method?: string; headers?: Record<string, string>; body?: string; timeoutMs?: number } = {}
): Promise<Reply> {
	return new Promise((resolve, reject) => {
		const request = http.request(url, { agent, method: options.method ?? 'GET', headers: options.headers, family: 4 }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk: Buffer) => chunks.push(chunk));
			response.on('error', reject);
			response.on('end', () =>
				resolve({
					status: response.statusCode ?? 0,
					location: String(response.headers.location ?? ''),
					setCookie: response.headers['set-cookie'] ?? [],
					body: Buffer.concat(chunks).toString()
				})
			);
		});
		request.setTimeout(options.timeoutMs ?? 15_000, () => request.destroy(new Error('timeout')));
		request.on('error', reject);
		request.end(options.body);
	});
}

/** A person as the server sees them: their session cookie and their own client address. */
export type Visitor = { cookie: string; address: string };

/** A page as a browser asks for it. */
export function getPage(agent: http.Agent, url: string, visitor: Visitor) {
	return send(agent, url, { headers: { accept: 'text/html', cookie: visitor.cookie, 'x-forwarded-for': visitor.address } });
}

/**
 * A form post as a browser without JavaScript sends it. The Origin is the build's, whatever port
 * the server listens on: Kit's CSRF check compares it with the origin fixed at build time.
 */
export function postForm(agent: http.Agent, url: string, fields: Record<string, string>, visitor: Partial<Visitor> = {}) {
	return send(agent, url, {
		method: 'POST',
		headers: {
			'content-type': 'application/x-www-form-urlencoded',
			accept: 'text/html',
			origin: buildOrigin,
			...(visitor.cookie ? { cookie: visitor.cookie } : {}),
			...(visitor.address ? { 'x-forwarded-for': visitor.address } : {})
		},
		body: new URLSearchParams(fields).toString()
	});
}

/** The fields of the "new dream" form, with the marker as the dream's text. */
export function dreamForm(marker: string): Record<string, string> {
	return { text: marker, lifeArea: 'home', visibility: 'team', clientId: crypto.randomUUID() };
}

/** A stored dream answers 303 back to the list; anything else is not an acknowledgement. */
export const isDreamSaved = (reply: Reply) => reply.status === 303 && new URL(reply.location, buildOrigin).pathname === '/me/dreams';

export type WriteStream = {
	/** Markers of every write sent, in order. */
	sent: string[];
	/** Markers the server acknowledged as stored (303), in the order the answers came. */
	acknowledged: string[];
	/** What went wrong, one entry per write that was not acknowledged. */
	failures: string[];
	/** Ends the stream after the writes in flight; resolves when they are answered or failed. */
	stop: () => Promise<void>;
	/** Resolves once `count` writes are acknowledged (or the stream has ended). */
	acknowledgedAtLeast: (count: number) => Promise<void>;
};

/**
 * Writes new dreams through the real form, `concurrency` at a time, spread over the visitors,
 * each with a unique marker `<prefix>-<n>` as its text, until stopped. A loop that meets an
 * error stops: after a crash every connection fails, and the caller reads `failures`.
 */
export function startWriteStream(serverUrl: string, visitors: Visitor[], concurrency: number, prefix: string): WriteStream {
	const agent = new http.Agent({ keepAlive: true, maxSockets: concurrency });
	const stream = { sent: [] as string[], acknowledged: [] as string[], failures: [] as string[] };
	let isStopping = false;
	let hasEnded = false;
	const waiters: { count: number; resolve: () => void }[] = [];
	const wake = (force = false) => {
		for (const waiter of [...waiters]) {
			if (force || stream.acknowledged.length >= waiter.count) {
				waiters.splice(waiters.indexOf(waiter), 1);
				waiter.resolve();
			}
		}
	};

	const loop = async (index: number) => {
		for (let round = 0; !isStopping; round++) {
			const visitor = visitors[(index + round * concurrency) % visitors.length]!;
			const marker = `${prefix}-${stream.sent.length}`;
			stream.sent.push(marker);
			try {
				const reply = await postForm(agent, `${serverUrl}/me/dreams/new`, dreamForm(marker), visitor);
				if (!isDreamSaved(reply)) {
					stream.failures.push(`${marker}: status ${reply.status} ${reply.location}`);
					return;
				}
				stream.acknowledged.push(marker);
				wake();
			} catch (error) {
				stream.failures.push(`${marker}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
				return;
			}
		}
	};
	const loops = Promise.all(Array.from({ length: concurrency }, (_, index) => loop(index))).finally(() => {
		agent.destroy();
		hasEnded = true;
		wake(true);
	});

	return {
		...stream,
		stop: async () => {
			isStopping = true;
			await loops;
		},
		acknowledgedAtLeast: (count) =>
			new Promise<void>((resolve) => {
				waiters.push({ count, resolve });
				wake(hasEnded);
			})
	};
}

/** A plain connection to a database file, for counting and checking from outside the server. */
export function openFile(databaseUrl: string): Client {
	return createClient({ url: databaseUrl, timeout: 10_000 });
}

/** The dream texts with this prefix that are stored. */
export async function storedMarkers(client: Client, prefix: string): Promise<Set<string>> {
	const result = await client.execute({ sql: 'SELECT text FROM dreams WHERE text LIKE ?', args: [`${prefix}-%`] });
	return new Set(result.rows.map((row) => String(row[0])));
}

/** How many dreams with this prefix have no "create" version: a half-done transaction would show here. */
export async function dreamsWithoutVersion(client: Client, prefix: string): Promise<number> {
	const result = await client.execute({
		sql: `SELECT count(*) FROM dreams d WHERE d.text LIKE ?
			AND NOT EXISTS (SELECT 1 FROM dream_versions v WHERE v.dream_id = d.id AND v.change = 'create')`,
		args: [`${prefix}-%`]
	});
	return Number(result.rows[0]![0]);
}

/** PRAGMA integrity_check's answer: 'ok', or the list of problems. */
export async function integrity(client: Client): Promise<string> {
	const result = await client.execute('PRAGMA integrity_check');
	return result.rows.map((row) => String(row[0])).join('\n');
}

/**
 * Citizens in the database of an own server, logged in through its real log-in form. The
 * factories write to the shared database only, so the rows are made here on a connection of
 * this test's own, which is closed again so the server is the only process with the file open.
 */
export async function createCitizensOn(server: OwnServer, databaseUrl: string, count: number): Promise<Visitor[]> {
	const { client, db } = openDatabase(databaseUrl);
	const passwordHash = await hashPassword(TEST_PASSWORD);
	const unitId = newId();
	const now = new Date();
	const people = Array.from({ length: count }, (_, i) => ({ userId: newId(), loginName: `citizen-${i}-${randomString(8)}` }));
	try {
		await db.insert(unit).values({ id: unitId, name: `Tilbud ${randomString(6)}`, createdAt: now });
		for (const { userId, loginName } of people) {
			await db.insert(user).values({ id: userId, role: 'citizen', loginName, displayName: `Borger ${loginName}`, unitId, createdAt: now });
			await db.insert(credential).values({ id: newId(), userId, kind: 'password', passwordHash, createdAt: now });
			await db.insert(citizen).values({ id: newId(), userId, unitId, hoursBand: '1-5', legalBasis: 'sel85', startDate: '2026-01-01', createdAt: now });
		}
	} finally {
		client.close();
	}

	const agent = new http.Agent();
	try {
		return await Promise.all(
			people.map(async ({ loginName }, i) => {
				const address = `10.40.${Math.floor(i / 250)}.${(i % 250) + 1}`;
				const reply = await postForm(agent, `${server.url}/login`, { loginName, password: TEST_PASSWORD }, { address });
				const cookie = reply.setCookie.map((line) => line.split(';')[0]!).find((pair) => pair.startsWith('__Host-session='));
				if (reply.status !== 303 || !cookie) throw new Error(`Log-in as ${loginName} answered ${reply.status}`);
				return { cookie, address };
			})
		);
	} finally {
		agent.destroy();
	}
}

/** Runs a script of package.json as people do (npm puts the project's Node 24 first on PATH). */
export async function runNpm(script: string, args: string[], env: Record<string, string>): Promise<string> {
	const { stdout, stderr } = await promisify(execFile)('npm', ['run', '--silent', script, '--', ...args], {
		cwd: repositoryRoot,
		env: { ...process.env, ...env }
	});
	return stdout + stderr;
}

/** Every table with its row count and a hash of all its rows in rowid order, to compare two databases. */
export async function describeTables(client: Client): Promise<Record<string, { rows: number; hash: string }>> {
	const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name");
	const description: Record<string, { rows: number; hash: string }> = {};
	for (const table of tables.rows) {
		const name = String(table[0]);
		const result = await client.execute(`SELECT * FROM "${name}" ORDER BY rowid`);
		const hash = createHash('sha256');
		for (const row of result.rows) {
			// A row is array-like, not iterable. Blobs come back as ArrayBuffers, which JSON would write as {}.
			hash.update(JSON.stringify(Array.from(row, (value) => (value instanceof ArrayBuffer ? Buffer.from(value).toString('hex') : value))));
			hash.update('\n');
		}
		description[name] = { rows: result.rows.length, hash: hash.digest('hex') };
	}
	return description;
}
