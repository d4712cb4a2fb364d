import type { Page } from '@playwright/test';
import { citizenScene, expect, signIn, test } from './fixtures.ts';

for (const javaScriptEnabled of [true, false]) {
	test.describe(`Mine drømme, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });
		test.setTimeout(60_000);

		test('write, change, see the earlier version, delete and undo', async ({ page, loginAs, expectAccessible }) => {
			const { citizen } = await citizenScene();
			await loginAs(citizen.userId);
			await page.goto('/me');
			await page.getByRole('link', { name: 'Mine drømme' }).click();
			await expect(page.getByText('Du har ikke skrevet noget endnu.')).toBeVisible();
			await expectAccessible(page);

			await page.getByRole('link', { name: 'Skriv en ny drøm' }).click();
			await page.getByRole('button', { name: 'Gem' }).click();
			await expect(page.getByRole('alert')).toContainText('Skriv din drøm.');
			await expect(page.getByRole('alert')).toContainText('Vælg, hvad den handler om.');
			await expectAccessible(page);

			await page.getByLabel('Din drøm').fill('Jeg vil gerne have en hund.');
			await page.getByRole('group', { name: 'Hvad handler den om?' }).getByLabel('Fritid').check();
			await page.getByRole('group', { name: 'Hvem må se den?' }).getByLabel('Mig og mit team').check();
			await page.getByLabel('Det vil jeg tale om til næste møde').check();
			await page.getByRole('button', { name: 'Gem' }).click();
			await expect(page).toHaveURL(/\/me\/dreams$/);
			await expect(page.getByRole('link', { name: 'Jeg vil gerne have en hund.' })).toBeVisible();
			await expect(page.getByText('Vil tale om det til næste møde.')).toBeVisible();
			await expectAccessible(page);

			await page.getByRole('link', { name: 'Jeg vil gerne have en hund.' }).click();
			// The dream first, with one way to change it: no form on this screen.
			await expect(page.getByRole('paragraph').filter({ hasText: /^Jeg vil gerne have en hund\.$/ })).toBeVisible();
			await expect(page.getByLabel('Din drøm')).toHaveCount(0);
			await expectAccessible(page);
			await page.getByRole('link', { name: 'Ret drømmen' }).click();
			await page.getByLabel('Din drøm').fill('Jeg vil gerne have en lille hund.');
			await page.getByRole('button', { name: 'Gem', exact: true }).click();
			await expect(page.getByRole('status')).toHaveText('Din drøm er gemt.');
			// After saving: the saved dream, not the form.
			await expect(page.getByRole('paragraph').filter({ hasText: /^Jeg vil gerne have en lille hund\.$/ })).toBeVisible();
			await expect(page.getByLabel('Din drøm')).toHaveCount(0);
			await expect(page.getByRole('button', { name: 'Gem', exact: true })).toHaveCount(0);
			await expect(page.getByRole('listitem').filter({ hasText: /^Skrevet/ })).toContainText('Jeg vil gerne have en hund.');
			await expect(page.getByRole('listitem').filter({ hasText: /^Rettet/ })).toContainText('Jeg vil gerne have en lille hund.');
			await expectAccessible(page);

			await page.getByRole('button', { name: 'Slet drømmen' }).click();
			await expect(page.getByRole('status')).toContainText('Drømmen er slettet.');
			await expect(page.getByRole('link', { name: /lille hund/ })).toHaveCount(0);
			await expectAccessible(page);
			await page.getByRole('button', { name: 'Fortryd' }).click();
			await expect(page.getByRole('status')).toHaveText('Drømmen er tilbage.');
			await page.goto('/me/dreams');
			await expect(page.getByRole('link', { name: 'Jeg vil gerne have en lille hund.' })).toBeVisible();
		});
	});
}

test('in English, and sending the same form twice stores one dream', async ({ page, loginAs, expectAccessible }) => {
	const { citizen } = await citizenScene();
	await loginAs(citizen.userId);
	await page.goto('/en/me/dreams/new');
	await expect(page.getByRole('heading', { level: 1, name: 'New dream' })).toBeVisible();
	await expectAccessible(page);
	const clientId = await page.locator('input[name="clientId"]').inputValue();
	const form = { text: 'To see the sea', lifeArea: 'leisure', visibility: 'team', clientId };
	for (let i = 0; i < 5; i++) {
		const response = await page.request.post('/en/me/dreams/new', { form, headers: { origin: new URL(page.url()).origin, accept: 'text/html' }, maxRedirects: 0 });
		expect(response.status()).toBe(303);
	}
	await page.goto('/en/me/dreams');
	await expect(page.getByRole('link', { name: 'To see the sea' })).toHaveCount(1);
	const other = await page.request.post('/en/me/dreams/new', {
		form: { ...form, text: 'Something else' },
		headers: { origin: new URL(page.url()).origin, accept: 'text/html' }
	});
	expect(other.status()).toBe(409);
});

test('a guide writes with the citizen; staff see it only after the citizen says yes; "only me" stays hidden', async ({
	page,
	browser,
	loginAs,
	expectAccessible
}) => {
	const { citizen, worker } = await citizenScene();
	const { inviteHelper, acceptHelperInvitation } = await import('../src/lib/server/access/grants.ts');
	const { createDream } = await import('../src/lib/server/dreams.ts');
	const self = { id: citizen.userId, role: 'citizen' as const, displayName: 'Bent', unitId: null, unitName: null };
	await createDream(citizen.id, self, true, { text: 'Kun til mig selv', lifeArea: 'health', visibility: 'me', talkAtNextMeeting: false }, null);
	const { token } = await inviteHelper(citizen.id, { kind: 'guide', name: 'Gitte', areas: ['dreams'], canWriteInput: false, endsOn: null });
	const accepted = await acceptHelperInvitation(token, { newAccount: { displayName: 'Gitte Guide', loginName: `gitte${Date.now() % 100000}`, password: 'a long password' } });
	if (accepted.status !== 'accepted') throw new Error(accepted.status);

	const guideContext = await browser.newContext();
	const guidePage = await guideContext.newPage();
	await signIn(guideContext, accepted.userId);
	await guidePage.goto(`/helper/${citizen.id}/dreams`);
	await expect(guidePage.getByText('Kun til mig selv')).toHaveCount(0);
	await guidePage.getByLabel('Din drøm').fill('Jeg vil tage på højskole.');
	await guidePage.getByRole('group', { name: 'Hvad handler den om?' }).getByLabel('Arbejde og uddannelse').check();
	await guidePage.getByRole('button', { name: 'Gem' }).click();
	await expect(guidePage.getByRole('status')).toContainText('skal sige ja til den.');
	await expectAccessible(guidePage);
	await guideContext.close();

	// Staff do not see it yet.
	const staffContext = await browser.newContext();
	await signIn(staffContext, worker.id);
	const staffPage = await staffContext.newPage();
	await staffPage.goto(`/staff/citizens/${citizen.id}`);
	await expect(staffPage.getByText('Borgeren har ikke delt nogen drømme med teamet.')).toBeVisible();

	await loginAs(citizen.userId);
	await page.goto('/me/dreams');
	const written = page.getByRole('listitem').filter({ hasText: 'Jeg vil tage på højskole.' });
	await expect(written).toContainText('Skrevet med hjælp fra Gitte Guide. Venter på, at du siger ja.');
	await page.getByRole('link', { name: 'Jeg vil tage på højskole.' }).click();
	await page.getByRole('button', { name: 'Ja, det er min drøm' }).click();
	await expect(page.getByRole('status')).toHaveText('Nu er drømmen din egen.');
	await expectAccessible(page);

	await staffPage.reload();
	await expect(staffPage.getByText('Jeg vil tage på højskole.')).toBeVisible();
	await expect(staffPage.getByText('Kun til mig selv')).toHaveCount(0);
	await expectAccessible(staffPage);
	await staffContext.close();

});

test('once the citizen confirms a dream a guide wrote with them, the guide sees only what the citizen shares', async ({ page, loginAs }) => {
	const { citizen } = await citizenScene();
	const { inviteHelper, acceptHelperInvitation } = await import('../src/lib/server/access/grants.ts');
	const { changeDreamState, createDream, updateDream } = await import('../src/lib/server/dreams.ts');
	const { token } = await inviteHelper(citizen.id, { kind: 'guide', name: 'Gitte', areas: ['dreams'], canWriteInput: false, endsOn: null });
	const accepted = await acceptHelperInvitation(token, { newAccount: { displayName: 'Gitte Guide', loginName: `gitte${Date.now() % 100000}b`, password: 'a long password' } });
	if (accepted.status !== 'accepted') throw new Error(accepted.status);
	const guide = { id: accepted.userId, role: 'guide' as const, displayName: 'Gitte Guide', unitId: null, unitName: null };
	const self = { id: citizen.userId, role: 'citizen' as const, displayName: 'Bent', unitId: null, unitName: null };
	const written = await createDream(citizen.id, guide, false, { text: 'Tage på højskole', lifeArea: 'work', visibility: 'relatives', talkAtNextMeeting: false }, null);
	if (written.status !== 'saved') throw new Error(written.status);

	await loginAs(guide.id);
	await page.goto(`/helper/${citizen.id}/dreams`);
	await expect(page.getByText('Tage på højskole')).toBeVisible();

	// The citizen confirms it, rewords it and keeps it to themself.
	await changeDreamState(citizen.id, written.dream.id, self.id, 'confirm');
	await updateDream(citizen.id, written.dream.id, self, true, { text: 'Min egen plan om skole', lifeArea: 'work', visibility: 'me', talkAtNextMeeting: false });
	await page.reload();
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
	const data = await page.request.get(`/helper/${citizen.id}/dreams/__data.json`);
	expect(data.status()).toBe(200);
	for (const text of [await page.content(), await data.text()]) {
		expect(text).not.toContain('højskole');
		expect(text).not.toContain('Min egen plan om skole');
	}
});

test('a relative without the dreams area gets 404, and the attempt is in the citizen’s log', async ({ page, loginAs }) => {
	const { citizen } = await citizenScene();
	const { inviteHelper, acceptHelperInvitation } = await import('../src/lib/server/access/grants.ts');
	const { token } = await inviteHelper(citizen.id, { kind: 'relative', name: 'Far', areas: ['plan'], canWriteInput: false, endsOn: null });
	const accepted = await acceptHelperInvitation(token, { newAccount: { displayName: 'Frank Far', loginName: `frank${Date.now() % 100000}`, password: 'a long password' } });
	if (accepted.status !== 'accepted') throw new Error(accepted.status);
	await loginAs(accepted.userId);
	expect((await page.goto(`/helper/${citizen.id}/dreams`))?.status()).toBe(404);
	await page.context().clearCookies();
	await loginAs(citizen.userId);
	await page.goto('/me/access-log');
	await expect(page.getByText(/Frank Far \(pårørende\) prøvede at se dine drømme/)).toBeVisible();
});

/**
 * Everything the drafts store on this device holds. Reads without creating the database or
 * holding it open: a test that did either would block the app's own opening of it.
 */
function storedDrafts(page: Page) {
	return page.evaluate(
		() =>
			new Promise<unknown[]>((resolve, reject) => {
				const request = indexedDB.open('samklang');
				// Not created yet: the app has stored nothing.
				request.onupgradeneeded = () => request.transaction?.abort();
				request.onerror = () => resolve([]);
				request.onsuccess = () => {
					const database = request.result;
					if (!database.objectStoreNames.contains('drafts')) {
						database.close();
						return resolve([]);
					}
					const all = database.transaction('drafts').objectStore('drafts').getAll();
					all.onsuccess = () => resolve(all.result);
					all.onerror = () => reject(all.error);
					database.close();
				};
			})
	);
}

const draftCount = async (page: Page) => (await storedDrafts(page)).length;
const storedDraftText = async (page: Page) => JSON.stringify(await storedDrafts(page));

test('a draft is kept on the phone while typing: it survives a reload, goes when saved, and goes at log-out', async ({ page, loginAs }) => {
	const { citizen } = await citizenScene();
	await loginAs(citizen.userId);
	await page.goto('/me/dreams/new');
	await page.getByLabel('Din drøm').fill('Jeg vil gerne lære at svømme');
	await page.getByRole('group', { name: 'Hvad handler den om?' }).getByLabel('Helbred').check();
	await expect.poll(() => storedDraftText(page)).toContain('Jeg vil gerne lære at svømme');
	await expect.poll(() => storedDraftText(page)).toContain('health');
	await page.reload();
	await expect(page.getByLabel('Din drøm')).toHaveValue('Jeg vil gerne lære at svømme');
	await expect(page.getByRole('group', { name: 'Hvad handler den om?' }).getByLabel('Helbred')).toBeChecked();

	await page.getByRole('button', { name: 'Gem' }).click();
	await expect(page.getByRole('link', { name: 'Jeg vil gerne lære at svømme' })).toBeVisible();
	expect(await draftCount(page)).toBe(0);

	await page.goto('/me/dreams/new');
	await page.getByLabel('Din drøm').fill('Et udkast, der skal væk');
	await expect.poll(() => draftCount(page)).toBe(1);
	await page.getByRole('button', { name: 'Log ud' }).click();
	await expect(page.getByRole('status')).toHaveText('Du er logget ud.');
	await expect.poll(() => draftCount(page)).toBe(0);
});

test('words typed on a slow phone before the page\'s script has loaded are kept as a draft too', async ({ page, loginAs }) => {
	const { citizen } = await citizenScene();
	await loginAs(citizen.userId);
	// Hold the page's script until the words are typed, as on a slow phone.
	let releaseScripts = () => {};
	const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
	await page.route('**/_app/immutable/**/*.js', async (route) => {
		await scriptsHeld;
		await route.continue();
	});
	await page.goto('/me/dreams/new', { waitUntil: 'commit' });
	await page.getByLabel('Din drøm').fill('Jeg vil gerne male igen');
	await page.getByRole('group', { name: 'Hvad handler den om?' }).getByLabel('Fritid').check();
	releaseScripts();
	await expect.poll(() => storedDraftText(page)).toContain('Jeg vil gerne male igen');
	await expect.poll(() => storedDraftText(page)).toContain('leisure');
	await expect(page.getByLabel('Din drøm')).toHaveValue('Jeg vil gerne male igen');
});

test.describe('on a small phone', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('one question per screen with Næste and Tilbage; a problem opens its question', async ({ page, loginAs, expectAccessible }) => {
		const { citizen } = await citizenScene();
		await loginAs(citizen.userId);
		await page.goto('/me/dreams/new');
		await expect(page.getByText('Spørgsmål 1 af 4')).toBeVisible();
		await expect(page.getByLabel('Din drøm')).toBeVisible();
		await expect(page.getByRole('group', { name: 'Hvad handler den om?' })).toBeHidden();
		await expect(page.getByRole('button', { name: 'Gem' })).toBeHidden();
		await expectAccessible(page);

		await page.getByLabel('Din drøm').fill('At tage toget til Skagen');
		await page.getByRole('button', { name: 'Næste' }).click();
		await expect(page.getByText('Spørgsmål 2 af 4')).toBeVisible();
		await expect(page.getByLabel('Din drøm')).toBeHidden();
		// Focus moves into the new question, so a keyboard or screen-reader user is where the question is.
		await expect(page.getByRole('group', { name: 'Hvad handler den om?' }).getByRole('radio').first()).toBeFocused();
		await page.getByRole('button', { name: 'Næste' }).click();
		await page.getByRole('button', { name: 'Næste' }).click();
		await expect(page.getByText('Spørgsmål 4 af 4')).toBeVisible();
		await expect(page.getByRole('button', { name: 'Næste' })).toBeHidden();
		await expectAccessible(page);

		// The area was skipped: the server says so, and its link opens that question.
		await page.getByRole('button', { name: 'Gem' }).click();
		await expect(page.getByRole('alert')).toContainText('Vælg, hvad den handler om.');
		await page.getByRole('alert').getByRole('link', { name: 'Vælg, hvad den handler om.' }).click();
		await expect(page.getByText('Spørgsmål 2 af 4')).toBeVisible();
		await page.getByRole('group', { name: 'Hvad handler den om?' }).getByLabel('Fritid').check();
		await page.getByRole('button', { name: 'Næste' }).click();
		await page.getByRole('button', { name: 'Tilbage' }).click();
		await expect(page.getByText('Spørgsmål 2 af 4')).toBeVisible();
		await page.getByRole('button', { name: 'Næste' }).click();
		await page.getByRole('button', { name: 'Næste' }).click();
		await page.getByRole('button', { name: 'Gem' }).click();
		await expect(page.getByRole('link', { name: 'At tage toget til Skagen' })).toBeVisible();

		// Changing it: the questions again, one per screen; after saving, the saved dream and no question.
		await page.getByRole('link', { name: 'At tage toget til Skagen' }).click();
		await page.getByRole('link', { name: 'Ret drømmen' }).click();
		await expect(page.getByText('Spørgsmål 1 af 4')).toBeVisible();
		await page.getByLabel('Din drøm').fill('At tage toget til Skagen med min søster');
		for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Næste' }).click();
		await expect(page.getByText('Spørgsmål 4 af 4')).toBeVisible();
		await page.getByRole('button', { name: 'Gem' }).click();
		await expect(page.getByRole('status')).toHaveText('Din drøm er gemt.');
		await expect(page.getByRole('paragraph').filter({ hasText: /^At tage toget til Skagen med min søster$/ })).toBeVisible();
		await expect(page.getByText(/Spørgsmål \d af 4/)).toHaveCount(0);
		for (const name of ['Næste', 'Tilbage', 'Gem']) await expect(page.getByRole('button', { name, exact: true })).toHaveCount(0);
		await expect(page.getByRole('link', { name: 'Ret drømmen' })).toBeVisible();
		await expectAccessible(page);
	});
});
