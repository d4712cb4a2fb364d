// A second server from the run's production build, started by a test itself: beside the shared
// one (two processes on one database), or on a database of its own (the crash and backup tests).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

/** The build of this run: build-e2e, or what the config set (build-reliability, build-remote). */
const buildDir = process.env.BUILD_DIR ?? 'build-e2e';
/** The server finds its build and the migrations folder relative to the repository root. */
const repositoryRoot = join(import.meta.dirname, '..');

export type OwnServer = {
	url: string;
	process: ChildProcess;
	/** What the server wrote to stderr, for the failure message. */
	errors: () => string;
	/** Sends the signal and waits until the process has exited. */
	stop: (signal?: NodeJS.Signals) => Promise<void>;
};

/**
 * Starts the production build on `port` with `databaseUrl` (and any other settings in `env`) and waits until it answers.
 * process.execPath is the Node 24 this worker runs on (the machine's `node` is 20).
 */
export async function startServer(port: number, databaseUrl: string, env: Record<string, string> = {}): Promise<OwnServer> {
	const child = spawn(process.execPath, [buildDir], {
		cwd: repositoryRoot,
		env: { ...process.env, PORT: String(port), DATABASE_URL: databaseUrl, SAMKLANG_DEMO: '0', ADDRESS_HEADER: 'x-forwarded-for', ...env },
		stdio: ['ignore', 'ignore', 'pipe']
	});
	let stderr = '';
	child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
	const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
	const server: OwnServer = {
		url: `http://localhost:${port}`,
		process: child,
		errors: () => stderr,
		stop: async (signal = 'SIGTERM') => {
			if (child.exitCode === null && child.signalCode === null) child.kill(signal);
			await exited;
		}
	};
	try {
		await waitUntilAnswering(server);
	} catch (error) {
		await server.stop('SIGKILL');
		throw error;
	}
	return server;
}

async function waitUntilAnswering(server: OwnServer, timeoutMs = 30_000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		if (server.process.exitCode !== null) throw new Error(`The server exited at start-up:\n${server.errors()}`);
		// Not listening yet while migrations run: the fetch fails, and we try again.
		const isAnswering = await fetch(`${server.url}/help`).then((response) => response.ok, () => false);
		if (isAnswering) return;
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	throw new Error(`${server.url} did not answer within ${timeoutMs} ms:\n${server.errors()}`);
}
