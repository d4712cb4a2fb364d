import { readFileSync } from 'node:fs';
import { citizenScene, expect, test, signIn } from './fixtures.ts';

test('Mine data: download everything as JSON and as a page; the exports are logged', async ({ page, loginAs, expectAccessible }) => {
	const { citizen, worker } = await citizenScene();
	await loginAs(citizen.userId);
	await page.goto('/me');
	await page.getByRole('link', { name: 'Mine data' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Mine data' })).toBeVisible();
	await expectAccessible(page);

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Hent alt som en fil' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^samklang-mine-data-\d{4}-\d{2}-\d{2}\.json$/);
	const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
	expect(data).toMatchObject({ format: 'samklang-export', version: 1, citizen: { hoursBand: '1-5', legalBasis: 'sel85' } });
	expect(data.person.name).toMatch(/^Bent Borger/);
	expect(data.supporters.map((s: { name: string }) => s.name)).toEqual([worker.displayName]);

	await page.getByRole('link', { name: 'Se alt på én side' }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Alt, vi har gemt om Bent Borger/ })).toBeVisible();
	await expect(page.getByText(/\(dig selv\) hentede alle dine data/).first()).toBeVisible();
	await expectAccessible(page);
});

for (const javaScriptEnabled of [true, false]) {
	test(`ask for deletion; the leader answers in plain words, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({
		page,
		browser,
		loginAs,
		expectAccessible
	}) => {
		const { citizen, leader } = await citizenScene();
		const citizenContext = await browser.newContext({ javaScriptEnabled });
		const citizenPage = await citizenContext.newPage();
		await signIn(citizenContext, citizen.userId);
		await citizenPage.goto('/me/data');
		await citizenPage.getByLabel(/Vil du skrive noget til lederen/).fill('Jeg vil ikke være med mere.');
		await citizenPage.getByRole('button', { name: 'Bed om sletning' }).click();
		await expect(citizenPage.getByRole('status')).toHaveText('Din besked er sendt til lederen.');

		await loginAs(leader.id);
		await page.goto('/staff');
		await page.getByRole('link', { name: 'Ønsker om sletning' }).click();
		const request = page.getByRole('region', { name: /Bent Borger.* bad om sletning/ });
		await expect(request).toContainText('Jeg vil ikke være med mere.');
		await request.getByRole('button', { name: 'Kan ikke slettes endnu' }).click();
		await expect(page.getByRole('alert')).toContainText('Skriv et svar til borgeren.');
		await expectAccessible(page);
		await page.getByLabel('Dit svar til borgeren').fill('Vi skal gemme sagen i 5 år. Så sletter vi den.');
		await page.getByRole('button', { name: 'Kan ikke slettes endnu' }).click();
		await expect(page.getByRole('status')).toHaveText('Svaret er sendt til borgeren.');

		await citizenPage.goto('/me/data');
		await expect(citizenPage.getByText('Lederens svar: Vi skal gemme sagen i 5 år. Så sletter vi den.')).toBeVisible();
		await citizenContext.close();
	});
}
