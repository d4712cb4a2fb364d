import { defineConfig } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// E2E_PORT lets a second run (npm run test:remote) build and serve beside this one.
process.env.E2E_PORT ??= '4173';
const port = Number(process.env.E2E_PORT);
const baseURL = `http://localhost:${port}`;

// One production build and one fresh database for the whole run. The tests' factories write to the
// same database as the server, so both read DATABASE_URL from here (workers inherit it). A
// DATABASE_URL in the shell is never used: it may be a real database, and the tests write and
// delete. Only E2E_DATABASE_URL (set by `npm run test:remote`) points the tests elsewhere.
process.env.DATABASE_URL = process.env.E2E_DATABASE_URL ?? `file:${join(tmpdir(), `samklang-e2e-${port}`, 'e2e.db')}`;
if (process.env.E2E_DATABASE_AUTH_TOKEN) process.env.DATABASE_AUTH_TOKEN = process.env.E2E_DATABASE_AUTH_TOKEN;
else delete process.env.DATABASE_AUTH_TOKEN;
process.env.SAMKLANG_DEMO = '0';

export default defineConfig({
	testDir: 'tests',
	testMatch: '**/*.spec.ts',
	// One folder per port: a run beside this one (test:remote, test:reliability) keeps its own traces.
	outputDir: `test-results/e2e-${port}`,
	workers: 2,
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	reporter: process.env.CI ? 'line' : 'list',
	timeout: 30_000,
	use: {
		baseURL,
		locale: 'da-DK',
		trace: 'retain-on-failure',
		launchOptions: {
			// Debian's chromium: Playwright cannot download its own browser on this machine.
			executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync'
			]
		}
	},
	webServer: {
		command: 'node tests/serve.ts',
		url: `${baseURL}/help`,
		timeout: 180_000,
		reuseExistingServer: false,
		stdout: 'ignore',
		stderr: 'pipe',
		// As behind a proxy: each test sends its own client address (see fixtures.ts), so the
		// per-address log-in limits of one test never block another.
		env: { PORT: String(port), ORIGIN: baseURL, ADDRESS_HEADER: 'x-forwarded-for' }
	}
});
