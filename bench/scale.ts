// Staff pages at scale: a generated unit of N citizens with a realistic history, served by the
// production build; the server time of "Mine borgere" and "Før mødet" as a worker sees them.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { createClient, type Client, type InValue } from '@libsql/client';
import { hash } from '@node-rs/argon2';

export type ScaleResult = {
	citizens: number;
	rows: number;
	generateSeconds: number;
	caseload: { p50: number; p95: number; samples: number };
	beforeMeeting: { p50: number; p95: number; samples: number };
};

const DAY = 86_400_000;
const id = () => randomBytes(13).toString('hex');
const percentile = (values: number[], p: number) => {
	const sorted = [...values].sort((a, b) => a - b);
	return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! * 10) / 10;
};

async function startServer(buildDir: string, port: number, databaseFile: string): Promise<ChildProcess> {
	const server = spawn('node', [buildDir], {
		env: { ...process.env, PORT: String(port), DATABASE_URL: `file:${databaseFile}`, SAMKLANG_DEMO: '0' },
		stdio: 'ignore'
	});
	for (let i = 0; i < 300; i++) {
		try {
			if ((await fetch(`http://localhost:${port}/help`)).ok) return server;
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error('server did not start');
}

const stopServer = (server: ChildProcess) => new Promise<void>((resolve) => (server.once('exit', () => resolve()), server.kill()));

/** Inserts rows in chunks of multi-row INSERTs, inside one transaction per table. */
async function insertAll(client: Client, table: string, columns: string[], rows: InValue[][]) {
	const chunk = Math.floor(30_000 / columns.length);
	const transaction = await client.transaction('write');
	for (let i = 0; i < rows.length; i += chunk) {
		const part = rows.slice(i, i + chunk);
		const placeholders = part.map(() => `(${columns.map(() => '?').join(',')})`).join(',');
		await transaction.execute({ sql: `INSERT INTO ${table} (${columns.join(',')}) VALUES ${placeholders}`, args: part.flat() });
	}
	await transaction.commit();
	return rows.length;
}

/** One unit, a worker per 10 citizens, and per citizen: 3 dreams, 3 plan changes, 4 ratings, a past and a coming meeting with a topic. */
async function generate(client: Client, citizens: number, passwordHash: string, now: number) {
	const unitId = id();
	const setId = id();
	let rows = 0;
	rows += await insertAll(client, 'units', ['id', 'name', 'created_at'], [[unitId, 'Skala', now]]);
	rows += await insertAll(client, 'question_sets', ['id', 'unit_id', 'name', 'is_active', 'created_at'], [[setId, unitId, 'Samklang', 1, now]]);
	const workerCount = Math.max(1, Math.floor(citizens / 10));
	const workers = Array.from({ length: workerCount }, (_, i) => ({ id: id(), login: `scale-worker-${i}` }));
	const people = Array.from({ length: citizens }, (_, i) => ({ userId: id(), citizenId: id(), worker: workers[i % workerCount]! }));
	rows += await insertAll(
		client,
		'users',
		['id', 'role', 'login_name', 'display_name', 'unit_id', 'is_active', 'created_at'],
		[
			...workers.map((w, i) => [w.id, 'worker', w.login, `Medarbejder ${i}`, unitId, 1, now]),
			...people.map((p, i) => [p.userId, 'citizen', null, `Borger ${i}`, unitId, 1, now])
		]
	);
	rows += await insertAll(client, 'worker_profiles', ['user_id', 'capacity'], workers.map((w) => [w.id, 12]));
	rows += await insertAll(client, 'credentials', ['id', 'user_id', 'kind', 'password_hash', 'created_at'], workers.slice(0, 20).map((w) => [id(), w.id, 'password', passwordHash, now]));
	const startDate = new Date(now - 400 * DAY).toISOString().slice(0, 10);
	rows += await insertAll(client, 'citizens', ['id', 'user_id', 'unit_id', 'hours_band', 'legal_basis', 'start_date', 'status', 'created_at'], people.map((p) => [p.citizenId, p.userId, unitId, '6-10', 'sel85', startDate, 'active', now]));
	rows += await insertAll(client, 'contact_assignments', ['id', 'citizen_id', 'worker_id', 'role', 'is_main', 'is_temporary', 'from_date'], people.map((p) => [id(), p.citizenId, p.worker.id, 'contact', 1, 0, startDate]));
	rows += await insertAll(
		client,
		'dreams',
		['id', 'citizen_id', 'text', 'life_area', 'visibility', 'talk_at_next_meeting', 'confirmed_at', 'version', 'created_at', 'updated_at'],
		people.flatMap((p) => [0, 1, 2].map((k) => [id(), p.citizenId, `Drøm ${k}`, 'home', k === 2 ? 'me' : 'team', k % 2, now - 50 * DAY, 1, now - (60 - k * 25) * DAY, now - (60 - k * 25) * DAY]))
	);
	rows += await insertAll(client, 'plan_changes', ['citizen_id', 'kind', 'summary', 'changed_by', 'at'], people.flatMap((p) => [0, 1, 2].map((k) => [p.citizenId, 'progress', `Mål ${k}: started`, p.userId, now - (40 - k * 15) * DAY])));
	rows += await insertAll(
		client,
		'ratings',
		['id', 'citizen_id', 'set_id', 'comment', 'score', 'is_low', 'is_falling', 'created_at'],
		people.flatMap((p, i) => [0, 1, 2, 3].map((k) => [id(), p.citizenId, setId, '', 5 + ((i + k) % 3) * 2.5, 0, 0, now - (90 - k * 25) * DAY]))
	);
	const meetings = people.flatMap((p) => [
		{ id: id(), citizenId: p.citizenId, at: now - 30 * DAY, by: p.worker.id, userId: p.userId },
		{ id: id(), citizenId: p.citizenId, at: now + DAY, by: p.worker.id, userId: p.userId }
	]);
	rows += await insertAll(client, 'meetings', ['id', 'citizen_id', 'type', 'starts_at', 'place', 'created_by', 'created_at'], meetings.map((m) => [m.id, m.citizenId, 'follow_up', m.at, 'Hjemme', m.by, now - 60 * DAY]));
	rows += await insertAll(client, 'meeting_notes', ['id', 'meeting_id', 'kind', 'text', 'author_id', 'created_at'], meetings.filter((m) => m.at > now).map((m) => [id(), m.id, 'topic', 'Min økonomi', m.userId, now - DAY]));
	return { rows, workers: workers.slice(0, 20), meetingsByWorker: new Map(workers.slice(0, 20).map((w) => [w.id, meetings.filter((m) => m.at > now && m.by === w.id)])) };
}

async function logIn(base: string, loginName: string, password: string) {
	const response = await fetch(`${base}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: base, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
		body: new URLSearchParams({ loginName, password })
	});
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith('__Host-session='));
	if (!cookie) throw new Error(`log-in as ${loginName} failed (${response.status})`);
	return cookie.split(';')[0]!;
}

async function timeGet(url: string, cookie: string) {
	const started = performance.now();
	const response = await fetch(url, { headers: { cookie } });
	await response.arrayBuffer();
	if (!response.ok) throw new Error(`${url} answered ${response.status}`);
	return performance.now() - started;
}

/**
 * Builds a database of `citizens` citizens, serves it with the production build at `origin`'s
 * port, and times the two staff pages for 20 workers, 5 rounds each (after one warm-up round).
 */
export async function measureAtScale(buildDir: string, origin: string, databaseFile: string, citizens: number): Promise<ScaleResult> {
	const port = Number(new URL(origin).port);
	rmSync(databaseFile, { force: true });
	// The server's start applies the migrations to the new file.
	await stopServer(await startServer(buildDir, port, databaseFile));
	const client = createClient({ url: `file:${databaseFile}` });
	const password = 'scale-bench-password';
	const generateStarted = performance.now();
	const now = Date.now();
	const generated = await generate(client, citizens, await hash(password), now);
	await client.execute('ANALYZE');
	client.close();
	const generateSeconds = Math.round((performance.now() - generateStarted) / 100) / 10;

	const server = await startServer(buildDir, port, databaseFile);
	try {
		const caseload: number[] = [];
		const beforeMeeting: number[] = [];
		for (const worker of generated.workers) {
			const cookie = await logIn(origin, worker.login, password);
			const meetings = generated.meetingsByWorker.get(worker.id) ?? [];
			for (let round = 0; round < 6; round++) {
				const caseloadTime = await timeGet(`${origin}/staff`, cookie);
				const meeting = meetings[round % meetings.length]!;
				const reviewTime = await timeGet(`${origin}/staff/citizens/${meeting.citizenId}/meetings/${meeting.id}`, cookie);
				// The first round warms the server's caches and the database pages.
				if (round > 0) {
					caseload.push(caseloadTime);
					beforeMeeting.push(reviewTime);
				}
			}
		}
		return {
			citizens,
			rows: generated.rows,
			generateSeconds,
			caseload: { p50: percentile(caseload, 50), p95: percentile(caseload, 95), samples: caseload.length },
			beforeMeeting: { p50: percentile(beforeMeeting, 50), p95: percentile(beforeMeeting, 95), samples: beforeMeeting.length }
		};
	} finally {
		await stopServer(server);
	}
}
