import { TEST_PASSWORD, citizenScene, expect, factories, test } from './fixtures.ts';

for (const javaScriptEnabled of [true, false]) {
	test.describe(`log-in form, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		test('asks for missing fields, refuses a wrong password, then lets the person in', async ({ page, expectAccessible }) => {
			const { citizen } = await citizenScene();
			await page.goto('/login');
			await expect(page.getByRole('heading', { level: 1, name: 'Log ind' })).toBeVisible();
			await expectAccessible(page);

			await page.getByRole('button', { name: 'Log ind', exact: true }).click();
			const summary = page.getByRole('alert');
			await expect(summary).toContainText('Skriv dit brugernavn.');
			await expect(summary).toContainText('Skriv din adgangskode.');
			await expectAccessible(page);

			await page.getByLabel('Brugernavn').fill(citizen.loginName);
			await page.getByLabel('Adgangskode').fill('not the password');
			await page.getByRole('button', { name: 'Log ind', exact: true }).click();
			await expect(summary).toContainText('Brugernavn eller adgangskode passer ikke.');
			// The name is kept, the password is not.
			await expect(page.getByLabel('Brugernavn')).toHaveValue(citizen.loginName);
			await expect(page.getByLabel('Adgangskode')).toHaveValue('');

			await page.getByLabel('Adgangskode').fill(TEST_PASSWORD);
			await page.getByRole('button', { name: 'Log ind', exact: true }).click();
			await expect(page).toHaveURL(/\/me$/);
		});
	});
}

test('stops guessing after 5 wrong passwords, even with the right one', async ({ page }) => {
	const { citizen } = await citizenScene();
	await page.goto('/login');
	for (let attempt = 0; attempt < 5; attempt++) {
		await page.getByLabel('Brugernavn').fill(citizen.loginName);
		await page.getByLabel('Adgangskode').fill(`wrong ${attempt}`);
		// Wait for each answer: the alert from the attempt before already says "passer ikke".
		await Promise.all([
			page.waitForResponse((r) => r.request().method() === 'POST'),
			page.getByRole('button', { name: 'Log ind', exact: true }).click()
		]);
		await expect(page.getByRole('alert')).toContainText('passer ikke');
	}
	await page.getByLabel('Adgangskode').fill(TEST_PASSWORD);
	await page.getByRole('button', { name: 'Log ind', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText('Du har prøvet mange gange. Vent 15 minutter.');
	await expect(page).toHaveURL(/\/login/);
});

test('staff land on Mine borgere, and come back to the page they asked for', async ({ page }) => {
	const { leader, citizen } = await citizenScene();
	await page.goto(`/staff/citizens/${citizen.id}`);
	await expect(page).toHaveURL(/\/login\?next=/);
	await page.getByLabel('Brugernavn').fill(leader.loginName);
	await page.getByLabel('Adgangskode').fill(TEST_PASSWORD);
	await page.getByRole('button', { name: 'Log ind', exact: true }).click();
	await expect(page).toHaveURL(new RegExp(`/staff/citizens/${citizen.id}$`));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Bent Borger/);
});

test('a relative sees the helper page, with nobody yet', async ({ page, loginAs, expectAccessible }) => {
	const relative = await factories.createUser('relative');
	await loginAs(relative.id);
	await page.goto('/helper');
	await expect(page.getByRole('heading', { level: 1, name: 'Borgere, der har inviteret dig' })).toBeVisible();
	await expectAccessible(page);
});
