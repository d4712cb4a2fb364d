// `npm run test:reliability`: load, crash, bad input and backup against a production build.
// One worker: the load test needs the machine to itself, and the crash and backup tests start
// servers of their own (from the same build) beside the shared one.
import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import base from '../../playwright.config.ts';

// RELIABILITY_PORT lets two runs side by side (each gets its own build and database folder).
const port = Number(process.env.RELIABILITY_PORT ?? 4175);
const baseURL = `http://localhost:${port}`;
process.env.DATABASE_URL = `file:${join(tmpdir(), `samklang-reliability-${port}`, 'shared.db')}`;
process.env.SAMKLANG_DEMO = '0';
process.env.E2E_PORT = String(port);
process.env.BUILD_DIR = port === 4175 ? 'build-reliability' : `build-reliability-${port}`;

// Narrowed so the spread below keeps the root's `command` (the type also allows none or a list).
const baseServer = base.webServer;
if (!baseServer || Array.isArray(baseServer)) throw new Error('The root Playwright config should have one web server');

export default defineConfig({
	...base,
	testDir: '.',
	testMatch: '**/*.reliability.ts',
	outputDir: `../../test-results/reliability-${port}`,
	workers: 1,
	fullyParallel: false,
	timeout: 180_000,
	use: { ...base.use, baseURL },
	// The web server's command and the migrations folder are relative to the repository root, not to this folder.
	webServer: { ...baseServer, cwd: join(import.meta.dirname, '..', '..'), url: `${baseURL}/help`, env: { PORT: String(port), ORIGIN: baseURL, ADDRESS_HEADER: 'x-forwarded-for' } }
});
