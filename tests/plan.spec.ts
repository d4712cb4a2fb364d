import { citizenScene, expect, signIn, test } from './fixtures.ts';

for (const javaScriptEnabled of [true, false]) {
	test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });
		test('Min plan: a goal linked to a dream, a step, progress and history; staff read it', async ({ page, browser, loginAs, expectAccessible }) => {
			test.setTimeout(60_000);
			const { citizen, worker } = await citizenScene();
			const { createDream } = await import('../src/lib/server/dreams.ts');
			const self = { id: citizen.userId, role: 'citizen' as const, displayName: 'Bent', unitId: null, unitName: null };
			await createDream(citizen.id, self, true, { text: 'Mit eget sted', lifeArea: 'home', visibility: 'team', talkAtNextMeeting: false }, null);
			await loginAs(citizen.userId);

			await page.goto('/me');
			await page.getByRole('link', { name: 'Min plan' }).click();
			await expect(page.getByText('Du har ingen mål endnu.')).toBeVisible();
			await expectAccessible(page);

			await page.getByRole('link', { name: 'Skriv et nyt mål' }).click();
			await page.getByRole('button', { name: 'Gem målet' }).click();
			await expect(page.getByRole('alert')).toContainText('Skriv dit mål.');
			await expectAccessible(page);
			await page.getByLabel('Dit mål').fill('Flytte i egen lejlighed');
			await page.getByLabel('Mit eget sted').check();
			await page.getByRole('button', { name: 'Gem målet' }).click();
			await expect(page).toHaveURL(/\/me\/plan$/);
			await expect(page.getByText('Hører til: Mit eget sted')).toBeVisible();

			await page.getByRole('link', { name: 'Flytte i egen lejlighed' }).click();
			await page.getByLabel('Hvad skal der ske?').fill('Skrive mig op til en bolig');
			await page.getByRole('group', { name: 'Hvem gør det?' }).getByLabel('Det gør jeg').check();
			await page.getByRole('button', { name: 'Tilføj skridtet' }).click();
			await expect(page.getByRole('status')).toHaveText('Skridtet er tilføjet.');
			await page.getByRole('group', { name: 'Hvor langt er du?' }).getByLabel('I gang').check();
			await page.getByRole('button', { name: 'Gem målet' }).click();
			await expect(page.getByRole('status')).toHaveText('Målet er gemt.');
			await expect(page.getByRole('img', { name: 'Hvor langt: I gang' })).toBeVisible();
			await expectAccessible(page);

			await page.goto('/me/plan');
			await page.getByRole('button', { name: 'Det er klaret: Skrive mig op til en bolig' }).click();
			await expect(page.getByText('(Klaret)')).toBeVisible();
			await expect(page.getByText(/klarede et skridt: Skrive mig op til en bolig/)).toBeVisible();
			await expectAccessible(page);

			// The kontaktperson reads the plan, read-only, on the citizen's page.
			const staff = await browser.newContext();
			await signIn(staff, worker.id);
			const staffPage = await staff.newPage();
			await staffPage.goto(`/staff/citizens/${citizen.id}`);
			await expect(staffPage.getByRole('heading', { name: 'Flytte i egen lejlighed' })).toBeVisible();
			await expect(staffPage.getByRole('img', { name: 'Hvor langt: I gang' })).toBeVisible();
			await staff.close();
		});
	});
}
