import { readFileSync } from 'node:fs';
import type { Browser } from '@playwright/test';
import { citizenScene, expect, factories, test, signIn } from './fixtures.ts';

/** Someone else opens a page once, in a browser of their own, as staff reading the citizen's data would. */
async function visitAs(browser: Browser, userId: string, path: string) {
	const context = await browser.newContext();
	await signIn(context, userId);
	await (await context.newPage()).goto(path);
	await context.close();
}

test('the citizen reads who saw their data, in words, and can filter by person; staff see the same log', async ({
	page,
	browser,
	loginAs,
	expectAccessible
}) => {
	const { citizen, worker, unit } = await citizenScene();
	const otherUnit = await factories.createUnit();
	const stranger = await factories.createUser('leader', { unitId: otherUnit.id, name: 'Sten Fremmed' });

	// Staff activity, each in its own browser.
	await visitAs(browser, worker.id, `/staff/citizens/${citizen.id}`);
	await visitAs(browser, stranger.id, `/staff/citizens/${citizen.id}`);

	await loginAs(citizen.userId);
	await page.goto('/me');
	await page.getByRole('link', { name: 'Hvem har set mine oplysninger' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Hvem har set mine oplysninger' })).toBeVisible();
	await expect(page.getByText(new RegExp(`${worker.displayName} \\(din kontaktperson\\) så dine oplysninger klokken \\d\\d\\.\\d\\d\\.`))).toBeVisible();
	await expect(page.getByText(/Sten Fremmed \(leder\) prøvede at se dine oplysninger klokken .*Det fik personen ikke lov til\./)).toBeVisible();
	await expectAccessible(page);

	await page.getByLabel('Vis kun én person').selectOption({ label: 'Sten Fremmed (leder)' });
	await page.getByRole('button', { name: 'Vis' }).click();
	await expect(page.getByRole('listitem').filter({ hasText: worker.displayName })).toHaveCount(0);
	await expect(page.getByText(/Sten Fremmed \(leder\) prøvede/)).toBeVisible();
	await expectAccessible(page);

	await page.goto('/en/me/access-log');
	await expect(page.getByText(new RegExp(`${worker.displayName} \\(your contact person\\) saw your information at`))).toBeVisible();
	await expectAccessible(page);

	// The leader of the unit reads the same log, and that read is logged as well.
	const leader = await factories.createUser('leader', { unitId: unit.id, name: 'Lise Leder' });
	await page.context().clearCookies();
	await loginAs(leader.id);
	await page.goto(`/staff/citizens/${citizen.id}`);
	await page.getByRole('link', { name: 'Se borgerens log' }).click();
	await expect(page.getByText(/Sten Fremmed \(leder\) prøvede/)).toBeVisible();
	await expect(page.getByText(/Lise Leder \(leder\) så listen over, hvem der har set dine oplysninger/)).toBeVisible();
	await expectAccessible(page);
});

for (const javaScriptEnabled of [true, false]) {
	test.describe(`the folded log, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
	test.use({ javaScriptEnabled });
	test(`one person's accesses of an area in one hour are one line with a count; the download keeps every access, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({
		page,
		browser,
		loginAs,
		expectAccessible
	}) => {
		const { citizen, worker, unit } = await citizenScene();
		const { recordAccess } = await import('../src/lib/server/access-log/record.ts');
		const { scheduleMeeting } = await import('../src/lib/server/meetings/meetings.ts');
		const { db } = await import('../src/lib/server/db/index.ts');
		const { accessLogEvent, citizen: citizenTable } = await import('../src/lib/server/db/schema/index.ts');
		const { eq } = await import('drizzle-orm');

		// A known hour two days ago: Mads reads the dreams 12 times and the plan 3 times, and the dreams twice the hour after.
		const mads = await factories.createUser('worker', { unitId: unit.id, name: 'Mads Møde' });
		const hour = Math.floor((Date.now() - 2 * 24 * 3_600_000) / 3_600_000) * 3_600_000;
		const read = (area: string, at: number) => recordAccess([{ citizenId: citizen.id, actor: { id: mads.id, role: 'worker' }, action: 'read', area }], undefined, at);
		for (let i = 0; i < 12; i++) await read('dreams', hour + 60_000 + i * 4 * 60_000);
		for (let i = 0; i < 3; i++) await read('plan', hour + 2 * 60_000 + i * 60_000);
		for (let i = 0; i < 2; i++) await read('dreams', hour + 3_600_000 + 60_000 + i * 60_000);

		// Today the kontaktperson prepares a meeting: the meeting page and the citizen's page, again and again.
		const [citizenRow] = await db.select().from(citizenTable).where(eq(citizenTable.id, citizen.id));
		const staff = { id: worker.id, role: 'worker' as const, displayName: worker.displayName, unitId: unit.id, unitName: unit.name };
		const meetingId = await scheduleMeeting(staff, citizenRow!, { type: 'follow_up', startsAt: new Date(Date.now() + 86_400_000), place: 'Kontoret', participantIds: [] });
		const workerContext = await browser.newContext();
		await signIn(workerContext, worker.id);
		const workerPage = await workerContext.newPage();
		for (let i = 0; i < 6; i++) {
			await workerPage.goto(`/staff/citizens/${citizen.id}/meetings/${meetingId}`);
			await workerPage.goto(`/staff/citizens/${citizen.id}`);
		}
		await workerContext.close();
		const stored = (await db.select().from(accessLogEvent).where(eq(accessLogEvent.citizenId, citizen.id))).length;
		const storedByWorker = (await db.select().from(accessLogEvent).where(eq(accessLogEvent.actorUserId, worker.id))).length;

		await loginAs(citizen.userId);
		await page.goto('/me/access-log');
		const lines = page.getByRole('listitem');
		const madsLines = lines.filter({ hasText: 'Mads Møde' });
		await expect(madsLines).toHaveCount(3);
		const time = (at: number) => new Intl.DateTimeFormat('da-DK', { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Copenhagen' }).format(at);
		await expect(madsLines.nth(0)).toHaveText(
			`Mads Møde (medarbejder) så dine drømme 2 gange. Første gang klokken ${time(hour + 3_660_000)}, sidste gang ${time(hour + 3_720_000)}.`
		);
		await expect(madsLines.nth(1)).toHaveText(
			`Mads Møde (medarbejder) så din plan 3 gange. Første gang klokken ${time(hour + 120_000)}, sidste gang ${time(hour + 240_000)}.`
		);
		await expect(madsLines.nth(2)).toHaveText(
			`Mads Møde (medarbejder) så dine drømme 12 gange. Første gang klokken ${time(hour + 60_000)}, sidste gang ${time(hour + 45 * 60_000)}.`
		);
		// The meeting preparation: each area is one line (two if an hour turned meanwhile), not one line per look.
		const workerLines = await lines.filter({ hasText: worker.displayName }).count();
		console.log(`meeting preparation: ${storedByWorker} accesses stored, ${workerLines} lines shown; whole log ${stored} stored, ${await lines.count()} shown`);
		expect(storedByWorker).toBeGreaterThanOrEqual(24);
		expect(workerLines * 3).toBeLessThanOrEqual(storedByWorker);
		await expect(lines.filter({ hasText: new RegExp(`${worker.displayName} \\(din kontaktperson\\) så dine oplysninger \\d+ gange\\.`) })).toHaveCount(1);
		await expectAccessible(page);

		// Filtering by one person folds the same way (a form: with and without JavaScript).
		await page.getByLabel('Vis kun én person').selectOption({ label: 'Mads Møde (medarbejder)' });
		await page.getByRole('button', { name: 'Vis' }).click();
		await expect(lines).toHaveCount(3);
		await expect(lines.nth(2)).toContainText('så dine drømme 12 gange.');
		await expectAccessible(page);

		await page.goto('/en/me/access-log');
		await expect(lines.filter({ hasText: 'Mads Møde' }).nth(2)).toHaveText(/^Mads Møde \([a-z ]+\) saw your dreams 12 times\. First at \d\d:\d\d, last at \d\d:\d\d\.$/);

		// "Hent alt som en fil" still holds every single access.
		await page.goto('/me/data');
		const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Hent alt som en fil' }).click()]);
		const exported = JSON.parse(readFileSync((await download.path())!, 'utf8'));
		expect(exported.accessLog.filter((line: { who: string }) => line.who === 'Mads Møde')).toHaveLength(17);
		expect(exported.accessLog.filter((line: { who: string }) => line.who === worker.displayName)).toHaveLength(storedByWorker);
	});
	});
}

/** A relative the citizen invited and then removed: the log-in still works, every look is refused. */
async function removedRelative(citizenId: string, name: string) {
	const { acceptHelperInvitation, inviteHelper, revokeGrant } = await import('../src/lib/server/access/grants.ts');
	const { grantId, token } = await inviteHelper(citizenId, { kind: 'relative', name, areas: ['dreams'], canWriteInput: false, endsOn: null });
	const result = await acceptHelperInvitation(token, {
		newAccount: { displayName: name, loginName: `r${Math.random().toString(36).slice(2, 12)}`, password: 'a long password' }
	});
	if (result.status !== 'accepted') throw new Error(result.status);
	await revokeGrant(citizenId, grantId);
	return result.userId;
}

for (const javaScriptEnabled of [true, false]) {
	test(`600 refusals cannot push a staff read out of sight: one line with the count, and the whole log page by page, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({
		page,
		browser,
		loginAs,
		expectAccessible
	}) => {
		test.setTimeout(120_000);
		const { citizen, worker, unit } = await citizenScene();
		const { recordAccess } = await import('../src/lib/server/access-log/record.ts');

		// Older history: 230 reads by another worker, one an hour from twelve days ago (each hour is its own line).
		const olga = await factories.createUser('worker', { unitId: unit.id, name: 'Olga Ældre' });
		const twelveDaysAgo = Date.now() - 12 * 24 * 3_600_000;
		for (let i = 0; i < 230; i++) {
			await recordAccess([{ citizenId: citizen.id, actor: { id: olga.id, role: 'worker' }, action: 'read', area: 'plan' }], undefined, twelveDaysAgo + i * 3_600_000);
		}

		// The kontaktperson reads the citizen's page; then the removed relative tries 600 times.
		await visitAs(browser, worker.id, `/staff/citizens/${citizen.id}`);
		const relativeContext = await browser.newContext();
		await signIn(relativeContext, await removedRelative(citizen.id, 'Rita Relativ'));
		for (let batch = 0; batch < 30; batch++) {
			const answers = await Promise.all(Array.from({ length: 20 }, () => relativeContext.request.get(`/helper/${citizen.id}/dreams`)));
			expect(answers.map((a) => a.status())).toEqual(Array(20).fill(404));
		}
		await relativeContext.close();

		await loginAs(citizen.userId);
		await page.goto('/me/access-log');
		const lines = page.getByRole('listitem');
		const rita = lines.filter({ hasText: 'Rita Relativ' });
		await expect(page.getByText(new RegExp(`${worker.displayName} \\(din kontaktperson\\) så dine oplysninger klokken \\d\\d\\.\\d\\d\\.`))).toBeVisible();
		await expect(rita).toHaveCount(1);
		await expect(rita).toHaveText(
			/^Rita Relativ \(pårørende\) prøvede at se dine drømme 600 gange\. Første gang klokken \d\d\.\d\d, sidste gang \d\d\.\d\d\. Det fik personen ikke lov til\.$/
		);
		const pages = page.getByRole('navigation', { name: 'Flere linjer' });
		// Follows a paging link and waits for the new page (without JavaScript a click only starts the load).
		const follow = async (name: 'Ældre' | 'Nyere') => {
			const from = page.url();
			await pages.getByRole('link', { name }).click();
			await page.waitForURL((url) => url.href !== from);
		};
		await expect(pages.getByRole('link', { name: 'Nyere' })).toHaveCount(0);
		// A touch target of at least 44 px on the citizen's page.
		expect((await pages.getByRole('link', { name: 'Ældre' }).boundingBox())!.height).toBeGreaterThanOrEqual(44);
		await expect(lines).toHaveCount(100);
		let olgaLines = await lines.filter({ hasText: 'Olga Ældre' }).count();
		await expectAccessible(page);

		// The filter offers everyone in the whole log, also people only on older pages.
		const options = await page.getByLabel('Vis kun én person').locator('option').allTextContents();
		expect(options).toEqual(expect.arrayContaining(['Olga Ældre (medarbejder)', 'Rita Relativ (pårørende)', `${worker.displayName} (din kontaktperson)`]));

		await follow('Ældre');
		await expect(page.getByText('Du ser ældre linjer.', { exact: false })).toBeVisible();
		await expect(lines.filter({ hasText: 'Olga Ældre' })).toHaveCount(100);
		await expect(rita).toHaveCount(0);
		await expectAccessible(page);

		await follow('Ældre');
		await expect(pages.getByRole('link', { name: 'Ældre' })).toHaveCount(0);
		olgaLines += 100 + (await lines.filter({ hasText: 'Olga Ældre' }).count());
		expect(olgaLines).toBe(230);
		await expectAccessible(page);

		await follow('Nyere');
		await expect(lines.filter({ hasText: 'Olga Ældre' })).toHaveCount(100);
		await follow('Nyere');
		await expect(rita).toHaveCount(1);
		await expect(pages.getByRole('link', { name: 'Nyere' })).toHaveCount(0);
		await expect(page.getByText('Du ser ældre linjer.', { exact: false })).toHaveCount(0);

		// One person's lines, paged the same way.
		await page.getByLabel('Vis kun én person').selectOption({ label: 'Olga Ældre (medarbejder)' });
		await page.getByRole('button', { name: 'Vis' }).click();
		await expect(lines.filter({ hasText: 'Olga Ældre' })).toHaveCount(100);
		await follow('Ældre');
		await follow('Ældre');
		await expect(lines.filter({ hasText: 'Olga Ældre' })).toHaveCount(30);
		await expect(lines).toHaveCount(30);
		await expectAccessible(page);

		await page.goto('/en/me/access-log');
		await expect(lines.filter({ hasText: 'Rita Relativ' })).toHaveText(
			/^Rita Relativ \(relative\) tried to see your dreams 600 times\. First at \d\d:\d\d, last at \d\d:\d\d\. They were not allowed\.$/
		);
		await expect(page.getByRole('navigation', { name: 'More lines' }).getByRole('link', { name: 'Older' })).toBeVisible();
		await expectAccessible(page);

		// The staff copy of the log pages the same way.
		const leader = await factories.createUser('leader', { unitId: unit.id, name: 'Lise Leder' });
		await page.context().clearCookies();
		await loginAs(leader.id);
		await page.goto(`/staff/citizens/${citizen.id}/access-log`);
		await expect(rita).toHaveCount(1);
		await expect(page.getByText(new RegExp(`${worker.displayName} \\(din kontaktperson\\) så dine oplysninger`))).toBeVisible();
		await follow('Ældre');
		await expect(lines.filter({ hasText: 'Olga Ældre' })).toHaveCount(100);
		await expectAccessible(page);
	});
}

test('the log shows the leader reading a deletion request and the worker seeing the ratings on Mine borgere', async ({
	page,
	browser,
	loginAs,
	expectAccessible
}) => {
	const { citizen, worker, leader } = await citizenScene();
	const { requestDeletion } = await import('../src/lib/server/my-data.ts');
	const { createRating } = await import('../src/lib/server/ratings/ratings.ts');
	const { activeQuestionSet } = await import('../src/lib/server/ratings/question-sets.ts');
	const { db } = await import('../src/lib/server/db/index.ts');
	const { citizen: citizenTable } = await import('../src/lib/server/db/schema/index.ts');
	const { eq } = await import('drizzle-orm');
	const [target] = await db.select().from(citizenTable).where(eq(citizenTable.id, citizen.id));
	const { set, questions } = await activeQuestionSet(target!.unitId);
	// A good rating: no flag, so only the trend line shows it.
	await createRating(target!, { setId: set.id, answers: { [questions[0]!.id]: 'very-good' }, comment: '', visitId: null, clientId: null });
	await requestDeletion(citizen.id, 'Slet mig.');

	await visitAs(browser, worker.id, '/staff');
	await visitAs(browser, leader.id, '/staff/deletion-requests');

	await loginAs(citizen.userId);
	await page.goto('/me/access-log');
	await expect(page.getByText(new RegExp(`${worker.displayName} \\(din kontaktperson\\) så dine svar om samarbejdet klokken \\d\\d\\.\\d\\d\\.`))).toBeVisible();
	await expect(page.getByText(/Lene Leder \(leder\) så din besked om at slette dine oplysninger klokken \d\d\.\d\d\./)).toBeVisible();
	await expectAccessible(page);
});
