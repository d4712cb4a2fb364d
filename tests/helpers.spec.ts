import { citizenScene, expect, expectShowPassword, test, signIn } from './fixtures.ts';

for (const javaScriptEnabled of [true, false]) {
	test.describe(`relatives and guides, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });
		// A long story with two people and an axe scan at each step.
		test.setTimeout(90_000);

		test('invite a relative → they see only what is granted → change it → remove them', async ({
			page,
			browser,
			loginAs,
			expectAccessible
		}) => {
			const { citizen } = await citizenScene();
			await loginAs(citizen.userId);
			await page.goto('/me');
			await page.getByRole('link', { name: 'Mine pårørende og hjælpere' }).click();
			await expect(page.getByRole('heading', { level: 1, name: 'Mine pårørende og hjælpere' })).toBeVisible();
			await expect(page.getByText('Du har ikke inviteret nogen endnu.')).toBeVisible();
			await expectAccessible(page);

			await page.getByRole('link', { name: 'Inviter en pårørende' }).click();
			await page.getByRole('button', { name: 'Lav invitationen' }).click();
			await expect(page.getByRole('alert')).toContainText('Skriv et navn.');
			await expect(page.getByRole('alert')).toContainText('Vælg mindst én ting, personen må se.');
			await expectAccessible(page);

			await page.getByLabel('Navn').fill('Mor');
			await page.getByRole('group', { name: 'Hvad må personen se?' }).getByLabel('Drømme').check();
			await page.getByRole('button', { name: 'Lav invitationen' }).click();
			await expect(page.getByRole('heading', { name: 'Send invitationen' })).toBeVisible();
			await expect(page.getByRole('img', { name: 'QR-kode med linket til Mor' })).toBeVisible();
			const link = (await page.getByRole('link', { name: /\/invite\// }).textContent())!.trim();
			await expectAccessible(page);

			// The relative, on their own phone.
			const phone = await browser.newContext({ javaScriptEnabled });
			const relative = await phone.newPage();
			await relative.goto(new URL(link).pathname);
			await expect(relative.getByText(/har inviteret dig som pårørende/)).toBeVisible();
			await expectAccessible(relative);
			await relative.getByLabel('Dit navn').fill('Karin Mor');
			await relative.getByLabel('Brugernavn').fill(`mor${Date.now() % 1000000}${javaScriptEnabled ? 'j' : 'n'}`);
			await relative.getByLabel('Adgangskode', { exact: true }).fill('en lang adgangskode');
			await expect(relative.getByLabel('Skriv adgangskoden igen')).toHaveCount(0);
			await expectShowPassword(relative, relative.getByLabel('Adgangskode', { exact: true }), javaScriptEnabled);
			await relative.getByRole('button', { name: 'Tag imod og log ind' }).click();
			await relative.getByRole('link', { name: 'Ikke nu. Gå til min side.' }).click();
			await expect(relative.getByRole('heading', { level: 1, name: 'Borgere, der har inviteret dig' })).toBeVisible();
			await expectAccessible(relative);
			await relative.getByRole('link', { name: /Bent Borger/ }).click();
			await expect(relative.getByRole('link', { name: 'Drømme' })).toBeVisible();
			await expect(relative.getByRole('link', { name: 'Plan' })).toHaveCount(0);
			await expectAccessible(relative);
			const citizenPath = new URL(relative.url()).pathname;
			expect((await relative.goto(`${citizenPath}/dreams`))?.status()).toBe(200);
			expect((await relative.goto(`${citizenPath}/plan`))?.status()).toBe(404);

			// The citizen sees when the relative looked, and changes what they may see.
			await page.goto('/me/helpers');
			await expect(page.getByText(/Så sidst dine ting/)).toBeVisible();
			await page.getByRole('link', { name: 'Se og ret Mor' }).click();
			await expectAccessible(page);
			const areas = page.getByRole('group', { name: 'Hvad må personen se?' });
			await areas.getByLabel('Drømme').uncheck();
			await areas.getByLabel('Plan').check();
			await page.getByRole('button', { name: 'Gem' }).click();
			await expect(page.getByRole('status')).toHaveText('Det er gemt.');
			expect((await relative.goto(`${citizenPath}/dreams`))?.status()).toBe(404);
			expect((await relative.goto(`${citizenPath}/plan`))?.status()).toBe(200);

			// Removed: the very next request is refused, and the relative is logged out.
			await page.getByRole('button', { name: 'Fjern Mor nu' }).click();
			await expect(page.getByRole('status')).toContainText('Mor er fjernet.');
			await expectAccessible(page);
			await relative.goto(`${citizenPath}/plan`);
			await expect(relative).toHaveURL(/\/login\?next=/);
			await phone.close();
		});
	});
}

test('a worker suggests a guide; nothing is shared until the citizen says yes', async ({ page, browser, loginAs, expectAccessible }) => {
	const { citizen, worker } = await citizenScene();
	await loginAs(worker.id);
	await page.goto(`/staff/citizens/${citizen.id}`);
	await page.getByLabel('Brugerguidens navn').fill('Gitte Guide');
	await page.getByRole('button', { name: 'Send forslaget' }).click();
	await expect(page.getByRole('status')).toHaveText('Forslaget er sendt til borgeren.');
	await expectAccessible(page);

	const phone = await browser.newContext();
	const citizenPage = await phone.newPage();
	await signIn(phone, citizen.userId);
	await citizenPage.goto('/me/helpers');
	await expect(citizenPage.getByText('Din kontaktperson foreslår brugerguiden Gitte Guide.')).toBeVisible();
	await citizenPage.getByRole('link', { name: 'Se forslaget' }).click();
	await expect(citizenPage.getByRole('heading', { level: 1, name: 'Vil du invitere Gitte Guide?' })).toBeVisible();
	await expectAccessible(citizenPage);
	await citizenPage.getByLabel('Drømme').check();
	await citizenPage.getByRole('button', { name: 'Ja, lav en invitation' }).click();
	await expect(citizenPage.getByRole('heading', { name: 'Send invitationen' })).toBeVisible();
	await phone.close();
});
