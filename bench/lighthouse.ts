import lighthouse from 'lighthouse';
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
 */
export async function measureLighthouse(url: string, cookie?: string): Promise<LighthouseResult> {
	const chrome = await launch({
		chromePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']
	});
	try {
		const result = await lighthouse(url, {
			port: chrome.port,
			logLevel: 'error',
			output: 'json',
			onlyCategories: ['performance', 'accessibility', 'best-practices'],
			...(cookie ? { extraHeaders: { cookie } } : {})
		});
		if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
		const { categories, audits } = result.lhr;
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
