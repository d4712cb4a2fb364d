// `npm run bench`: production builds of Samklang and of a bare SvelteKit page, in one run,
// then the first-load transfer of key pages beside the bare page. Prints one table and writes
// bench/results.json. Measurements, not tests: the budgets are reported, not asserted.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measurePage, type Weight } from './page-weight.ts';
import { measureQueueDrain } from './queue-drain.ts';
import { measureAtScale, type ScaleResult } from './scale.ts';
import { measureThroughput, pinForThroughput, type Throughput } from './throughput.ts';
import { measureLighthouse, type LighthouseResult } from './lighthouse.ts';

const root = resolve(import.meta.dirname, '..');
const tmp = join(root, 'bench', '.tmp');
const appPort = 4180;
const barePort = 4181;
const app = `http://localhost:${appPort}`;
const bare = `http://localhost:${barePort}`;

/** Budgets from the walking-skeleton issue, and the aims of issue #8. */
const budget = { citizenPageTotal: 60 * 1024, jsRatioToBare: 1.5, minSideThroughputRatio: 0.5, lighthouseScore: 95 };

function build(cwd: string, outDir: string, origin: string) {
	const result = spawnSync('vite', ['build', '--logLevel', 'error'], {
		cwd,
		env: { ...process.env, BUILD_DIR: outDir, ORIGIN: origin },
		stdio: ['ignore', 'ignore', 'inherit']
	});
	if (result.status !== 0) throw new Error(`build in ${cwd} failed`);
}

async function start(dir: string, port: number, env: Record<string, string> = {}): Promise<ChildProcess> {
	const server = spawn('node', [dir], { env: { ...process.env, ...env, PORT: String(port) }, stdio: 'ignore' });
	for (let i = 0; i < 100; i++) {
		try {
			await fetch(`http://localhost:${port}/`);
			return server;
		} catch {
			await new Promise((r) => setTimeout(r, 100));
		}
	}
	throw new Error(`server on ${port} did not start`);
}

/** Logs in as a demo citizen through the real form and returns the session cookie. */
async function logIn(loginName: string): Promise<string> {
	const response = await fetch(`${app}/login`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin: app, 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html' },
		body: new URLSearchParams({ loginName, password: 'samklang-demo' })
	});
	const cookie = response.headers.getSetCookie().find((c) => c.startsWith('__Host-session='));
	if (!cookie) throw new Error(`log-in as ${loginName} failed (${response.status})`);
	return cookie.split(';')[0]!;
}

rmSync(tmp, { recursive: true, force: true });
mkdirSync(tmp, { recursive: true });
console.log('Building Samklang and the bare SvelteKit page for production …');
build(root, join(tmp, 'app'), app);
build(join(root, 'bench', 'bare'), join(tmp, 'bare'), bare);

const databaseFile = join(tmp, 'bench.db');
const servers = [
	await start(join(tmp, 'app'), appPort, { DATABASE_URL: `file:${databaseFile}`, SAMKLANG_DEMO: '1' }),
	await start(join(tmp, 'bare'), barePort)
];

try {
	const citizen = await logIn('anna');
	const pages: Record<string, Weight> = {
		'bare SvelteKit page': await measurePage(`${bare}/`),
		'front page': await measurePage(`${app}/`),
		'log-in': await measurePage(`${app}/login`),
		'Min side (logged in)': await measurePage(`${app}/me`, citizen),
		'Mine drømme': await measurePage(`${app}/me/dreams`, citizen),
		'new dream (form)': await measurePage(`${app}/me/dreams/new`, citizen),
		'Min plan': await measurePage(`${app}/me/plan`, citizen),
		'Samarbejde (trend)': await measurePage(`${app}/me/collaboration`, citizen),
		'rating form': await measurePage(`${app}/me/collaboration/new`, citizen),
		'Min kontaktperson': await measurePage(`${app}/me/contact-person`, citizen),
		'Mød medarbejderne': await measurePage(`${app}/me/contact-person/workers`, citizen),
		'Mine møder': await measurePage(`${app}/me/meetings`, citizen),
		Kontakt: await measurePage(`${app}/me/contact`, citizen)
	};
	const floor = pages['bare SvelteKit page']!;
	const minSide = pages['Min side (logged in)']!;
	const kb = (bytes: number) => (bytes / 1024).toFixed(1);

	console.log('\nFirst-load transfer, gzip (KB)');
	console.log('page'.padEnd(24) + ['HTML', 'CSS', 'JS', 'fonts', 'icons', 'total', 'files', 'JS ×bare'].map((h) => h.padStart(9)).join(''));
	for (const [name, w] of Object.entries(pages)) {
		const cells = [kb(w.html), kb(w.css), kb(w.js), kb(w.fonts), kb(w.icons), kb(w.total), String(w.files), (w.js / floor.js).toFixed(2)];
		console.log(name.padEnd(24) + cells.map((c) => c.padStart(9)).join(''));
	}
	const citizenPages = ['Min side (logged in)', 'Mine drømme', 'new dream (form)', 'Min plan', 'Samarbejde (trend)', 'rating form', 'Min kontaktperson', 'Mød medarbejderne', 'Mine møder', 'Kontakt'] as const;
	const checks: Record<string, boolean> = {
		minSideTotalWithinBudget: minSide.total <= budget.citizenPageTotal,
		minSideJsWithinBudget: minSide.js <= floor.js * budget.jsRatioToBare,
		citizenPagesWithinTotalBudget: citizenPages.every((name) => pages[name]!.total <= budget.citizenPageTotal)
	};
	console.log(`Citizen pages ≤ ${kb(budget.citizenPageTotal)} KB: ${checks.citizenPagesWithinTotalBudget ? 'OK' : 'OVER'}`);
	console.log(
		`\nBudget: Min side ≤ ${kb(budget.citizenPageTotal)} KB in total → ${kb(minSide.total)} KB ${checks.minSideTotalWithinBudget ? 'OK' : 'OVER'};` +
			` JS ≤ ${budget.jsRatioToBare}× bare → ${(minSide.js / floor.js).toFixed(2)}× ${checks.minSideJsWithinBudget ? 'OK' : 'OVER'}`
	);
	const dreamsPage = pages['Mine drømme']!;
	console.log(`\nJS a citizen downloads for Mine drømme: ${kb(dreamsPage.js)} KB gzip (first load)`);

	console.log('\nOffline queue: 100 dreams written with no network, then the network comes back …');
	const queueDrain = await measureQueueDrain(app, citizen, databaseFile, 100);
	console.log(
		`Queue drain: ${queueDrain.stored} of ${queueDrain.writes} stored ${queueDrain.millisecondsToAllStored} ms after coming online` +
			(queueDrain.stored === queueDrain.writes ? '' : '  ← NOT EXACTLY ONCE')
	);
	console.log('\nThroughput (autocannon, 20 connections, 8 s each; the bare page in the same run; servers on core 0, autocannon on core 1)');
	const staffCookie = await logIn('mette');
	const unpin = pinForThroughput(servers.map((server) => server.pid!));
	let throughput: Record<string, Throughput>;
	try {
		throughput = {
			'bare SvelteKit page': await measureThroughput(`${bare}/`),
			'log-in': await measureThroughput(`${app}/login`),
			'Min side (logged in)': await measureThroughput(`${app}/me`, citizen),
			'staff caseload': await measureThroughput(`${app}/staff`, staffCookie)
		};
	} finally {
		unpin();
	}
	const bareRate = throughput['bare SvelteKit page']!.requestsPerSecond;
	console.log('page'.padEnd(24) + ['req/s', '× bare', 'p50 ms', 'p99 ms', 'errors', 'non-2xx'].map((h) => h.padStart(9)).join(''));
	for (const [name, t] of Object.entries(throughput)) {
		const cells = [t.requestsPerSecond, (t.requestsPerSecond / bareRate).toFixed(2), t.p50, t.p99, t.errors, t.non2xx];
		console.log(name.padEnd(24) + cells.map((c) => String(c).padStart(9)).join(''));
	}

	const minSideRatio = throughput['Min side (logged in)']!.requestsPerSecond / bareRate;
	console.log(`Aim: Min side ≥ ${budget.minSideThroughputRatio}× the bare page → ${minSideRatio.toFixed(2)}× ${minSideRatio >= budget.minSideThroughputRatio ? 'OK' : 'UNDER'}`);

	console.log('\nLighthouse (mobile: slow 4G, 4× slower CPU; Debian chromium)');
	const lighthouse: Record<string, LighthouseResult> = {
		'front page': await measureLighthouse(`${app}/`),
		'Min side (logged in)': await measureLighthouse(`${app}/me`, citizen)
	};
	console.log('page'.padEnd(24) + ['perf', 'a11y', 'best pr.', 'LCP ms', 'TBT ms', 'CLS'].map((h) => h.padStart(9)).join(''));
	for (const [name, l] of Object.entries(lighthouse)) {
		const cells = [l.performance, l.accessibility, l.bestPractices, l.lcp, l.tbt, l.cls];
		console.log(name.padEnd(24) + cells.map((c) => String(c).padStart(9)).join(''));
	}
	const lighthouseOk = Object.values(lighthouse).every((l) => Math.min(l.performance, l.accessibility, l.bestPractices) >= budget.lighthouseScore);
	console.log(`Aim: every score ≥ ${budget.lighthouseScore} → ${lighthouseOk ? 'OK' : 'UNDER'}`);
	checks.minSideThroughputRatio = minSideRatio >= budget.minSideThroughputRatio;
	checks.lighthouseScores = lighthouseOk;

	// The scale runs need the port of the app server: stop it first, and wait until it is gone.
	await Promise.all(servers.map((server) => new Promise((resolve) => (server.exitCode !== null ? resolve(null) : (server.once('exit', resolve), server.kill())))));
	const sizes = (process.env.BENCH_SCALE_SIZES ?? '1000,10000,100000').split(',').map(Number).filter((n) => n > 0);
	const scale: ScaleResult[] = [];
	console.log('\nStaff pages at scale (server time over HTTP, a worker with 10 citizens; ms)');
	console.log('citizens'.padEnd(10) + ['rows', 'generated s', 'caseload p50', 'p95', 'Før mødet p50', 'p95'].map((h) => h.padStart(14)).join(''));
	for (const size of sizes) {
		const result = await measureAtScale(join(tmp, 'app'), app, join(tmp, `scale-${size}.db`), size);
		scale.push(result);
		const cells = [result.rows, result.generateSeconds, result.caseload.p50, result.caseload.p95, result.beforeMeeting.p50, result.beforeMeeting.p95];
		console.log(String(size).padEnd(10) + cells.map((c) => String(c).padStart(14)).join(''));
	}
	writeFileSync(
		join(root, 'bench', 'results.json'),
		JSON.stringify({ measuredAt: new Date().toISOString(), unit: 'bytes, gzip level 9; times in ms', budget, checks, pages, queueDrain, throughput, lighthouse, scale }, null, '\t') + '\n'
	);
	console.log('Written to bench/results.json');
} finally {
	for (const server of servers) server.kill();
}
