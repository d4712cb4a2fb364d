import type { Page } from '@playwright/test';
import { citizenScene, expect, test } from './fixtures.ts';

/** Waits until the service worker controls the page, as it does from the second visit on. */
async function controlledByServiceWorker(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.reload();
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

async function writeDream(page: Page, text: string) {
	await page.getByLabel('Din drøm').fill(text);
	await page.getByRole('group', { name: 'Hvad handler den om?' }).getByLabel('Fritid').check();
	await page.getByRole('group', { name: 'Hvem må se den?' }).getByLabel('Kun mig').check();
	await page.getByRole('button', { name: 'Gem' }).click();
}

test('offline: three dreams wait on the phone, survive a reload, and are stored once each when the network is back', async ({
	page,
	context,
	loginAs,
	expectAccessible
}) => {
	test.setTimeout(60_000);
	const { citizen } = await citizenScene();
	await loginAs(citizen.userId);
	await page.goto('/me/dreams/new');
	await controlledByServiceWorker(page);
	await context.setOffline(true);

	// The phone checks the form as the server would, so what waits is something the server takes.
	await page.getByRole('button', { name: 'Gem' }).click();
	await expect(page.getByRole('alert')).toContainText('Skriv din drøm.');

	const texts = ['At gå en tur ved stranden', 'At lære at strikke', 'At få en kat'];
	for (const [index, text] of texts.entries()) {
		await writeDream(page, text);
		await expect(page.getByText('Gemt på telefonen – sendes, når du er på nettet.')).toBeVisible();
		await expect(page.getByText(`Venter: ${index + 1}`)).toBeVisible();
		// The form is empty and ready for the next one.
		await expect(page.getByLabel('Din drøm')).toHaveValue('');
	}
	await expectAccessible(page);

	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Du er ikke på nettet' })).toBeVisible();
	await expect(page.getByText('Venter: 3')).toBeVisible();
	await expectAccessible(page);

	await context.setOffline(false);
	await expect(page.getByText('Sendt.')).toBeVisible();
	await page.goto('/me/dreams');
	for (const text of texts) await expect(page.getByRole('link', { name: text })).toHaveCount(1);
	await expect(page.getByRole('link', { name: /^At / })).toHaveCount(3);
	await expect(page.getByText('Gemt på telefonen – sendes, når du er på nettet.')).toHaveCount(0);
});

test('the same queued write sent five times at once stores one dream; under another name it is kept for later', async ({
	page,
	loginAs
}) => {
	const { citizen } = await citizenScene();
	await loginAs(citizen.userId);
	await page.goto('/me/dreams/new');
	const clientId = await page.locator('input[name="clientId"]').inputValue();
	const send = (queuedFor: string) =>
		page.evaluate(
			async ({ clientId, queuedFor }) => {
				const body = new URLSearchParams({ text: 'Fem gange sendt', lifeArea: 'other', visibility: 'team', clientId });
				const headers = {
					accept: 'application/json',
					'content-type': 'application/x-www-form-urlencoded',
					'x-sveltekit-action': 'true',
					'x-samklang-queued-for': queuedFor
				};
				const answers = await Promise.all(
					Array.from({ length: 5 }, () => fetch('/me/dreams/new', { method: 'POST', headers, body }))
				);
				const typeOf = (body: string) => (body ? (JSON.parse(body) as { type: string }).type : 'empty');
				return Promise.all(answers.map(async (answer) => `${answer.status} ${typeOf(await answer.text())}`));
			},
			{ clientId, queuedFor }
		);

	// A write made by someone else on this phone is never stored under this citizen's name.
	expect(await send('someone-else')).toEqual(Array(5).fill('401 empty'));
	expect(await send(citizen.userId)).toEqual(Array(5).fill('200 redirect'));
	await page.goto('/me/dreams');
	await expect(page.getByRole('link', { name: 'Fem gange sendt' })).toHaveCount(1);
});

test('a goal waits on the phone too, in English; a change without a network keeps the words and says so', async ({
	page,
	context,
	loginAs,
	expectAccessible
}) => {
	test.setTimeout(60_000);
	const { citizen } = await citizenScene();
	await loginAs(citizen.userId);
	await page.goto('/en/me/plan/new');
	await controlledByServiceWorker(page);
	await context.setOffline(true);
	await page.getByLabel('Your goal').fill('Ride a bike to work');
	await page.getByRole('button', { name: 'Save the goal' }).click();
	await expect(page.getByText('Saved on your phone – sent when you are online.')).toBeVisible();
	await expect(page.getByText('Waiting: 1')).toBeVisible();
	await expectAccessible(page);

	await context.setOffline(false);
	await expect(page.getByText('Sent.')).toBeVisible();
	await page.goto('/en/me/plan');
	await page.getByRole('link', { name: 'Ride a bike to work' }).click();
	await page.getByRole('link', { name: 'Change the goal' }).click();
	await expect(page.getByLabel('Your goal')).toHaveValue('Ride a bike to work');

	// A change is never queued (it could overwrite a newer one): it stays on the phone until sent.
	await context.setOffline(true);
	await page.getByLabel('Your goal').fill('Ride a bike to work every day');
	await page.getByRole('button', { name: 'Save the goal' }).click();
	await expect(page.getByRole('alert')).toHaveText('You are not online. What you wrote is saved on your phone. Press the button again when you are online.');
	await expectAccessible(page);
	await context.setOffline(false);
	await page.reload();
	await expect(page.getByLabel('Your goal')).toHaveValue('Ride a bike to work every day');
	await page.getByRole('button', { name: 'Save the goal' }).click();
	await expect(page.getByRole('status')).toHaveText('The goal is saved.');
	await page.reload();
	await expect(page.getByRole('heading', { level: 2, name: 'Ride a bike to work every day' })).toBeVisible();
});

test('a rating waits on the phone too, and is checked there first', async ({ page, context, loginAs }) => {
	test.setTimeout(60_000);
	const { citizen } = await citizenScene();
	await loginAs(citizen.userId);
	await page.goto('/me/collaboration/new');
	await controlledByServiceWorker(page);
	await context.setOffline(true);
	await page.getByRole('button', { name: 'Send mit svar' }).click();
	await expect(page.getByRole('alert')).toContainText('Vælg et ansigt ved mindst ét spørgsmål. Eller skriv noget.');
	await page.getByRole('group', { name: 'Hvordan var det alt i alt?' }).getByRole('radio', { name: 'Godt', exact: true }).check();
	await page.getByRole('button', { name: 'Send mit svar' }).click();
	await expect(page.getByText('Venter: 1')).toBeVisible();
	// The status line is a live region: it is read out, and not focused as well (that read it twice).
	expect(await page.evaluate(() => document.activeElement?.closest('[aria-live]') != null)).toBe(false);
	await context.setOffline(false);
	await expect(page.getByText('Sendt.')).toBeVisible();
	// "Sendt." was news on this page; the next page (a link in the app, no reload) starts without it.
	await page.getByRole('link', { name: 'Tilbage til samarbejdet' }).click();
	await expect(page.getByText('Der er ét svar indtil nu.')).toBeVisible();
	await expect(page.getByText('Sendt.')).toHaveCount(0);
});
