import { TEST_PASSWORD, citizenScene, expect, expectShowPassword, test, signIn } from './fixtures.ts';

test('register a passkey with a virtual authenticator, log in with it, remove it', async ({ page, context, loginAs, expectAccessible }) => {
	const { citizen } = await citizenScene();
	// Chromium's DevTools virtual authenticator: a real WebAuthn ceremony, with a simulated fingerprint.
	const cdp = await context.newCDPSession(page);
	await cdp.send('WebAuthn.enable');
	await cdp.send('WebAuthn.addVirtualAuthenticator', {
		options: {
			protocol: 'ctap2',
			transport: 'internal',
			hasResidentKey: true,
			hasUserVerification: true,
			isUserVerified: true,
			automaticPresenceSimulation: true
		}
	});

	await loginAs(citizen.userId);
	await page.goto('/me');
	await page.getByRole('link', { name: 'Min konto' }).click();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Log ind med fingeraftryk eller ansigt' }).click();
	await expect(page.getByText('Du har ikke sat det op endnu.')).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Navn på telefonen eller computeren').fill('Testtelefon');
	await page.getByRole('button', { name: 'Sæt fingeraftryk eller ansigt op' }).click();
	await expect(page.getByRole('status')).toContainText('Det virker nu.');
	await expect(page.getByRole('heading', { name: 'Testtelefon' })).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('button', { name: 'Log ud' }).click();
	// A "come back to" address that would lead to another site is ignored: the citizen lands on Min side.
	await page.goto(`/login?next=${encodeURIComponent('/.//evil.example/x')}`);
	// The virtual authenticator answers the passkey autofill request by itself, as a person picking
	// the passkey would; where it has not yet, the button does the same.
	await page
		.getByRole('button', { name: 'Log ind med fingeraftryk eller ansigt' })
		.click({ timeout: 2000 })
		.catch(() => {});
	await expect(page).toHaveURL(/\/me$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Hej Bent' })).toBeVisible();

	await page.goto('/account/passkeys');
	await page.getByRole('button', { name: 'Fjern Testtelefon' }).click();
	await expect(page.getByRole('status')).toHaveText('Det er fjernet. Du er logget ud alle andre steder.');
	await expect(page.getByText('Du har ikke sat det op endnu.')).toBeVisible();
});

test('right after activation, once a passkey works, the button says to go on, not "Ikke nu"', async ({ page, context, loginAs, expectAccessible }) => {
	const { citizen } = await citizenScene();
	const cdp = await context.newCDPSession(page);
	await cdp.send('WebAuthn.enable');
	await cdp.send('WebAuthn.addVirtualAuthenticator', {
		options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true }
	});
	await loginAs(citizen.userId);
	await page.goto('/account/passkeys?welcome');
	await expect(page.getByRole('link', { name: 'Ikke nu. Gå til Min side.' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Gå videre til Min side' })).toHaveCount(0);
	await page.getByRole('button', { name: 'Sæt fingeraftryk eller ansigt op' }).click();
	await expect(page.getByRole('status')).toContainText('Det virker nu.');
	await expect(page.getByRole('link', { name: 'Ikke nu. Gå til Min side.' })).toHaveCount(0);
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Gå videre til Min side' }).click();
	await expect(page).toHaveURL(/\/me$/);
	// Coming back to the page later, with the passkey there, says the same.
	await page.goto('/account/passkeys?welcome');
	await expect(page.getByRole('link', { name: 'Gå videre til Min side' })).toBeVisible();
});

test('my sessions: see the devices, log out one of them, then everywhere', async ({ page, browser, loginAs, expectAccessible }) => {
	const { citizen } = await citizenScene();
	// A second device, logged in with the password through the real form.
	const phone = await browser.newContext({
		userAgent: 'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Mobile Safari/537.36'
	});
	const other = await phone.newPage();
	await other.goto('/login');
	await other.getByLabel('Brugernavn').fill(citizen.loginName);
	await other.getByLabel('Adgangskode').fill(TEST_PASSWORD);
	await other.getByRole('button', { name: 'Log ind', exact: true }).click();
	await expect(other).toHaveURL(/\/me$/);

	await loginAs(citizen.userId);
	await page.goto('/account/sessions');
	await expect(page.getByRole('heading', { level: 2, name: 'Chrome på Android' })).toBeVisible();
	await expect(page.getByText('Det er den telefon eller computer, du bruger nu.')).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('listitem').filter({ hasText: 'Chrome på Android' }).getByRole('button', { name: 'Log ud her' }).click();
	await expect(page.getByRole('status')).toHaveText('Du er logget ud på den telefon eller computer.');
	await other.goto('/me');
	await expect(other).toHaveURL(/\/login\?next=/);

	await page.getByRole('button', { name: 'Log ud overalt' }).click();
	await expect(page.getByRole('status')).toHaveText('Du er logget ud.');
	await phone.close();
});

for (const javaScriptEnabled of [true, false]) {
	test.describe(`JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });
		test('changing the password ends the other sessions', async ({ page, browser, loginAs, expectAccessible }) => {
			const { citizen } = await citizenScene();
			const phone = await browser.newContext();
			const other = await phone.newPage();
			await signIn(phone, citizen.userId);

			await loginAs(citizen.userId);
			await page.goto('/account/password');
			await page.getByLabel('Din adgangskode nu').fill('wrong one');
			await page.getByLabel('Ny adgangskode').fill('et helt nyt kodeord');
			// Typed once, and seen with "Vis adgangskode" instead of typed again (without JavaScript: a plain password field).
			await expect(page.getByLabel('Skriv adgangskoden igen')).toHaveCount(0);
			await expectShowPassword(page, page.getByLabel('Ny adgangskode'), javaScriptEnabled);
			await page.getByRole('button', { name: 'Gem den nye adgangskode' }).click();
			await expect(page.getByRole('alert')).toContainText('Din adgangskode nu passer ikke.');
			await expectAccessible(page);

			await page.getByLabel('Din adgangskode nu').fill(TEST_PASSWORD);
			await page.getByLabel('Ny adgangskode').fill('et helt nyt kodeord');
			await page.getByRole('button', { name: 'Gem den nye adgangskode' }).click();
			await expect(page.getByRole('status')).toContainText('Din adgangskode er skiftet.');
			await other.goto('/me');
			await expect(other).toHaveURL(/\/login\?next=/);
			await page.goto('/me');
			await expect(page.getByRole('heading', { level: 1, name: 'Hej Bent' })).toBeVisible();
			await phone.close();
		});
	});
}
