import type { Page } from '@playwright/test';
import { citizenScene, expect, test } from './fixtures.ts';

// On a phone: the citizen's own pages without a network.
test.use({ viewport: { width: 360, height: 740 } });

/** Waits until the service worker controls the page, as it does from the second visit on. */
async function controlledByServiceWorker(page: Page) {
	await page.evaluate(() => navigator.serviceWorker.ready);
	await page.reload();
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
}

/** The pages kept on the phone, per cache of a person's own data (read without making a cache). */
function savedPages(page: Page): Promise<Record<string, string[]>> {
	return page.evaluate(async () => {
		const saved: Record<string, string[]> = {};
		for (const name of await caches.keys()) {
			if (!name.startsWith('samklang-user-')) continue;
			const requests = await (await caches.open(name)).keys();
			saved[name] = requests.map((request) => new URL(request.url).pathname).sort();
		}
		return saved;
	});
}

async function citizenWithDreamAndGoal(dreamText: string, goalText: string) {
	const scene = await citizenScene();
	const { createDream } = await import('../src/lib/server/dreams.ts');
	const { createGoal } = await import('../src/lib/server/plan.ts');
	const self = { id: scene.citizen.userId, role: 'citizen' as const, displayName: 'Bent', unitId: null, unitName: null };
	const dream = await createDream(scene.citizen.id, self, true, { text: dreamText, lifeArea: 'leisure', visibility: 'me', talkAtNextMeeting: false }, null);
	await createGoal(scene.citizen.id, self, true, goalText, []);
	return { ...scene, dream };
}

test('offline: Min side, Mine drømme, a dream, Min plan and Kontakt seen online are read as saved copies', async ({
	page,
	context,
	loginAs,
	expectAccessible
}) => {
	test.setTimeout(90_000);
	const { citizen } = await citizenWithDreamAndGoal('Cykle til stranden', 'Lære at svømme');
	await loginAs(citizen.userId);
	await page.goto('/me');
	await controlledByServiceWorker(page);

	// Links inside the app (no page load) are kept too.
	await page.getByRole('link', { name: 'Mine drømme' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Mine drømme' })).toBeVisible();
	await page.getByRole('link', { name: /Cykle til stranden/ }).click();
	await expect(page.getByRole('link', { name: 'Ret drømmen' })).toBeVisible();
	await expect(page.getByRole('paragraph').filter({ hasText: 'Cykle til stranden' })).toBeVisible();
	const dreamPath = new URL(page.url()).pathname;
	await page.goto('/me/plan');
	await page.goto('/me/contact');
	const cacheName = `samklang-user-${citizen.userId}`;
	await expect
		.poll(() => savedPages(page))
		.toEqual({ [cacheName]: ['/me', '/me/contact', '/me/dreams', dreamPath, '/me/plan'].sort() });

	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('heading', { level: 1, name: 'Kontakt' })).toBeVisible();
	const notice = page.getByRole('status').filter({ hasText: 'gemt kopi' });
	await expect(notice).toContainText('Du er ikke på nettet.');
	await expect(notice).toContainText(/Det her er en gemt kopi fra den \d+\. \p{L}+ klokken \d\d[.:]\d\d\./u);
	await expect(notice).toContainText('Det, du skriver eller ændrer, venter, til du er på nettet.');
	await expectAccessible(page);

	// Back, as with the phone's back button: Min plan, then the dream.
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1, name: 'Min plan' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Lære at svømme' })).toBeVisible();
	await expect(notice).toBeVisible();
	await expectAccessible(page);
	await page.goBack();
	await expect(page.getByRole('link', { name: 'Ret drømmen' })).toBeVisible();
	await expect(page.getByRole('paragraph').filter({ hasText: 'Cykle til stranden' })).toBeVisible();
	await expect(notice).toBeVisible();
	await page.goBack();
	await expect(page.getByRole('heading', { level: 1, name: 'Mine drømme' })).toBeVisible();
	await expect(notice).toBeVisible();

	// Min side, and a link from it to Mine drømme, without a network.
	await page.goto('/me');
	await expect(page.getByRole('heading', { level: 1, name: 'Hej Bent' })).toBeVisible();
	await expect(notice).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Mine drømme' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Mine drømme' })).toBeVisible();
	await expect(page.getByRole('link', { name: /Cykle til stranden/ })).toBeVisible();
	await expect(notice).toBeVisible();

	// A page never seen online is the offline page, as before.
	await page.goto('/me/meetings');
	await expect(page.getByRole('heading', { level: 1, name: 'Du er ikke på nettet' })).toBeVisible();

	// Back online, pages come from the network again, with no notice.
	await context.setOffline(false);
	await page.goto('/me/dreams');
	await expect(page.getByRole('heading', { level: 1, name: 'Mine drømme' })).toBeVisible();
	await expect(page.getByText('gemt kopi')).toHaveCount(0);
});

test('after log-out the phone keeps none of the pages: offline, the offline page shows, in English too', async ({
	page,
	context,
	loginAs,
	expectAccessible
}) => {
	test.setTimeout(60_000);
	const { citizen } = await citizenWithDreamAndGoal('Ride a horse', 'Learn to swim');
	await loginAs(citizen.userId);
	await page.goto('/en/me/dreams');
	await controlledByServiceWorker(page);
	await expect.poll(() => savedPages(page)).toEqual({ [`samklang-user-${citizen.userId}`]: ['/en/me/dreams'] });

	// The saved copy says so in English.
	await context.setOffline(true);
	await page.reload();
	await expect(page.getByRole('status').filter({ hasText: 'saved copy' })).toContainText(
		/You are not online\. This is a saved copy from .+\. What you write or change waits until you are online\./
	);
	await expectAccessible(page);
	await context.setOffline(false);

	await page.goto('/en/logout');
	await page.getByRole('button', { name: 'Yes, log out' }).click();
	await expect(page.getByRole('status')).toHaveText('You are logged out.');
	await expect.poll(() => savedPages(page)).toEqual({});

	await context.setOffline(true);
	await page.goto('/en/me/dreams');
	await expect(page.getByRole('heading', { level: 1, name: 'You are not online' })).toBeVisible();
	await expect(page.getByText('Ride a horse')).toHaveCount(0);
	await expect(page.getByText('saved copy')).toHaveCount(0);
	await expectAccessible(page);
});

test("one person's saved pages are never shown to the next person who logs in on the phone", async ({ page, context, loginAs }) => {
	test.setTimeout(60_000);
	const first = await citizenWithDreamAndGoal('Første persons hemmelige drøm', 'Første persons mål');
	const second = await citizenScene();
	await loginAs(first.citizen.userId);
	await page.goto('/me/dreams');
	await controlledByServiceWorker(page);
	await expect.poll(() => savedPages(page)).toEqual({ [`samklang-user-${first.citizen.userId}`]: ['/me/dreams'] });

	// Another person logs in on the same phone (the first one's session gone without the log-out page).
	await loginAs(second.citizen.userId);
	await page.goto('/me');
	await expect(page.getByRole('heading', { level: 1, name: 'Hej Bent' })).toBeVisible();
	await expect.poll(() => savedPages(page)).toEqual({ [`samklang-user-${second.citizen.userId}`]: ['/me'] });

	await context.setOffline(true);
	await page.goto('/me/dreams');
	await expect(page.getByRole('heading', { level: 1, name: 'Du er ikke på nettet' })).toBeVisible();
	await expect(page.getByText('Første persons hemmelige drøm')).toHaveCount(0);
	// The second person's own page is there.
	await page.goto('/me');
	await expect(page.getByRole('heading', { level: 1, name: 'Hej Bent' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'gemt kopi' })).toBeVisible();
});

test('what waits on the phone is listed by its first words, where it was written and on Min side', async ({
	page,
	context,
	loginAs,
	expectAccessible
}) => {
	test.setTimeout(90_000);
	const { citizen } = await citizenScene();
	await loginAs(citizen.userId);
	await page.goto('/me');
	await controlledByServiceWorker(page);
	await page.goto('/me/dreams/new');
	await expect.poll(() => savedPages(page)).toEqual({ [`samklang-user-${citizen.userId}`]: ['/me'] });
	await context.setOffline(true);

	const waiting = page.getByRole('list', { name: 'Venter på at blive sendt:' });
	for (const text of ['At gå en tur ved stranden hver søndag morgen', 'At få en kat']) {
		// One question per screen on the phone.
		await page.getByLabel('Din drøm').fill(text);
		await page.getByRole('button', { name: 'Næste' }).click();
		await page.getByRole('group', { name: 'Hvad handler den om?' }).getByLabel('Fritid').check();
		await page.getByRole('button', { name: 'Næste' }).click();
		await page.getByRole('group', { name: 'Hvem må se den?' }).getByLabel('Kun mig').check();
		await page.getByRole('button', { name: 'Næste' }).click();
		await page.getByRole('button', { name: 'Gem' }).click();
		await expect(page.getByText('Gemt på telefonen – sendes, når du er på nettet.')).toBeVisible();
		await expect(page.getByLabel('Din drøm')).toBeVisible();
		await expect(page.getByLabel('Din drøm')).toHaveValue('');
	}
	await expect(waiting.getByRole('listitem')).toHaveText(['At gå en tur ved stranden …', 'At få en kat']);
	await expectAccessible(page);

	// Min side, a saved copy without a network, lists them too.
	await page.goto('/me');
	await expect(page.getByRole('heading', { level: 1, name: 'Hej Bent' })).toBeVisible();
	await expect(waiting.getByRole('listitem')).toHaveText(['At gå en tur ved stranden …', 'At få en kat']);
	await expectAccessible(page);

	await context.setOffline(false);
	await expect(page.getByText('Sendt.')).toBeVisible();
	await expect(waiting).toHaveCount(0);
});
