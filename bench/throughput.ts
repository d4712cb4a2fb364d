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
