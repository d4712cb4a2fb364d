import type { Page } from '@playwright/test';
import { citizenScene, expect, test } from './fixtures.ts';
import { eq } from 'drizzle-orm';

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
			await page.getByRole('group', { name: 'Slags møde' }).getByLabel('Møde om, hvordan det går').check();
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
			await expect(page.getByRole('heading', { name: 'Møde om, hvordan det går' })).toBeVisible();
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
			// The meeting is three days ahead: a summary now would mark it held and close the citizen's topics.
			await page.getByRole('button', { name: 'Gem referatet' }).click();
			await expect(page.getByRole('alert')).toContainText('Mødet er ikke begyndt endnu. Skriv referatet, når mødet er holdt.');
			await expect(page.getByLabel('Referat i lettilgængeligt sprog (vises for borgeren)')).toHaveValue(/Vi talte om din økonomi/);
			await expectAccessible(page);
			// The meeting's time comes (moved in the database: the form refuses a time in the past).
			const { db } = await import('../src/lib/server/db/index.ts');
			const { meeting } = await import('../src/lib/server/db/schema/index.ts');
			const { eq } = await import('drizzle-orm');
			await db.update(meeting).set({ startsAt: new Date(Date.now() - 60_000) }).where(eq(meeting.citizenId, citizen.id));
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

/**
 * The values the code stores as keys: progress, plan changes, roles, meeting types, note kinds. On a
 * Danish page each is shown through a message, never as the key. "plan" and "team" are Danish words
 * as well, so a key of that spelling cannot be told from the word and is left out.
 */
async function storedKeys() {
	const { progressSteps, stepOwners } = await import('../src/lib/plan-options.ts');
	const { meetingTypes } = await import('../src/lib/meeting-options.ts');
	const schema = await import('../src/lib/server/db/schema/index.ts');
	const keys = [
		...progressSteps,
		...stepOwners,
		...meetingTypes,
		...schema.roles,
		...schema.planChange.kind.enumValues,
		...schema.meetingNote.kind.enumValues
	];
	return [...new Set(keys)].filter((key) => !['plan', 'team'].includes(key));
}

test('Før mødet and its print show every progress, status and role value in words, never a stored key', async ({ page, loginAs, expectAccessible }) => {
	const { citizen, worker } = await citizenScene();
	const { db } = await import('../src/lib/server/db/index.ts');
	const schema = await import('../src/lib/server/db/schema/index.ts');
	const { progressSteps } = await import('../src/lib/plan-options.ts');
	const meetingId = `m${Math.random().toString(36).slice(2, 12)}`;
	await db.insert(schema.meeting).values({ id: meetingId, citizenId: citizen.id, type: 'follow_up', startsAt: new Date(Date.now() + 86_400_000), place: 'Kontoret', createdBy: worker.id, createdAt: new Date() });
	// Every kind of plan change, and the goal through every step of progress, as the plan stores them.
	const hourAgo = Date.now() - 3_600_000;
	const changes: { kind: (typeof schema.planChange.kind.enumValues)[number]; summary: string }[] = [
		{ kind: 'goal_created', summary: 'Gå en tur' },
		...progressSteps.map((step) => ({ kind: 'progress' as const, summary: `Gå en tur: ${step}` })),
		{ kind: 'goal_changed', summary: 'Gå en lang tur' },
		{ kind: 'step_added', summary: 'Køb sko' },
		{ kind: 'step_done', summary: 'Køb sko' },
		{ kind: 'plan_date', summary: '2026-12-24' },
		{ kind: 'goal_deleted', summary: 'Gå en lang tur' }
	];
	await db.insert(schema.planChange).values(changes.map((c, i) => ({ ...c, citizenId: citizen.id, changedBy: citizen.userId, at: new Date(hourAgo + i * 1000) })));

	await loginAs(worker.id);
	await page.goto(`/staff/citizens/${citizen.id}/meetings/${meetingId}`);
	const main = page.getByRole('main');
	await expect(main).toContainText('ændrede hvor langt: Gå en tur: I gang');
	await expect(main).toContainText('satte datoen for planen: 24. december 2026');
	const keys = await storedKeys();
	for (const media of ['screen', 'print'] as const) {
		await page.emulateMedia({ media });
		const text = await main.innerText();
		const words = new Set(text.split(/[^\p{L}_]+/u));
		expect(keys.filter((key) => words.has(key)), `stored keys shown on the ${media} page`).toEqual([]);
		expect(text, `a stored ISO date on the ${media} page`).not.toMatch(/\d{4}-\d{2}-\d{2}/);
	}
	await page.emulateMedia({ media: 'screen' });
	await expectAccessible(page);
});

test('Før mødet puts the citizen\'s own words first, marks a dream they want to talk about, and prints no empty "Efter mødet"', async ({ page, loginAs, expectAccessible }) => {
	const { citizen, worker } = await citizenScene();
	const { db } = await import('../src/lib/server/db/index.ts');
	const schema = await import('../src/lib/server/db/schema/index.ts');
	const meetingId = `m${Math.random().toString(36).slice(2, 12)}`;
	const hourAgo = Date.now() - 3_600_000;
	await db.insert(schema.meeting).values({ id: meetingId, citizenId: citizen.id, type: 'follow_up', startsAt: new Date(Date.now() + 86_400_000), place: 'Kontoret', createdBy: worker.id, createdAt: new Date() });
	// Oldest first: a plan change, a dream without and one with "tal om det", and last the citizen's topic.
	await db.insert(schema.planChange).values({ citizenId: citizen.id, changedBy: citizen.userId, kind: 'goal_created', summary: 'Gå en tur', at: new Date(hourAgo) });
	const dream = (text: string, talk: boolean, minutes: number) => ({
		id: `d${Math.random().toString(36).slice(2, 12)}`,
		citizenId: citizen.id,
		text,
		lifeArea: 'leisure' as const,
		visibility: 'team' as const,
		talkAtNextMeeting: talk,
		confirmedAt: new Date(hourAgo),
		createdAt: new Date(hourAgo + minutes * 60_000),
		updatedAt: new Date(hourAgo + minutes * 60_000)
	});
	await db.insert(schema.dream).values([dream('Male et billede', false, 1), dream('Få en hund', true, 2)]);
	await db.insert(schema.meetingNote).values({ id: `n${Math.random().toString(36).slice(2, 12)}`, meetingId, kind: 'topic', text: 'Jeg vil tale om min søvn', authorId: citizen.userId, createdAt: new Date(hourAgo + 3 * 60_000) });

	await loginAs(worker.id);
	await page.goto(`/staff/citizens/${citizen.id}/meetings/${meetingId}`);
	const items = page.getByRole('main').getByRole('listitem');
	await expect(items).toHaveCount(4);
	await expect(items.nth(0)).toContainText('Jeg vil tale om min søvn');
	await expect(items.nth(1)).toContainText('Drøm – borgeren vil tale om den på mødet');
	await expect(items.nth(1)).toContainText('Få en hund');
	await expect(items.nth(2)).toContainText('Gå en tur');
	await expect(items.nth(3)).toContainText('Male et billede');
	await expect(items.nth(3)).not.toContainText('vil tale om den');
	await expectAccessible(page);

	// On paper: no "Efter mødet" before anything is written after the meeting.
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByRole('heading', { name: 'Efter mødet' })).toBeHidden();
	await db.update(schema.meeting).set({ summary: 'Vi talte om søvn.', summaryAt: new Date() }).where(eq(schema.meeting.id, meetingId));
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Efter mødet' })).toBeVisible();
	await expect(page.getByText('Vi talte om søvn.')).toBeVisible();
	await page.emulateMedia({ media: 'screen' });
});

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

test('Mine borgere puts what needs attention first: next meeting, unread items, trend and flags', async ({ page, loginAs, expectAccessible }) => {
	const { unit, worker, citizen } = await citizenScene();
	const { createCitizen, assignWorker } = await import('../src/lib/server/testing/factories.ts');
	// "Aase" sorts first by name; Bent needs attention, so he comes first.
	const calm = await createCitizen(unit.id, { name: `Aase Rolig ${unit.id.slice(0, 4)}`, canLogIn: true });
	await assignWorker(calm.id, worker.id);
	const { db } = await import('../src/lib/server/db/index.ts');
	const { citizen: citizens } = await import('../src/lib/server/db/schema/index.ts');
	const { eq } = await import('drizzle-orm');
	const [bent] = await db.select().from(citizens).where(eq(citizens.id, citizen.id));
	const { scheduleMeeting, addMeetingNote } = await import('../src/lib/server/meetings/meetings.ts');
	const staff = { id: worker.id, role: 'worker' as const, displayName: 'Kirsten', unitId: unit.id, unitName: null };
	const meetingId = await scheduleMeeting(staff, bent!, { type: 'follow_up', startsAt: new Date(Date.now() + 86_400_000), place: 'Hjemme', participantIds: [worker.id] });
	await addMeetingNote({ id: citizen.userId, role: 'citizen', displayName: 'Bent', unitId: unit.id, unitName: null }, bent!, meetingId, 'topic', 'Min økonomi');
	const { activeQuestionSet } = await import('../src/lib/server/ratings/question-sets.ts');
	const { createRating } = await import('../src/lib/server/ratings/ratings.ts');
	const { set, questions } = await activeQuestionSet(unit.id);
	for (const face of ['very-good', 'good', 'okay'] as const) {
		await createRating(bent!, { setId: set.id, answers: { [questions[3]!.id]: face }, comment: '', visitId: null, clientId: null });
	}

	await loginAs(worker.id);
	await page.goto('/staff');
	const rows = page.getByRole('row');
	await expect(rows.nth(1)).toContainText('Bent Borger');
	await expect(rows.nth(1)).toContainText('Før mødet ikke gennemgået');
	await expect(rows.nth(1).getByRole('img', { name: 'Seneste vurderinger: Meget godt, Godt, Okay' })).toBeVisible();
	await expect(rows.nth(2)).toContainText('Aase Rolig');
	await expect(rows.nth(2)).toContainText('Intet planlagt');
	await expectAccessible(page);

	// Reading every item (the topic and the three ratings) makes the review done, and the flag goes.
	await expect(rows.nth(1).getByRole('cell').nth(2)).toHaveText('4');
	await rows.nth(1).getByRole('link', { name: /\d{4}/ }).click();
	for (const left of [3, 2, 1, 0]) {
		await page.getByRole('button', { name: 'Markér som læst' }).first().click();
		await expect(page.getByRole('button', { name: 'Markér som læst' })).toHaveCount(left);
	}
	await expect(page.getByText('Gennemgået: alt er læst.')).toBeVisible();
	await page.goto('/staff');
	await expect(page.getByText('Før mødet ikke gennemgået')).toHaveCount(0);
});

test('leader admin: create a citizen and print the letter whose code works; create and deactivate staff; end support', async ({
	page,
	loginAs,
	expectAccessible
}) => {
	test.setTimeout(60_000);
	const { leader, citizen } = await citizenScene();
	await loginAs(leader.id);
	await page.goto('/staff');
	await page.getByRole('link', { name: 'Opret en borger' }).click();
	await page.getByRole('button', { name: 'Opret borgeren' }).click();
	await expect(page.getByRole('alert')).toContainText('Skriv borgerens navn');
	await expect(page.getByRole('alert')).toContainText('Vælg en midlertidig kontaktperson.');
	await expectAccessible(page);
	await page.getByLabel('Borgerens navn').fill('Nanna Ny');
	await page.getByRole('group', { name: 'Timer pr. uge' }).getByLabel('6–10 timer').check();
	await page.getByRole('group', { name: 'Lovgrundlag' }).getByRole('radio').first().check();
	await page.getByRole('group', { name: 'Midlertidig kontaktperson' }).getByLabel(/Kirsten Kontakt/).check();
	await page.getByRole('button', { name: 'Opret borgeren' }).click();
	await expect(page.getByRole('heading', { name: 'Velkommen til Samklang, Nanna Ny' })).toBeVisible();
	await expect(page.getByRole('img', { name: 'QR-kode til at komme i gang' })).toBeVisible();
	await expectAccessible(page);
	const code = (await page.locator('.code').innerText()).trim();

	// The code on the letter lets Nanna in.
	await page.context().clearCookies();
	await page.goto('/activate');
	await page.getByLabel('Koden fra brevet').fill(code);
	await page.getByRole('button', { name: 'Næste' }).click();
	await expect(page.getByRole('heading', { name: /Nanna/ })).toBeVisible();

	await page.context().clearCookies();
	await loginAs(leader.id);
	await page.goto('/staff/workers');
	await page.getByLabel('Navn', { exact: true }).fill('Ole Ny');
	await page.getByRole('button', { name: 'Opret', exact: true }).click();
	await expect(page.getByRole('status')).toContainText('Giv koden');
	await page.getByRole('button', { name: /Deaktivér Kirsten Kontakt/ }).click();
	await expect(page.getByRole('status')).toContainText('kan ikke længere logge ind');
	await expectAccessible(page);

	await page.goto(`/staff/citizens/${citizen.id}`);
	await page.getByRole('button', { name: 'Afslut støtten' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Støtten er afsluttet.' })).toBeVisible();
	await page.goto('/staff');
	await expect(page.getByRole('link', { name: /Bent Borger/ })).toHaveCount(0);
});
