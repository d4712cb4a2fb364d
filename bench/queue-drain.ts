import { chromium } from '@playwright/test';
import { createClient } from '@libsql/client';

export type QueueDrain = { writes: number; stored: number; millisecondsToAllStored: number };

/**
 * A citizen writes `count` dreams in the real app with the network off (they wait in the
 * phone's queue), then the network comes back: how long until the server has stored them all?
 * Counted in the database itself, so it measures "stored", not "the page says sent".
 */
export async function measureQueueDrain(app: string, sessionCookie: string, databaseFile: string, count = 100): Promise<QueueDrain> {
	const browser = await chromium.launch({
		executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
		args: ['--headless', '--no-sandbox', '--disable-gpu']
	});
	const database = createClient({ url: `file:${databaseFile}` });
	const marker = `Kø-drøm ${Date.now()}`;
	const storedCount = async () =>
		Number((await database.execute({ sql: 'SELECT count(*) AS n FROM dreams WHERE text LIKE ?', args: [`${marker} %`] })).rows[0]!.n);
	try {
		const context = await browser.newContext();
		const [name, value] = sessionCookie.split('=') as [string, string];
		await context.addCookies([{ name, value, domain: new URL(app).hostname, path: '/', httpOnly: true, secure: true, sameSite: 'Lax' }]);
		const page = await context.newPage();
		await page.goto(`${app}/me/dreams/new`);
		await page.evaluate(() => navigator.serviceWorker.ready);
		await page.reload();
		await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

		await context.setOffline(true);
		for (let i = 1; i <= count; i++) {
			await page.locator('textarea[name="text"]').fill(`${marker} ${i}`);
			await page.locator('input[name="lifeArea"][value="leisure"]').check();
			await page.locator('input[name="visibility"][value="me"]').check();
			await page.locator('main button[type="submit"]').click();
			await page.getByText(`Venter: ${i}`, { exact: true }).waitFor();
		}

		const started = performance.now();
		await context.setOffline(false);
		let stored = 0;
		while (stored < count && performance.now() - started < 120_000) {
			await new Promise((resolve) => setTimeout(resolve, 10));
			stored = await storedCount();
		}
		const millisecondsToAllStored = Math.round(performance.now() - started);
		// Anything sent twice would show here as more rows than writes.
		await new Promise((resolve) => setTimeout(resolve, 1000));
		return { writes: count, stored: await storedCount(), millisecondsToAllStored };
	} finally {
		database.close();
		await browser.close();
	}
}
