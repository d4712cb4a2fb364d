// Nothing typed is ever lost: a form sent after the session ran out is not "accepted". The words
// stay on the device, the page says so, and after logging in again they are back in the form.
import type { Page } from '@playwright/test';
import { and, eq } from 'drizzle-orm';
import { TEST_PASSWORD, citizenScene, expect, factories, test } from './fixtures.ts';
import { db } from '../src/lib/server/db/index.ts';
import { citizen as citizenTable, contactWish, dream, grant, meeting, meetingAgreement } from '../src/lib/server/db/schema/index.ts';

/** The session runs out (3 days idle, 8 hours for staff) as far as the server can tell: no valid cookie. */
async function sessionRunsOut(page: Page) {
	await page.context().clearCookies();
}

/** Sees the notice, checks it with axe, and logs in again through the real log-in form. */
async function logInAgain(page: Page, loginName: string, expectAccessible: (page: Page) => Promise<void>) {
	const notice = page.getByRole('alert').filter({ hasText: 'Du er logget ud' });
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('Det, du skrev, er ikke sendt endnu. Men det er gemt her.');
	await expect(notice).toBeFocused();
	await expectAccessible(page);
	const cameFrom = new URL(page.url());
	await notice.getByRole('link', { name: 'Log ind igen' }).click();
	await expect(page).toHaveURL(/\/login\?next=/);
	await page.getByLabel('Brugernavn').fill(loginName);
	await page.getByLabel('Adgangskode').fill(TEST_PASSWORD);
	await page.getByRole('button', { name: 'Log ind', exact: true }).click();
	await expect(page).toHaveURL(cameFrom.pathname + cameFrom.search);
}

test.describe('a form sent after the session ran out, JavaScript on', () => {
	test.setTimeout(60_000);

	test('the dream form keeps the words, and the dream is stored once after logging in again', async ({ page, loginAs, expectAccessible }) => {
		const { citizen } = await citizenScene();
		await loginAs(citizen.userId);
		await page.goto('/me/dreams/new');
		await page.getByLabel('Din drøm').fill('Jeg vil gerne have en hund');
		await page.getByRole('group', { name: 'Hvad handler den om?' }).getByLabel('Helbred').check();
		await sessionRunsOut(page);
		await page.getByRole('button', { name: 'Gem' }).click();
		await logInAgain(page, citizen.loginName, expectAccessible);

		await expect(page.getByLabel('Din drøm')).toHaveValue('Jeg vil gerne have en hund');
		await expect(page.getByRole('group', { name: 'Hvad handler den om?' }).getByLabel('Helbred')).toBeChecked();
		await page.getByRole('button', { name: 'Gem' }).click();
		await expect(page.getByRole('link', { name: 'Jeg vil gerne have en hund' })).toBeVisible();
		const stored = await db.select().from(dream).where(and(eq(dream.citizenId, citizen.id), eq(dream.text, 'Jeg vil gerne have en hund')));
		expect(stored).toHaveLength(1);
		// Sent, so the draft is gone: the form is empty next time.
		await page.goto('/me/dreams/new');
		await page.waitForTimeout(300);
		await expect(page.getByLabel('Din drøm')).toHaveValue('');
	});

	test('someone else logged in meanwhile on the same phone: the words are not stored as theirs, and stay for their writer', async ({ page, loginAs }) => {
		const first = (await citizenScene()).citizen;
		const second = (await citizenScene()).citizen;
		await loginAs(first.userId);
		await page.goto('/me/dreams/new');
		await page.getByLabel('Din drøm').fill('Mine egne ord om en cykel');
		await page.getByRole('group', { name: 'Hvad handler den om?' }).getByLabel('Fritid').check();
		// The first person's session ran out; the second logs in (in another tab of the same browser).
		await sessionRunsOut(page);
		await loginAs(second.userId);
		await page.getByRole('button', { name: 'Gem' }).click();
		await expect(page.getByRole('alert').filter({ hasText: 'Du er logget ud' })).toBeVisible();
		expect(await db.select().from(dream).where(eq(dream.text, 'Mine egne ord om en cykel'))).toEqual([]);

		// Back as the first person, the words are there.
		await sessionRunsOut(page);
		await loginAs(first.userId);
		await page.goto('/me/dreams/new');
		await expect(page.getByLabel('Din drøm')).toHaveValue('Mine egne ord om en cykel');
	});

	test('the wish\'s "hvorfor" keeps the words, and the wish is stored once', async ({ page, loginAs, expectAccessible }) => {
		const unit = await factories.createUnit();
		const tag = unit.id.slice(0, 4);
		const temporary = await factories.createWorker(unit.id, `Tove Midlertidig ${tag}`);
		await factories.createWorker(unit.id, `Anders Praktisk ${tag}`);
		const citizen = await factories.createCitizen(unit.id, { name: `Birgit Borger ${tag}`, canLogIn: true, startedDaysAgo: 120 });
		await factories.assignWorker(citizen.id, temporary.id, { isTemporary: true, fromDate: citizen.startDate });
		await loginAs(citizen.userId);
		await page.goto('/me/contact-person/choose?kind=one');
		await page.getByRole('group', { name: 'Hvem vil du gerne have?' }).getByLabel(/Anders Praktisk/).check();
		await page.getByLabel('Hvorfor? Skriv med dine egne ord.').fill('Anders kan hjælpe mig med post.');
		await sessionRunsOut(page);
		await page.getByRole('button', { name: 'Send mit ønske' }).click();
		await logInAgain(page, citizen.loginName!, expectAccessible);

		await expect(page.getByLabel('Hvorfor? Skriv med dine egne ord.')).toHaveValue('Anders kan hjælpe mig med post.');
		await expect(page.getByRole('group', { name: 'Hvem vil du gerne have?' }).getByLabel(/Anders Praktisk/)).toBeChecked();
		await page.getByRole('button', { name: 'Send mit ønske' }).click();
		await expect(page.getByRole('status')).toHaveText('Tak. Dit ønske er sendt til lederen.');
		const wishes = await db.select().from(contactWish).where(eq(contactWish.citizenId, citizen.id));
		expect(wishes.map((wish) => wish.reason)).toEqual(['Anders kan hjælpe mig med post.']);
	});

	test('the helper invitation keeps the name and the choices, and is made once', async ({ page, loginAs, expectAccessible }) => {
		const { citizen } = await citizenScene();
		await loginAs(citizen.userId);
		await page.goto('/me/helpers/new?kind=relative');
		await page.getByLabel('Navn').fill('Moster Grethe');
		await page.getByRole('group', { name: 'Hvad må personen se?' }).getByLabel('Drømme').check();
		await sessionRunsOut(page);
		await page.getByRole('button', { name: 'Lav invitationen' }).click();
		await logInAgain(page, citizen.loginName, expectAccessible);

		await expect(page.getByLabel('Navn')).toHaveValue('Moster Grethe');
		await expect(page.getByRole('group', { name: 'Hvad må personen se?' }).getByLabel('Drømme')).toBeChecked();
		await page.getByRole('button', { name: 'Lav invitationen' }).click();
		await expect(page.getByRole('heading', { name: 'Send invitationen' })).toBeVisible();
		const grants = await db.select().from(grant).where(eq(grant.citizenId, citizen.id));
		expect(grants.map((row) => [row.name, row.areas])).toEqual([['Moster Grethe', ['dreams']]]);
	});

	test('the staff meeting summary keeps the words, and is stored once', async ({ page, loginAs, expectAccessible }) => {
		const { citizen, worker, unit } = await citizenScene();
		const { scheduleMeeting } = await import('../src/lib/server/meetings/meetings.ts');
		const [citizenRow] = await db.select().from(citizenTable).where(eq(citizenTable.id, citizen.id));
		const staff = { id: worker.id, role: 'worker' as const, displayName: worker.displayName, unitId: unit.id, unitName: unit.name };
		// An hour ago: a summary is taken only from the meeting's time on.
		const meetingId = await scheduleMeeting(staff, citizenRow!, { type: 'follow_up', startsAt: new Date(Date.now() - 3_600_000), place: 'Kontoret', participantIds: [] });
		await loginAs(worker.id);
		await page.goto(`/staff/citizens/${citizen.id}/meetings/${meetingId}`);
		const summary = 'Vi talte om din lejlighed. Du vil gerne male stuen.';
		await page.getByLabel('Referat i lettilgængeligt sprog (vises for borgeren)').fill(summary);
		await page.getByLabel(/Det aftalte vi/).fill('Vi køber maling på fredag.');
		await sessionRunsOut(page);
		await page.getByRole('button', { name: 'Gem referatet' }).click();
		await logInAgain(page, worker.loginName, expectAccessible);

		await expect(page.getByLabel('Referat i lettilgængeligt sprog (vises for borgeren)')).toHaveValue(summary);
		await expect(page.getByLabel(/Det aftalte vi/)).toHaveValue('Vi køber maling på fredag.');
		await page.getByRole('button', { name: 'Gem referatet' }).click();
		await expect(page.getByRole('status').filter({ hasText: 'Referatet er gemt.' })).toBeVisible();
		const [stored] = await db.select().from(meeting).where(eq(meeting.id, meetingId));
		expect(stored?.summary).toBe(summary);
		const agreements = await db.select().from(meetingAgreement).where(eq(meetingAgreement.meetingId, meetingId));
		expect(agreements.map((row) => row.text)).toEqual(['Vi køber maling på fredag.']);
	});
});

test('a button without words, pressed after the session ran out, says so and leads to log-in and back', async ({ page, loginAs, expectAccessible }) => {
	const { citizen } = await citizenScene();
	await loginAs(citizen.userId);
	await page.goto('/me/plan');
	await page.getByLabel('Dato for din årlige plan').fill('2030-05-01');
	await sessionRunsOut(page);
	await page.getByRole('button', { name: 'Gem datoen' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Du er logget ud, fordi du har været væk et stykke tid.' })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Log ind igen' }).click();
	await expect(page).toHaveURL(/\/login\?next=%2Fme%2Fplan$/);
});

test.describe('a form sent after the session ran out, JavaScript off', () => {
	test.use({ javaScriptEnabled: false });

	test('the log-in page says the words were not saved, and leads back to the form', async ({ page, loginAs, expectAccessible }) => {
		const { citizen } = await citizenScene();
		await loginAs(citizen.userId);
		await page.goto('/me/dreams/new');
		await page.getByLabel('Din drøm').fill('Et ord, der ikke kan gemmes');
		await sessionRunsOut(page);
		await page.getByRole('button', { name: 'Gem' }).click();
		await expect(page).toHaveURL(/\/login\?next=%2Fme%2Fdreams%2Fnew&notSaved$/);
		await expect(page.getByRole('status')).toHaveText('Du var logget ud. Derfor blev det, du sendte, ikke gemt. Log ind, og send det igen.');
		await expectAccessible(page);
		await page.getByLabel('Brugernavn').fill(citizen.loginName);
		await page.getByLabel('Adgangskode').fill(TEST_PASSWORD);
		await page.getByRole('button', { name: 'Log ind', exact: true }).click();
		await expect(page).toHaveURL(/\/me\/dreams\/new$/);
		expect(await db.select().from(dream).where(eq(dream.citizenId, citizen.id))).toHaveLength(0);
	});
});
