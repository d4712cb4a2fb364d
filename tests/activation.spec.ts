import { citizenScene, expect, expectShowPassword, factories, test } from './fixtures.ts';

// The whole first visit of a new citizen, with and without JavaScript.
for (const javaScriptEnabled of [true, false]) {
	test.describe(`activation and log-in, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		test('activate → choose password → Min side shows the kontaktperson → log out → log in again', async ({ page, expectAccessible }) => {
			const { worker, citizen } = await citizenScene({ canLogIn: false });
			const { display } = await factories.createActivationCode(citizen.userId, null);
			const loginName = `bent${Date.now() % 100000}${javaScriptEnabled ? 'j' : 'n'}`;

			await page.goto('/activate');
			await expect(page.getByRole('heading', { level: 1, name: 'Kom i gang' })).toBeVisible();
			await expectAccessible(page);

			await page.getByLabel('Koden fra brevet').fill(display.toLowerCase());
			await page.getByRole('button', { name: 'Næste' }).click();
			await expect(page.getByRole('heading', { level: 1, name: /^Hej Bent/ })).toBeVisible();
			await expectAccessible(page);

			await page.getByLabel('Brugernavn').fill(loginName);
			const password = page.getByLabel('Adgangskode', { exact: true });
			await password.fill('min hemmelige sætning');
			// Typed once, and seen with "Vis adgangskode" instead of typed again (without JavaScript: a plain password field).
			await expect(page.getByLabel('Skriv adgangskoden igen')).toHaveCount(0);
			await expectShowPassword(page, password, javaScriptEnabled);
			await page.getByRole('button', { name: 'Gem og log ind' }).click();

			// Offered fingerprint or face next; the citizen says not now.
			await expect(page.getByRole('heading', { level: 1, name: 'Velkommen til Samklang' })).toBeVisible();
			await expectAccessible(page);
			await page.getByRole('link', { name: 'Ikke nu. Gå til Min side.' }).click();
			await expect(page).toHaveURL(/\/me$/);
			await expect(page.getByRole('heading', { level: 1, name: 'Hej Bent' })).toBeVisible();
			const contactTile = page.getByRole('link', { name: /Min kontaktperson/ });
			await expect(contactTile).toContainText(worker.displayName || 'Kirsten');
			await expect(contactTile).toContainText('Midlertidig kontaktperson');
			await expectAccessible(page);

			await page.getByRole('button', { name: 'Log ud' }).click();
			await expect(page.getByRole('status')).toHaveText('Du er logget ud.');
			await expectAccessible(page);

			await page.goto('/me');
			await expect(page).toHaveURL(/\/login\?next=%2Fme$/);
			await page.getByLabel('Brugernavn').fill(loginName.toUpperCase());
			await page.getByLabel('Adgangskode').fill('min hemmelige sætning');
			await page.getByRole('button', { name: 'Log ind', exact: true }).click();
			await expect(page.getByRole('heading', { level: 1, name: 'Hej Bent' })).toBeVisible();

			// The code is used up now.
			await page.getByRole('button', { name: 'Log ud' }).click();
			await page.goto(`/activate/${display}`);
			await expect(page.getByLabel('Koden fra brevet')).toHaveValue(display);
			await page.getByRole('button', { name: 'Næste' }).click();
			await expect(page.getByText('Koden er brugt. Log ind, eller bed om en ny kode.').first()).toBeVisible();
		});

		test('explains a wrong code and a password that is too short, and keeps what was typed', async ({ page, expectAccessible }) => {
			const { citizen } = await citizenScene({ canLogIn: false });
			const { display } = await factories.createActivationCode(citizen.userId, null);

			await page.goto('/activate');
			await page.getByRole('button', { name: 'Næste' }).click();
			const summary = page.getByRole('alert');
			await expect(summary).toContainText('Skriv koden fra brevet.');
			await expect(page.getByLabel('Koden fra brevet')).toHaveAttribute('aria-invalid', 'true');
			await expectAccessible(page);

			await page.getByLabel('Koden fra brevet').fill('ACDE-FHJK-MNPR');
			await page.getByRole('button', { name: 'Næste' }).click();
			await expect(summary).toContainText('Koden passer ikke.');

			await page.getByLabel('Koden fra brevet').fill(display);
			await page.getByRole('button', { name: 'Næste' }).click();
			await page.getByLabel('Adgangskode', { exact: true }).fill('kort');
			await page.getByRole('button', { name: 'Gem og log ind' }).click();
			await expect(summary).toContainText('Adgangskoden skal have mindst 8 tegn.');
			await expect(page.getByLabel('Brugernavn')).toHaveValue(/^bent/);
			await expectAccessible(page);

			// The summary links to the field with the problem.
			await summary.getByRole('link', { name: /mindst 8 tegn/ }).click();
			await expect(page.getByLabel('Adgangskode', { exact: true })).toBeFocused();
			// Never echoed back: the password is typed again, once.
			await expect(page.getByLabel('Adgangskode', { exact: true })).toHaveValue('');
		});
	});
}
