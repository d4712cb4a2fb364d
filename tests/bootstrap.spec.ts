// A municipality starts without demo people: `npm run bootstrap` makes the unit and its first
// leader, whose letter's code works, and a server started with no settings adds no demo data.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { startServer } from './own-server.ts';

const port = Number(process.env.E2E_PORT) + 11;

test('npm run bootstrap: a first unit and leader on an empty database, no demo data, and the code works', async ({ baseURL }) => {
	test.skip(!process.env.DATABASE_URL!.startsWith('file:'), 'needs a database file of its own');
	const folder = mkdtempSync(join(tmpdir(), 'samklang-bootstrap-'));
	const databaseUrl = `file:${join(folder, 'fresh.db')}`;
	const letter = join(folder, 'letter.html');
	try {
		const run = spawnSync(process.execPath, ['scripts/bootstrap.ts', '--unit', 'Bostøtten Nord', '--leader', 'Lise Leder', '--origin', baseURL!, '--letter', letter], {
			env: { ...process.env, DATABASE_URL: databaseUrl },
			encoding: 'utf8'
		});
		expect(run.status, run.stderr).toBe(0);
		const code = /Activation code[^:]*: ([A-Z0-9-]+)/.exec(run.stdout)?.[1];
		expect(code).toBeTruthy();
		const page = readFileSync(letter, 'utf8');
		expect(page).toContain('Velkommen til Samklang, Lise Leder');
		expect(page).toContain(code!);

		// No demo setting at all: the default adds no demo people.
		const server = await startServer(port, databaseUrl, { SAMKLANG_DEMO: '' });
		try {
			const headers = { origin: baseURL!, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded', 'x-forwarded-for': '10.66.0.1' };
			const demoLogin = await fetch(`${server.url}/login`, {
				method: 'POST',
				redirect: 'manual',
				headers,
				body: new URLSearchParams({ loginName: 'leder', password: 'samklang-demo' })
			});
			expect(demoLogin.status).toBe(400);

			const activated = await fetch(`${server.url}/activate?/activate`, {
				method: 'POST',
				redirect: 'manual',
				headers,
				body: new URLSearchParams({ code: code!, loginName: 'lise', password: 'en lang hemmelig sætning' })
			});
			expect(activated.status).toBe(303);
			const cookie = activated.headers.getSetCookie().find((c) => c.startsWith('__Host-session='))!.split(';')[0]!;
			const staffHome = await fetch(`${server.url}/staff`, { headers: { cookie, accept: 'text/html' } });
			expect(staffHome.status).toBe(200);
			const html = await staffHome.text();
			expect(html).toContain('Bostøtten Nord');
			expect(html).not.toContain('Hanne Krogh');
		} finally {
			await server.stop();
		}
	} finally {
		rmSync(folder, { recursive: true, force: true });
	}
});
