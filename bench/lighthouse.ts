import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { launch } from 'chrome-launcher';

export type LighthouseResult = {
	performance: number;
	accessibility: number;
	bestPractices: number;
	/** Largest Contentful Paint and Total Blocking Time in ms (simulated slow 4G, mid-range phone). */
	lcp: number;
	tbt: number;
	cls: number;
};

/**
 * Lighthouse's default settings are a mobile phone on a slow 4G line with a 4× slower CPU, which is
 * the citizen's case. Debian's chromium runs it (Lighthouse cannot download a browser here).
 * Scores move from run to run on a shared 2-core machine (TBT most), so this is the median run of
 * `runs`, as Lighthouse's own guidance suggests.
 */
export async function measureLighthouse(url: string, cookie?: string, runs = 3): Promise<LighthouseResult> {
	const chrome = await launch({
		chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
	});
	try {
		const results = [];
		for (let run = 0; run < runs; run++) {
			const result = await lighthouse(url, {
				port: chrome.port,
				logLevel: 'error',
				output: 'json',
				onlyCategories: ['performance', 'accessibility', 'best-practices'],
				...(cookie ? { extraHeaders: { cookie } } : {})
			});
			if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
			results.push(result.lhr);
		}
		const { categories, audits } = computeMedianRun(results);
		const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
		const value = (id: string) => audits[id]?.numericValue ?? Number.NaN;
		return {
			performance: score('performance'),
			accessibility: score('accessibility'),
			bestPractices: score('best-practices'),
			lcp: Math.round(value('largest-contentful-paint')),
			tbt: Math.round(value('total-blocking-time')),
			cls: Number(value('cumulative-layout-shift').toFixed(3))
		};
	} finally {
		chrome.kill();
	}
}
