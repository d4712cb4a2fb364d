// Playwright's web server: a fresh database, one production build for this origin, then the server.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';

const databaseUrl = process.env.DATABASE_URL ?? '';
if (databaseUrl.startsWith('file:')) {
	const databaseFolder = dirname(databaseUrl.slice('file:'.length));
	rmSync(databaseFolder, { recursive: true, force: true });
	mkdirSync(databaseFolder, { recursive: true });
}
// Any other URL came from E2E_DATABASE_URL: a libSQL server made fresh for the run (scripts/test-remote.ts).

const env = { ...process.env, BUILD_DIR: process.env.BUILD_DIR ?? 'build-e2e' };
const build = spawnSync('vite', ['build', '--logLevel', 'warn'], { env, stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const server = spawn('node', [env.BUILD_DIR], { env, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
