import type { Page } from '@playwright/test';
import { citizenScene, expect, test } from './fixtures.ts';

async function switchTo(page: Page, loginAs: (id: string) => Promise<void>, userId: string) {
	await page.context().clearCookies();
	await loginAs(userId);
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(`Meetings, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });
		test.setTimeout(90_000);

		test('the citizen prepares, the worker reviews every item, the summary reaches the citizen, who answers', async ({ page, loginAs, expectAccessible }) => {
			const { citizen, worker } = await citizenScene();
			const { inviteHelper, acceptHelperInvitation } = await import('../src/lib/server/access/grants.ts');
			const { token } = await inviteHelper(citizen.id, { kind: 'relative', name: 'Mor', areas: ['meetings'], canWriteInput: true, endsOn: null });
			const relative = await acceptHelperInvitation(token, { newAccount: { displayName: 'Mor Hansen', loginName: `mor${Math.random().toString(36).slice(2, 9)}`, password: 'a long password' } });
			if (relative.status !== 'accepted') throw new Error(relative.status);

			// The worker plans a meeting three days ahead.
			await loginAs(worker.id);
			await page.goto(`/staff/citizens/${citizen.id}`);
			await page.getByRole('link', { name: 'Planlæg et møde' }).last().click();
			await page.getByRole('button', { name: 'Planlæg mødet' }).click();
			await expect(page.getByRole('alert')).toContainText('Vælg slags møde.');
			await expect(page.getByRole('alert')).toContainText('Skriv et sted');
			await expectAccessible(page);
			await page.getByRole('group', { name: 'Slags møde' }).getByLabel('Opfølgning').check();
			const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
			await page.getByLabel('Dato').fill(inThreeDays);
			await page.getByLabel('Klokken').fill('10:30');
			await page.getByLabel('Sted').fill('Hjemme hos Bent');
			await page.getByRole('button', { name: 'Planlæg mødet' }).click();
			await expect(page.getByRole('heading', { level: 1, name: /Før mødet/ })).toBeVisible();
			const meetingUrl = page.url();

			// The citizen prepares.
			await switchTo(page, loginAs, citizen.userId);
			await page.goto('/me');
			await page.getByRole('link', { name: /Mine møder/ }).click();
			await expect(page.getByRole('heading', { name: 'Opfølgning' })).toBeVisible();
			await expectAccessible(page);
			await page.getByRole('link', { name: 'Se mødet' }).click();
			await page.getByRole('button', { name: 'Tilføj' }).click();
			await expect(page.getByRole('alert')).toContainText('Skriv noget først.');
			await page.getByLabel('Skriv et emne').fill('Jeg vil gerne tale om min økonomi.');
			await page.getByRole('button', { name: 'Tilføj' }).click();
			await expect(page.getByRole('listitem').filter({ hasText: 'Jeg vil gerne tale om min økonomi.' })).toBeVisible();
			await page.getByLabel('Hvem tager du med?').fill('Min søster');
			await page.getByRole('button', { name: 'Gem', exact: true }).click();
			await expect(page.getByRole('status')).toHaveText('Gemt.');
			await expectAccessible(page);

			// A relative whose grant allows it adds their own input.
			await switchTo(page, loginAs, relative.userId);
			await page.goto(`/helper/${citizen.id}/meetings`);
			await page.getByLabel('Det vil jeg gerne sige til mødet').fill('Han sover dårligt for tiden.');
			await page.getByRole('button', { name: 'Send' }).click();
			await expect(page.getByRole('status')).toHaveText('Tak. Det er med til mødet.');
			await expectAccessible(page);

			// The worker reviews every item; the meeting shows as reviewed.
			await switchTo(page, loginAs, worker.id);
			await page.goto(meetingUrl);
			await expect(page.getByText('Min søster')).toBeVisible();
			await expect(page.getByText('2 ikke læst')).toBeVisible();
			await expect(page.getByText('Fra Mor Hansen (pårørende)')).toBeVisible();
			await expectAccessible(page);
			for (const left of [1, 0]) {
				await page.getByRole('button', { name: 'Markér som læst' }).first().click();
				await expect(page.getByRole('button', { name: 'Markér som læst' })).toHaveCount(left);
			}
			await expect(page.getByText('Gennemgået: alt er læst.')).toBeVisible();
			await expect(page.getByRole('button', { name: 'Markér som læst' })).toHaveCount(0);
			await page.getByLabel('Referat i lettilgængeligt sprog (vises for borgeren)').fill('Vi talte om din økonomi. Du vil gerne have hjælp til regningerne.');
			await page.getByLabel(/Det aftalte vi/).fill('Vi går dine regninger igennem på mandag.\nDu ringer til banken.');
			await page.getByRole('button', { name: 'Gem referatet' }).click();
			await expect(page.getByRole('status').filter({ hasText: 'Referatet er gemt.' })).toBeVisible();

			// The print view: the buttons go, the items stay.
			await page.emulateMedia({ media: 'print' });
			await expect(page.getByRole('button', { name: 'Gem referatet' })).toBeHidden();
			await expect(page.getByText('Jeg vil gerne tale om min økonomi.')).toBeVisible();
			await page.emulateMedia({ media: 'screen' });

			// The summary reaches the citizen, who remembers one thing differently.
			await switchTo(page, loginAs, citizen.userId);
			await page.goto('/me/meetings');
			await page.getByRole('link', { name: 'Se mødet' }).click();
			await expect(page.getByText('Vi talte om din økonomi.')).toBeVisible();
			await expect(page.getByRole('listitem').filter({ hasText: 'Du ringer til banken.' })).toBeVisible();
			await page.getByLabel('Sådan husker jeg det ikke').fill('Jeg skulle ikke ringe til banken selv.');
			await page.getByRole('button', { name: 'Send' }).click();
			await expect(page.getByRole('status')).toHaveText('Tak. Din kontaktperson kan se det nu.');
			await expectAccessible(page);

			await switchTo(page, loginAs, worker.id);
			await page.goto(meetingUrl);
			await expect(page.getByText('Jeg skulle ikke ringe til banken selv.')).toBeVisible();
		});
	});
}

test('Kontakt shows the unit’s opening hours, which the leader sets', async ({ page, loginAs, expectAccessible }) => {
	const { citizen, leader } = await citizenScene();
	await loginAs(leader.id);
	await page.goto('/staff/settings');
	await page.getByLabel('Telefon på siden Kontakt').fill('70 20 30 40');
	await page.getByLabel('Åbningstider (dansk)').fill('Hverdage kl. 7–19. Fredag til kl. 15.');
	await page.getByLabel('Dage til at svare på et ønske om kontaktperson').fill('0');
	await page.getByRole('button', { name: 'Gem indstillingerne' }).click();
	await expect(page.getByRole('alert')).toContainText('Skriv et helt tal fra 1 til 365.');
	await expectAccessible(page);
	await page.getByLabel('Dage til at svare på et ønske om kontaktperson').fill('10');
	await page.getByRole('button', { name: 'Gem indstillingerne' }).click();
	await expect(page.getByRole('status')).toHaveText('Indstillingerne er gemt.');

	await page.context().clearCookies();
	await loginAs(citizen.userId);
	await page.goto('/me');
	await page.getByRole('link', { name: /Kontakt/ }).last().click();
	await expect(page.getByText('Hverdage kl. 7–19. Fredag til kl. 15.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Ring til os: 70 20 30 40' })).toHaveAttribute('href', 'tel:70203040');
	await expectAccessible(page);
});
