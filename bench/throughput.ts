import { spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import autocannon from 'autocannon';

export type Throughput = { requestsPerSecond: number; p50: number; p99: number; errors: number; non2xx: number };

/** Requests per second and latency of one page under 20 connections for `seconds`, with autocannon. */
export async function measureThroughput(url: string, cookie?: string, seconds = 8): Promise<Throughput> {
	const result = await autocannon({ url, connections: 20, duration: seconds, headers: cookie ? { cookie } : {} });
	return {
		requestsPerSecond: Math.round(result.requests.average),
		p50: result.latency.p50,
		p99: result.latency.p99,
		errors: result.errors + result.timeouts,
		non2xx: result.non2xx
	};
}

/**
 * On a machine with two or more cores, the servers get the first core and the load generator
 * (this process) the second for the throughput runs, so the two do not take turns on the same
 * cores and every page is measured the same way. Returns a function that undoes it.
 */
export function pinForThroughput(serverPids: number[]): () => void {
	const cores = availableParallelism();
	const canPin = cores >= 2 && spawnSync('taskset', ['--version']).status === 0;
	if (!canPin) return () => {};
	const pin = (pid: number, cpus: string) => spawnSync('taskset', ['-a', '-cp', cpus, String(pid)], { stdio: 'ignore' });
	for (const pid of serverPids) pin(pid, '0');
	pin(process.pid, '1');
	return () => {
		for (const pid of [...serverPids, process.pid]) pin(pid, `0-${cores - 1}`);
	};
}
