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
			await relative.getByRole('link', { name: 'Ikke nu. Gå til Min side.' }).click();
			await expect(relative.getByRole('heading', { level: 1, name: 'Dem, der har inviteret dig' })).toBeVisible();
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
			await expect(page.getByText(/Så sidst dine oplysninger/)).toBeVisible();
			await page.getByRole('link', { name: 'Se og ret Mor' }).click();
			await expectAccessible(page);
			const areas = page.getByRole('group', { name: 'Hvad må personen se?' });
			await areas.getByLabel('Drømme').uncheck();
			await areas.getByLabel('Plan').check();
			await page.getByRole('button', { name: 'Gem' }).click();
			await expect(page.getByRole('status')).toHaveText('Det er gemt.');
			expect((await relative.goto(`${citizenPath}/dreams`))?.status()).toBe(404);
			expect((await relative.goto(`${citizenPath}/plan`))?.status()).toBe(200);
			// The relative reads the person's name, not the staff word "Borgeren".
			await expect(relative.getByText(/^Bent Borger.* har ingen mål endnu\.$/)).toBeVisible();

			// Removed: the very next request is refused, and the relative is logged out.
			await page.getByRole('button', { name: 'Fjern Mor nu' }).click();
			await expect(page.getByRole('status')).toContainText('Mor er fjernet.');
			await expectAccessible(page);
			await relative.goto(`${citizenPath}/plan`);
			await expect(relative).toHaveURL(/\/login\?accessEnded$/);
			await expect(relative.getByRole('status')).toHaveText(/^Din adgang er slut\./);
			await phone.close();
		});

		test('the invitation link can be copied and shared; without JavaScript it is text to select', async ({ page, loginAs, expectAccessible }) => {
			const { citizen } = await citizenScene();
			if (javaScriptEnabled) await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
			await loginAs(citizen.userId);
			await page.goto('/me/helpers/new?kind=relative');
			await page.getByLabel('Navn').fill('Mor');
			await page.getByRole('group', { name: 'Hvad må personen se?' }).getByLabel('Drømme').check();
			await page.getByRole('button', { name: 'Lav invitationen' }).click();
			await expect(page.getByRole('heading', { name: 'Send invitationen' })).toBeVisible();
			const linkText = page.getByRole('link', { name: /\/invite\// });
			const link = (await linkText.textContent())!.trim();
			expect(link).toMatch(/^http:\/\/localhost:\d+\/invite\/[a-z2-7]{20,}$/);
			// This browser has no share sheet: no "Del" button that would do nothing.
			await expect(page.getByRole('button', { name: 'Del linket' })).toHaveCount(0);
			if (!javaScriptEnabled) {
				await expect(page.getByRole('button', { name: 'Kopiér linket' })).toHaveCount(0);
				// The whole link is plain text in the page, to select and copy by hand.
				expect(await linkText.evaluate((a) => getComputedStyle(a).userSelect)).not.toBe('none');
				await expectAccessible(page);
				return;
			}
			await page.getByRole('button', { name: 'Kopiér linket' }).click();
			await expect(page.getByRole('status')).toHaveText('Kopieret. Sæt linket ind i en besked.');
			expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
			await expectAccessible(page);

			// A phone with a share sheet: "Del linket" hands it the link.
			await page.addInitScript(() => {
				const shared: ShareData[] = [];
				Object.assign(window, { shared });
				Object.defineProperty(navigator, 'share', { value: async (data: ShareData) => void shared.push(data) });
			});
			await page.goto('/me/helpers');
			await page.getByRole('link', { name: 'Se og ret Mor' }).click();
			await page.getByRole('button', { name: 'Lav et nyt link' }).click();
			await expect(page.getByRole('heading', { name: 'Send invitationen' })).toBeVisible();
			await page.getByRole('button', { name: 'Del linket' }).click();
			const shared = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared);
			expect(shared).toHaveLength(1);
			expect(shared[0]!.url).toMatch(/\/invite\/[a-z2-7]{20,}$/);
			await expectAccessible(page);
		});

		test('a removed relative is told plainly that the access has ended, when opening a page and when logging in again', async ({
			page,
			expectAccessible
		}) => {
			const { citizen } = await citizenScene();
			const { acceptHelperInvitation, inviteHelper, revokeGrant } = await import('../src/lib/server/access/grants.ts');
			const { grantId, token } = await inviteHelper(citizen.id, { kind: 'relative', name: 'Mor', areas: ['dreams'], canWriteInput: false, endsOn: null });
			const loginName = `mor${Date.now() % 1000000}${javaScriptEnabled ? 'j' : 'n'}`;
			const accepted = await acceptHelperInvitation(token, { newAccount: { displayName: 'Karin Mor', loginName, password: 'en lang adgangskode' } });
			if (accepted.status !== 'accepted') throw new Error(accepted.status);
			await signIn(page.context(), accepted.userId);
			await page.goto(`/helper/${citizen.id}/dreams`);
			await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

			await revokeGrant(citizen.id, grantId);
			await page.goto(`/helper/${citizen.id}/dreams`);
			await expect(page).toHaveURL(/\/login\?accessEnded$/);
			await expect(page.getByRole('status')).toHaveText(
				'Din adgang er slut. Derfor er du logget ud. Du kan ikke længere se det, du blev inviteret til at se.'
			);
			// Nothing of the citizen: not even the name they already know (someone else may hold the phone).
			await expect(page.getByRole('main')).not.toContainText('Bent Borger');
			await expectAccessible(page);

			// Only once: the next visit to log-in is an ordinary one.
			await page.goto('/login');
			await expect(page.getByText('Din adgang er slut.', { exact: false })).toHaveCount(0);

			// Logging in again works, and the start page says the same instead of "Ingen har inviteret dig endnu".
			await page.getByLabel('Brugernavn').fill(loginName);
			await page.getByLabel('Adgangskode', { exact: true }).fill('en lang adgangskode');
			await page.getByRole('button', { name: 'Log ind', exact: true }).click();
			await expect(page.getByRole('status')).toHaveText('Din adgang er slut. Du kan ikke længere se det, du blev inviteret til at se.');
			await expect(page.getByText('Ingen har inviteret dig endnu.')).toHaveCount(0);
			await expect(page.getByRole('main')).not.toContainText('Bent Borger');
			await expectAccessible(page);
			expect((await page.goto(`/helper/${citizen.id}/dreams`))?.status()).toBe(404);
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
