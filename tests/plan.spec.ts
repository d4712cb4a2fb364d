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
			await page.getByRole('link', { name: 'Tilføj et skridt' }).click();
			await page.getByLabel('Hvad skal der ske?').fill('Skrive mig op til en bolig');
			await page.getByRole('group', { name: 'Hvem gør det?' }).getByLabel('Det gør jeg').check();
			await page.getByRole('button', { name: 'Tilføj skridtet' }).click();
			await expect(page.getByRole('status')).toHaveText('Skridtet er tilføjet.');
			await page.getByRole('link', { name: 'Ret målet' }).click();
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

		test('a goal on a phone: one thing per screen — the goal with its steps, then change it, add a step or delete it', async ({
			page,
			loginAs,
			expectAccessible
		}) => {
			await page.setViewportSize({ width: 360, height: 740 });
			const { citizen } = await citizenScene();
			const { createGoal } = await import('../src/lib/server/plan.ts');
			const self = { id: citizen.userId, role: 'citizen' as const, displayName: 'Bent', unitId: null, unitName: null };
			const made = await createGoal(citizen.id, self, true, 'Lære at lave mad', []);
			if (made.status !== 'created') throw new Error(made.status);
			const goalId = made.id;
			await loginAs(citizen.userId);
			await page.goto(`/me/plan/${goalId}`);
			const main = page.getByRole('main');
			// The goal and its steps; no field and no form button, only ways to the next screen.
			await expect(main.getByRole('heading', { name: 'Lære at lave mad' })).toBeVisible();
			await expect(main.getByRole('textbox')).toHaveCount(0);
			await expect(main.getByRole('radio')).toHaveCount(0);
			// ("Læs op" reads the page aloud: not a form.)
			await expect(main.getByRole('button', { name: /Gem|Tilføj|Slet/ })).toHaveCount(0);
			const actions = page.getByRole('navigation', { name: 'Hvad vil du gøre med målet?' });
			await expect(actions.getByRole('link')).toHaveText(['Tilføj et skridt', 'Ret målet', 'Slet målet']);
			await expectAccessible(page);

			// A problem keeps the form open (without JavaScript the address has lost ?addStep).
			await actions.getByRole('link', { name: 'Tilføj et skridt' }).click();
			await expect(main.getByRole('button', { name: /Gem|Tilføj|Slet/ })).toHaveText(['Tilføj skridtet']);
			await page.getByRole('button', { name: 'Tilføj skridtet' }).click();
			await expect(page.getByRole('alert')).toContainText('Skriv, hvad der skal ske.');
			await page.getByLabel('Hvad skal der ske?').fill('Købe en kogebog');
			await page.getByRole('group', { name: 'Hvem gør det?' }).getByLabel('Det gør jeg').check();
			await page.getByRole('button', { name: 'Tilføj skridtet' }).click();
			await expect(page.getByRole('status')).toHaveText('Skridtet er tilføjet.');
			await expect(main.getByText('Købe en kogebog')).toBeVisible();
			await expect(main.getByRole('textbox')).toHaveCount(0);
			await expectAccessible(page);

			await actions.getByRole('link', { name: 'Ret målet' }).click();
			await page.getByLabel('Dit mål').fill('Lære at lave varm mad');
			// With JavaScript a phone asks one question at a time: Næste to the last one.
			const save = page.getByRole('button', { name: 'Gem målet' });
			while (javaScriptEnabled && !(await save.isVisible())) await page.getByRole('button', { name: 'Næste' }).click();
			await save.click();
			await expect(page.getByRole('status')).toHaveText('Målet er gemt.');
			await expect(main.getByRole('heading', { name: 'Lære at lave varm mad' })).toBeVisible();
			await expect(main.getByRole('textbox')).toHaveCount(0);

			await actions.getByRole('link', { name: 'Slet målet' }).click();
			await expect(page.getByRole('heading', { name: 'Vil du slette målet?' })).toBeVisible();
			await expectAccessible(page);
			await page.getByRole('link', { name: 'Nej. Behold målet.' }).click();
			await expect(actions).toBeVisible();
			await actions.getByRole('link', { name: 'Slet målet' }).click();
			await page.getByRole('button', { name: 'Slet målet' }).click();
			await expect(page).toHaveURL(/\/me\/plan$/);
			await expect(page.getByRole('link', { name: 'Lære at lave varm mad' })).toHaveCount(0);
		});
	});
}
