import type { Page } from '@playwright/test';
import { citizenScene, expect, signIn, test } from './fixtures.ts';

const questions = [
	'Lyttede vi til dig, og blev du mødt med respekt?',
	'Talte vi om det, der var vigtigt for dig?',
	'Passede vores måde at arbejde på til dig?',
	'Hvordan var det alt i alt?'
];

/** Answers with role and name only, as a screen reader user finds them: each question is a named group. */
async function answerByName(page: Page, faces: (string | null)[]) {
	for (const [index, face] of faces.entries()) {
		const group = page.getByRole('group', { name: questions[index]! });
		await group.getByRole('radio', { name: face ?? 'Spring over', exact: true }).check();
	}
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(`Hvordan går vores samarbejde?, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		test('rate with roles and names; see the trend in words, as a picture and as a table', async ({ page, loginAs, expectAccessible }) => {
			const { citizen } = await citizenScene();
			await loginAs(citizen.userId);
			await page.goto('/me');
			await page.getByRole('link', { name: 'Hvordan går vores samarbejde?' }).click();
			await expect(page.getByText('Der er ingen svar endnu.')).toBeVisible();
			await expectAccessible(page);

			await page.getByRole('link', { name: 'Sig, hvordan det går' }).click();
			await page.getByRole('button', { name: 'Send mit svar' }).click();
			await expect(page.getByRole('alert')).toContainText('Vælg et ansigt ved mindst ét spørgsmål. Eller skriv noget.');
			await expectAccessible(page);

			await answerByName(page, ['Godt', 'Okay', null, 'Godt']);
			await page.getByLabel('Vil du skrive noget mere?').fill('Det var rart at gå en tur.');
			await page.getByRole('button', { name: 'Send mit svar' }).click();
			await expect(page.getByRole('status')).toHaveText('Tak. Dit svar er gemt.');
			await expect(page.getByText('Der er ét svar indtil nu.')).toBeVisible();
			await expect(page.getByRole('table', { name: 'Alle svar' })).toContainText('Det var rart at gå en tur.');
			await expect(page.getByRole('img', { name: /Svarene over tid/ })).toBeVisible();
			// Nothing low: no offer to talk about it.
			await expect(page.getByRole('heading', { name: 'Vil du tale om det?' })).toHaveCount(0);
			await expectAccessible(page);

			await page.getByRole('link', { name: 'Sig, hvordan det går' }).click();
			await answerByName(page, ['Meget godt', 'Meget godt', 'Meget godt', 'Meget godt']);
			await page.getByRole('button', { name: 'Send mit svar' }).click();
			await expect(page.getByText('Det går bedre end sidste gang.')).toBeVisible();
		});
	});
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(`an empty rating on a phone, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled, viewport: { width: 360, height: 740 } });
		test('the error links to the first question left out, and the steps open it', async ({ page, loginAs, expectAccessible }) => {
			const { citizen } = await citizenScene();
			await loginAs(citizen.userId);
			await page.goto('/me/collaboration/new');
			// "Spring over" on the first question, nothing on the rest: the second is the first left out.
			await page.getByRole('group', { name: questions[0]! }).getByRole('radio', { name: 'Spring over' }).check();
			if (javaScriptEnabled) {
				// One question per screen: walk to the last step (the comment) and send from there.
				for (let step = 1; step <= questions.length; step++) await page.getByRole('button', { name: 'Næste' }).click();
				await expect(page.getByLabel('Vil du skrive noget mere?')).toBeVisible();
			}
			await page.getByRole('button', { name: 'Send mit svar' }).click();
			const link = page.getByRole('alert').getByRole('link', { name: 'Vælg et ansigt ved mindst ét spørgsmål. Eller skriv noget.' });
			await expect(link).toBeVisible();
			const target = (await link.getAttribute('href'))!;
			const secondQuestion = page.getByRole('group', { name: questions[1]! });
			// The link leads to a choice of the second question.
			await expect(secondQuestion.locator(target)).toHaveCount(1);
			if (javaScriptEnabled) {
				// The steps open that question at once, not the last step the person was on.
				await expect(secondQuestion).toBeVisible();
				await expect(page.getByLabel('Vil du skrive noget mere?')).toBeHidden();
				await expect(page.getByText('Spørgsmål 2 af 5')).toBeVisible();
			}
			await expectAccessible(page);
			await link.click();
			await expect(secondQuestion).toBeInViewport();
			if (javaScriptEnabled) await expect(secondQuestion.getByRole('radio', { name: 'Meget dårligt' })).toBeFocused();
			// Answering it sends the rating.
			await secondQuestion.getByRole('radio', { name: 'Godt', exact: true }).check();
			if (javaScriptEnabled) for (let step = 2; step <= questions.length; step++) await page.getByRole('button', { name: 'Næste' }).click();
			await page.getByRole('button', { name: 'Send mit svar' }).click();
			await expect(page.getByRole('status')).toHaveText('Tak. Dit svar er gemt.');
		});
	});
}

test('keyboard only: arrow keys choose a face, Tab moves on, Enter sends', async ({ page, loginAs }) => {
	const { citizen } = await citizenScene();
	await loginAs(citizen.userId);
	await page.goto('/me/collaboration/new');
	const firstFace = page.getByRole('group', { name: questions[0]! }).getByRole('radio', { name: 'Meget dårligt' });
	await firstFace.focus();
	// Right four times: Meget dårligt → Dårligt → Okay → Godt → Meget godt.
	for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('group', { name: questions[0]! }).getByRole('radio', { name: 'Meget godt', exact: true })).toBeChecked();
	await page.keyboard.press('Tab');
	await page.keyboard.press('ArrowRight');
	await expect(page.getByRole('group', { name: questions[1]! }).getByRole('radio', { name: 'Dårligt', exact: true })).toBeChecked();
	await page.getByRole('button', { name: 'Send mit svar' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status')).toHaveText('Tak. Dit svar er gemt.');
	// One answer is in the lowest two faces: the gentle offer. This citizen is still in the choice
	// period, so the offer says when they may choose instead of offering a choice they cannot make.
	await expect(page.getByRole('heading', { name: 'Vil du tale om det?' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Ja, jeg vil tale om det' })).toBeVisible();
	await expect(page.getByText(/^Du kan vælge en anden kontaktperson fra den /)).toBeVisible();
});

for (const javaScriptEnabled of [true, false]) {
	test.describe(`the low-rating offer is true for the person's situation, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		/** A citizen of a unit with a real phone number rates low; the offer shows. */
		async function rateLow(page: Page, loginAs: (id: string) => Promise<void>, options: { isTemporary: boolean }) {
			const s = await citizenScene(options);
			const { db } = await import('../src/lib/server/db/index.ts');
			const { unit } = await import('../src/lib/server/db/schema/index.ts');
			const { eq } = await import('drizzle-orm');
			await db.update(unit).set({ contactPhone: '70 20 30 40', openingHoursDa: 'Hverdage kl. 8–16.' }).where(eq(unit.id, s.unit.id));
			await loginAs(s.citizen.userId);
			await page.goto('/me/collaboration/new');
			await answerByName(page, ['Meget dårligt', 'Dårligt', 'Dårligt', 'Meget dårligt']);
			await page.getByRole('button', { name: 'Send mit svar' }).click();
			await expect(page.getByRole('heading', { name: 'Vil du tale om det?' })).toBeVisible();
			return s;
		}

		test('"Ja, jeg vil tale om det" leads to the leader and the unit\'s number and hours, not to the person just rated', async ({ page, loginAs, expectAccessible }) => {
			await rateLow(page, loginAs, { isTemporary: true });
			await page.getByRole('link', { name: 'Ja, jeg vil tale om det' }).click();
			await expect(page).toHaveURL(/\/me\/contact\?talk$/);
			await expect(page.getByRole('heading', { level: 2, name: 'Tal med en anden' })).toBeVisible();
			await expect(page.getByText('Du behøver ikke tale med din kontaktperson om det.')).toBeVisible();
			await expect(page.getByText('Ring til os, og spørg efter lederen: Lene Leder.')).toBeVisible();
			await expect(page.getByRole('link', { name: 'Ring til os: 70 20 30 40' })).toHaveAttribute('href', /^tel:/);
			await expect(page.getByText('Hverdage kl. 8–16.')).toBeVisible();
			await expectAccessible(page);
		});

		test('a citizen who may choose is offered another kontaktperson', async ({ page, loginAs, expectAccessible }) => {
			await rateLow(page, loginAs, { isTemporary: false });
			await expect(page.getByText(/^Du kan vælge en anden kontaktperson fra/)).toHaveCount(0);
			await expectAccessible(page);
			await page.getByRole('link', { name: 'Vil du vælge en anden kontaktperson?' }).click();
			await expect(page).toHaveURL(/\/me\/contact-person$/);
			await expect(page.getByRole('link', { name: 'Vælg selv' })).toBeVisible();
		});

		test('a citizen who may not choose yet is told when they can, not offered a choice', async ({ page, loginAs, expectAccessible }) => {
			await rateLow(page, loginAs, { isTemporary: true });
			await expect(page.getByRole('link', { name: 'Vil du vælge en anden kontaktperson?' })).toHaveCount(0);
			await expect(page.getByText(/^Du kan vælge en anden kontaktperson fra den \d+\. \p{L}+ \d{4}\.$/u)).toBeVisible();
			await expectAccessible(page);
		});
	});
}

test('a low score offers to talk, flags the case for the worker and the leader, and the citizen sees who saw the flag', async ({
	page,
	loginAs,
	expectAccessible
}) => {
	const { citizen, worker, leader } = await citizenScene();
	await loginAs(citizen.userId);
	await page.goto('/me/collaboration/new');
	await answerByName(page, ['Meget dårligt', 'Dårligt', 'Dårligt', 'Meget dårligt']);
	await page.getByRole('button', { name: 'Send mit svar' }).click();
	await expect(page.getByRole('heading', { name: 'Vil du tale om det?' })).toBeVisible();
	await expectAccessible(page);

	for (const staffId of [worker.id, leader.id]) {
		await page.context().clearCookies();
		await loginAs(staffId);
		await page.goto('/staff');
		const row = page.getByRole('row').filter({ hasText: 'Bent Borger' });
		await expect(row.getByText('Lav vurdering')).toBeVisible();
		await expectAccessible(page);
	}
	await page.getByRole('link', { name: 'Samarbejde: tendens og spørgsmål' }).click();
	await expect(page.getByRole('link', { name: /Bent Borger/ })).toBeVisible();
	await expectAccessible(page);

	await page.context().clearCookies();
	await loginAs(citizen.userId);
	await page.goto('/me/access-log');
	await expect(page.getByRole('main')).toContainText('Lene Leder');
});

test('a visit marked done asks "Hvordan gik det?" on Min side, at most once a week; "Ikke nu" works without JavaScript', async ({
	browser,
	baseURL,
	page,
	loginAs,
	expectAccessible
}) => {
	const { citizen, worker } = await citizenScene();
	await loginAs(worker.id);
	await page.goto('/staff');
	await page.getByRole('link', { name: /Bent Borger/ }).click();
	await page.getByRole('button', { name: 'Besøg gennemført i dag' }).click();
	await expect(page.getByRole('status')).toContainText('Besøget er noteret.');

	await page.context().clearCookies();
	await loginAs(citizen.userId);
	await page.goto('/me');
	await expect(page.getByRole('heading', { name: 'Hvordan gik det?' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Ja, det vil jeg gerne' })).toHaveAttribute('href', /\/me\/collaboration\/new\?visit=/);
	await expectAccessible(page);

	// "Ikke nu" from a browser without JavaScript.
	const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
	await signIn(context, citizen.userId, baseURL);
	const withoutScripts = await context.newPage();
	await withoutScripts.goto('/me');
	await withoutScripts.getByRole('button', { name: 'Ikke nu' }).click();
	await expect(withoutScripts.getByRole('heading', { name: 'Hvordan gik det?' })).toHaveCount(0);
	await context.close();
	await page.reload();
	await expect(page.getByRole('heading', { name: 'Hvordan gik det?' })).toHaveCount(0);
});

test('the citizen sees exactly what staff see; a worker not assigned and a relative without the area get 404', async ({
	page,
	loginAs
}) => {
	const { citizen, unit } = await citizenScene();
	const { createWorker, createUser } = await import('../src/lib/server/testing/factories.ts');
	const stranger = await createWorker(unit.id, 'Ikke Tildelt');
	await loginAs(citizen.userId);
	await page.goto('/me/collaboration/new');
	await answerByName(page, ['Okay', null, null, 'Godt']);
	await page.getByLabel('Vil du skrive noget mere?').fill('Kun til min kontaktperson');
	await page.getByRole('button', { name: 'Send mit svar' }).click();
	const citizenView = await page.getByRole('table', { name: 'Alle svar' }).locator('tbody').innerText();

	await page.context().clearCookies();
	await loginAs(stranger.id);
	const refused = await page.goto(`/staff/citizens/${citizen.id}`);
	expect(refused?.status()).toBe(404);

	const { inviteHelper, acceptHelperInvitation } = await import('../src/lib/server/access/grants.ts');
	const { token } = await inviteHelper(citizen.id, { kind: 'relative', name: 'Mor', areas: ['dreams'], canWriteInput: false, endsOn: null });
	const relative = await acceptHelperInvitation(token, { newAccount: { displayName: 'Mor', loginName: `mor${Date.now() % 100000}`, password: 'a long password' } });
	if (relative.status !== 'accepted') throw new Error(relative.status);
	await page.context().clearCookies();
	await loginAs(relative.userId);
	expect((await page.goto(`/helper/${citizen.id}/ratings`))?.status()).toBe(404);

	const leader = await createUser('leader', { unitId: unit.id, name: 'Leder To' });
	await page.context().clearCookies();
	await loginAs(leader.id);
	await page.goto(`/staff/citizens/${citizen.id}`);
	const staffView = await page.getByRole('table', { name: 'Borgerens svar, nyeste først' }).locator('tbody').innerText();
	expect(staffView).toBe(citizenView);
});

test('a leader adds a question set, puts it in use, reorders and retires; the citizen gets the new questions', async ({
	page,
	loginAs,
	expectAccessible
}) => {
	const { citizen, leader } = await citizenScene();
	await loginAs(leader.id);
	await page.goto('/staff/question-sets');
	await expect(page.getByRole('heading', { name: /Samklang/ })).toBeVisible();
	await expectAccessible(page);
	await page.getByLabel('Navn på sættet').fill('Vores eget skema');
	await page.getByLabel('Spørgsmål på dansk, ét pr. linje').fill('Var du tryg?\nFik du hjælp til det, du ville?');
	await page.getByRole('button', { name: 'Gem sættet' }).click();
	const set = page.getByRole('region', { name: /Vores eget skema/ });
	await set.getByRole('button', { name: 'Tag i brug' }).click();
	await expect(page.getByRole('region', { name: /Vores eget skema/ })).toContainText('I brug');
	await page.getByRole('region', { name: /Vores eget skema/ }).getByRole('listitem').nth(1).getByRole('button', { name: 'Flyt op' }).click();
	await expect(page.getByRole('region', { name: /Vores eget skema/ }).getByRole('listitem').first()).toContainText('Fik du hjælp til det, du ville?');
	await page.getByRole('region', { name: /Vores eget skema/ }).getByRole('listitem').nth(1).getByRole('button', { name: 'Tag ud af brug' }).click();
	await expect(page.getByRole('region', { name: /Vores eget skema/ }).getByRole('listitem').nth(1)).toContainText('Taget ud af brug');
	await page.getByRole('region', { name: /Vores eget skema/ }).getByRole('listitem').first().getByRole('button', { name: 'Tag ud af brug' }).click();
	await expect(page.getByRole('alert')).toContainText('Et sæt skal have mindst ét spørgsmål i brug.');
	await expectAccessible(page);

	await page.context().clearCookies();
	await loginAs(citizen.userId);
	await page.goto('/me/collaboration/new');
	await expect(page.getByRole('group', { name: 'Fik du hjælp til det, du ville?' })).toBeVisible();
	await expect(page.getByRole('group', { name: 'Var du tryg?' })).toHaveCount(0);
	await expect(page.getByRole('group', { name: questions[0]! })).toHaveCount(0);
});

test('on a 360 and a 320 px phone the ratings are cards: nothing scrolls sideways and each comment sits with its rating', async ({
	page,
	loginAs,
	expectAccessible
}) => {
	const { citizen, worker } = await citizenScene();
	const { db } = await import('../src/lib/server/db/index.ts');
	const { citizen: citizenTable } = await import('../src/lib/server/db/schema/index.ts');
	const { createRating } = await import('../src/lib/server/ratings/ratings.ts');
	const { activeQuestionSet } = await import('../src/lib/server/ratings/question-sets.ts');
	const { eq } = await import('drizzle-orm');
	const [target] = await db.select().from(citizenTable).where(eq(citizenTable.id, citizen.id));
	const { set, questions: asked } = await activeQuestionSet(target!.unitId);
	const answers = Object.fromEntries(asked.map((q) => [q.id, 'good' as const]));
	const comments = ['Det var rart at gå en tur ved stranden. Vi talte om min kommunalforvaltningssag.', 'Hun kom for sent.'];
	for (const comment of comments) await createRating(target!, { setId: set.id, answers, comment, visitId: null, clientId: null });
	const { sidewaysOverflow } = await import('./measure.ts');

	/** The layout of each card: where its date, overall answer and comment are, and whether its box scrolls. */
	const measure = () =>
		page.evaluate(() => {
			const wrap = document.querySelector('.table-wrap')!;
			const rows = [...document.querySelectorAll('tbody tr')].map((row) => {
				const [date, overall, , comment] = [...row.children].map((cell) => cell.getBoundingClientRect());
				return { date: date!, overall: overall!, comment: comment! };
			});
			return { innerScroll: wrap.scrollWidth - wrap.clientWidth, width: window.innerWidth, rows: rows.map((r) => JSON.parse(JSON.stringify(r))) };
		});

	for (const [who, path, name] of [
		[citizen.userId, '/me/collaboration', 'Alle svar'],
		[worker.id, `/staff/citizens/${citizen.id}`, 'Borgerens svar, nyeste først']
	] as const) {
		await page.context().clearCookies();
		await loginAs(who);
		for (const width of [360, 320]) {
			await page.setViewportSize({ width, height: 740 });
			await page.goto(path);
			const table = page.getByRole('table', { name });
			// Still a table for a screen reader: rows, a date as each row's header, the comment a cell.
			await expect(table.getByRole('rowheader')).toHaveCount(2);
			await expect(table.getByRole('cell', { name: comments[1] })).toBeVisible();
			expect(await sidewaysOverflow(page)).toBe(0);
			const { innerScroll, rows } = await measure();
			expect(innerScroll, `the ratings box scrolls sideways at ${width} px`).toBeLessThanOrEqual(0);
			for (const [i, row] of rows.entries()) {
				// The comment is inside the window, below its own overall answer, and above the next rating's date.
				expect(row.comment.left).toBeGreaterThanOrEqual(0);
				expect(row.comment.right).toBeLessThanOrEqual(width);
				expect(row.comment.top).toBeGreaterThanOrEqual(row.overall.bottom - 1);
				if (rows[i + 1]) expect(row.comment.bottom).toBeLessThanOrEqual(rows[i + 1]!.date.top);
			}
			await expectAccessible(page);
		}
	}
});
