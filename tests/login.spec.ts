import type { APIRequestContext } from '@playwright/test';
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

test('"Glemt adgangskoden?" says what to do; "Vis adgangskode" shows the password and hides it again when sent', async ({ page, expectAccessible }) => {
	const { citizen } = await citizenScene();
	await page.goto('/login');
	await expect(page.getByRole('heading', { level: 2, name: 'Glemt adgangskoden?' })).toBeVisible();
	await expect(page.getByText('Bed din kontaktperson om et nyt brev med en kode.')).toBeVisible();
	await expect(page.getByText('Har du sat fingeraftryk eller ansigt op? Så kan du logge ind med det uden adgangskode.')).toBeVisible();

	const password = page.getByLabel('Adgangskode', { exact: true });
	const show = page.getByRole('button', { name: 'Vis adgangskode' });
	await expect(password).toHaveAttribute('type', 'password');
	await expect(show).toHaveAttribute('aria-pressed', 'false');
	await password.fill('not the password');
	await show.click();
	await expect(password).toHaveAttribute('type', 'text');
	await expect(show).toHaveAttribute('aria-pressed', 'true');
	await expect(password).toHaveValue('not the password');
	await expectAccessible(page);
	await show.click();
	await expect(password).toHaveAttribute('type', 'password');

	// Sent while shown: a password field again, so the browser treats it as one.
	await show.click();
	await page.getByLabel('Brugernavn').fill(citizen.loginName);
	await page.getByRole('button', { name: 'Log ind', exact: true }).click();
	await expect(page.getByRole('alert')).toContainText('passer ikke');
	await expect(password).toHaveAttribute('type', 'password');
	await expect(show).toHaveAttribute('aria-pressed', 'false');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the password is a normal password field, and "Glemt adgangskoden?" is there', async ({ page, expectAccessible }) => {
		await page.goto('/login');
		await expect(page.getByLabel('Adgangskode', { exact: true })).toHaveAttribute('type', 'password');
		await expect(page.getByRole('button', { name: 'Vis adgangskode' })).toHaveCount(0);
		await expect(page.getByRole('heading', { level: 2, name: 'Glemt adgangskoden?' })).toBeVisible();
		await expectAccessible(page);
	});
});

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
	await expect(page.getByRole('heading', { level: 1, name: 'Dem, der har inviteret dig' })).toBeVisible();
	await expectAccessible(page);
});

test.describe('log-in limits that cannot be dodged', () => {
	/** Posts the log-in form as a browser without JavaScript would, from one client address. */
	const postLogin = (request: APIRequestContext, baseURL: string, address: string, form: Record<string, string>) =>
		request.post('/login', { form, maxRedirects: 0, headers: { origin: baseURL, accept: 'text/html', 'x-forwarded-for': address } });

	test('twelve wrong passwords at once get exactly five tries', async ({ request, baseURL }) => {
		const { citizen } = await citizenScene();
		const address = `10.77.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
		const answers = await Promise.all(
			Array.from({ length: 12 }, (_, i) => postLogin(request, baseURL!, address, { loginName: citizen.loginName, password: `wrong ${i}` }))
		);
		const statuses = answers.map((a) => a.status()).sort();
		expect(statuses.filter((s) => s === 400)).toHaveLength(5);
		expect(statuses.filter((s) => s === 429)).toHaveLength(7);
	});

	test('logging in to one’s own account does not reset the limit for the address', async ({ request, playwright, baseURL }) => {
		const { citizen } = await citizenScene();
		const address = `10.78.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
		for (let i = 0; i < 29; i++) {
			expect((await postLogin(request, baseURL!, address, { loginName: `nobody${i}`, password: 'guess' })).status()).toBe(400);
		}
		// The attacker's own account, from the same address: let in (in a context of its own, so the
		// guesses below are not sent with the new session).
		const ownAccount = await playwright.request.newContext({ baseURL });
		expect((await postLogin(ownAccount, baseURL!, address, { loginName: citizen.loginName, password: TEST_PASSWORD })).status()).toBe(303);
		await ownAccount.dispose();
		expect((await postLogin(request, baseURL!, address, { loginName: 'nobody-else', password: 'guess' })).status()).toBe(400);
		expect((await postLogin(request, baseURL!, address, { loginName: 'and-another', password: 'guess' })).status()).toBe(429);
	});

	test('a "come back to" address that leads to another site is ignored', async ({ playwright, baseURL }) => {
		const { citizen } = await citizenScene();
		for (const next of ['/.//evil.example/x', '/..//evil.example', '//evil.example', '/\\evil.example', 'https://evil.example/']) {
			const address = `10.79.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;
			const request = await playwright.request.newContext({ baseURL });
			const answer = await postLogin(request, baseURL!, address, { loginName: citizen.loginName, password: TEST_PASSWORD, next });
			await request.dispose();
			expect(answer.status(), next).toBe(303);
			expect(answer.headers()['location'], next).toBe('/me');
		}
	});
});
