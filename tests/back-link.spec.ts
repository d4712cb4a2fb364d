// A way back on every citizen page (issue 15): an installed app has no browser back button, so each
// page below Min side starts with one back link, big enough for a finger, and the name in the header
// leads to the person's own start page.
import { discoverRoutes, scene } from './route-scene.ts';
import { expect, test } from './fixtures.ts';

test.use({ viewport: { width: 360, height: 740 } });

/** Every citizen page below Min side, found in src/routes (so a new page is measured too), with the scene's ids. */
function pagesBelowMinSide(params: Record<string, string>): string[] {
	const paths = discoverRoutes()
		.filter((route) => route.startsWith('GET /me/') && !route.endsWith('.json'))
		.map((route) => route.slice('GET '.length).replace(/\[[^\]]+\]/g, (param) => params[param] ?? param));
	// The invitation form is a state of /me/helpers/new; its back link used to be at the bottom.
	return [...paths, '/me/helpers/new?kind=relative', '/me/helpers/new?kind=guide'];
}

test('every citizen page below Min side has one back link at the top, at least 44 px', async ({ page, loginAs }) => {
	test.setTimeout(180_000);
	const s = await scene();
	await loginAs(s.userIds.citizen!);
	const paths = pagesBelowMinSide(s.params);
	expect(paths.length).toBeGreaterThan(20);
	for (const path of paths) {
		expect((await page.goto(path))?.status(), path).toBe(200);
		const main = page.getByRole('main');
		const backLinks = main.getByRole('link', { name: /^Tilbage/ });
		await expect(backLinks, path).toHaveCount(1);
		// At the top: the first link of the page, before its heading.
		const isFirst = await backLinks.evaluate((link) => {
			const main = link.closest('main')!;
			const heading = main.querySelector('h1');
			return main.querySelector('a[href]') === link && heading !== null && (link.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
		});
		expect(isFirst, `${path}: the back link comes first, before the heading`).toBe(true);
		const box = (await backLinks.boundingBox())!;
		expect(box.height, `${path}: height of the back link`).toBeGreaterThanOrEqual(44);
		expect(box.width, `${path}: width of the back link`).toBeGreaterThanOrEqual(44);
	}
	// The back link of a page one step down leads one step up, not to the top.
	await page.goto(`/me/dreams/${s.params['[dreamId]']}`);
	await page.getByRole('link', { name: 'Tilbage til Mine drømme' }).click();
	await expect(page).toHaveURL(/\/me\/dreams$/);
	await page.getByRole('link', { name: 'Tilbage til Min side' }).click();
	await expect(page).toHaveURL(/\/me$/);
	// Min side itself is the top: no way back from there.
	await expect(page.getByRole('main').getByRole('link', { name: /^Tilbage/ })).toHaveCount(0);
});

test('the name in the header leads to each person’s own start page', async ({ page, loginAs }) => {
	const s = await scene();
	const name = page.getByRole('banner').getByRole('link', { name: 'Samklang', exact: true });
	await page.goto('/help');
	await expect(name).toHaveAttribute('href', '/');
	for (const [who, home] of [
		['citizen', '/me'],
		['assignedWorker', '/staff'],
		['leader', '/staff'],
		['relativeWithArea', '/helper']
	] as const) {
		await page.context().clearCookies();
		await loginAs(s.userIds[who]!);
		await page.goto('/help');
		await expect(name, who).toHaveAttribute('href', home);
	}
	await name.click();
	await expect(page).toHaveURL(/\/helper$/);
});
