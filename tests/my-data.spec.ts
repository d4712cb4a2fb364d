import { readFileSync } from 'node:fs';
import { citizenScene, expect, test, signIn } from './fixtures.ts';
import { createCitizenWithEverything } from '../src/lib/server/testing/full-citizen.ts';

/** Stored values that must never reach the Danish page as they are, only as words. */
const rawValues = /\b(not_started|started|nearly|follow_up|remembers_differently|no_room|declined|approved|withdrawn|revoked|relative|goal_created|home|sel85|topic:)\b/;

for (const javaScriptEnabled of [true, false]) {
	test.describe(`Mine oplysninger, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		test('download everything as JSON (format 2) and as a page in words; the exports are logged', async ({ page, loginAs, expectAccessible }) => {
			const scene = await createCitizenWithEverything();
			const mark = (words: string) => `${words} ${scene.marker}`;
			await loginAs(scene.citizen.userId);
			await page.goto('/me');
			await page.getByRole('link', { name: 'Mine oplysninger', exact: true }).click();
			await expect(page.getByRole('heading', { level: 1, name: 'Mine oplysninger', exact: true })).toBeVisible();
			await expectAccessible(page);

			const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Hent alt som en fil' }).click()]);
			expect(download.suggestedFilename()).toMatch(/^samklang-mine-data-\d{4}-\d{2}-\d{2}\.json$/);
			const data = JSON.parse(readFileSync((await download.path())!, 'utf8'));
			expect(data).toMatchObject({ format: 'samklang-export', version: 2, citizen: { hoursBand: '1-5', legalBasis: 'sel85' } });
			expect(data.person.name).toBe(`Bent Borger ${scene.marker}`);
			expect(data.supporters.map((s: { name: string }) => s.name)).toEqual([scene.worker.displayName]);
			expect(data.dreams.map((d: { text: string; isDeleted: boolean; versions: unknown[] }) => [d.text, d.isDeleted, d.versions.length])).toEqual([
				[mark('Et hus med have'), false, 2],
				[mark('Slettet drøm'), true, 2]
			]);
			expect(data.plan.goals[0]).toMatchObject({ text: mark('Flytte selv'), progress: 'started', dreamIds: [scene.dreamId] });
			expect(data.plan.goals[0].steps[0].text).toBe(mark('Se på lejligheder'));
			expect(data.plan.history).toHaveLength(1);
			expect(data.meetings[0].notes.map((n: { kind: string }) => n.kind)).toEqual(['topic', 'input', 'remembers_differently']);
			expect(data.meetings[0]).toMatchObject({ summary: mark('Vi talte om huset'), agreements: [{ text: mark('Vi ses om en måned') }] });
			expect(data.ratings[0]).toMatchObject({ comment: mark('Det var godt'), answers: [{ score: 7.5 }] });
			expect(data.visits).toHaveLength(1);
			expect(data.contactWishes[0]).toMatchObject({ reason: mark('Vi har det godt sammen'), status: 'declined', members: [{ role: 'contact' }] });
			expect(data.contactSuggestions[0].text).toBe(mark('I har det godt sammen'));
			expect(data.helpers[0].invitations).toHaveLength(1);
			expect(data.login.activationCodes).toHaveLength(1);
			expect(data.deletionRequests[0].message).toBe(mark('Slet mig'));
			expect(JSON.stringify(data)).not.toMatch(/passwordHash|secretHash|codeHash|tokenHash|publicKey/);

			await page.getByRole('link', { name: 'Se alt på én side' }).click();
			await expect(page.getByRole('heading', { level: 1, name: /Alt, vi har gemt om Bent Borger/ })).toBeVisible();
			for (const heading of ['Mine drømme', 'Min plan', 'Mine møder', 'Hvordan går vores samarbejde?', 'Besøg', 'Dine ønsker om kontaktperson']) {
				await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
			}
			// The kind of support in words; "§ 85" is for staff.
			await expect(page.getByText('Hjælp og støtte i hverdagen')).toBeVisible();
			await expect(page.getByRole('main')).not.toContainText('§');
			const deleted = page.getByRole('article', { name: mark('Slettet drøm') });
			await expect(deleted).toContainText('Slettet');
			await expect(deleted).toContainText('Vi gemmer det stadig.');
			await expect(page.getByRole('article', { name: mark('Flytte selv') })).toContainText('Hvor langt: I gang');
			const meeting = page.getByRole('article', { name: /^Møde om, hvordan det går:/ });
			await expect(meeting.getByRole('heading', { name: 'Sådan husker jeg det ikke' })).toBeVisible();
			await expect(meeting).toContainText(mark('Vi aftalte noget andet'));
			await expect(meeting.getByRole('heading', { name: `Fra Rita Pårørende ${scene.marker}` })).toBeVisible();
			await expect(meeting).toContainText(`Kirsten Kontakt ${scene.marker} læste et emne`);
			await expect(page.getByRole('article', { name: /^Dit svar / })).toContainText('Godt');
			await expect(page.getByRole('article', { name: /Du ønskede én kontaktperson/ })).toContainText('Lederen har sagt nej til dit ønske.');
			await expect(page.getByText(/\(dig selv\) hentede alle dine oplysninger/).first()).toBeVisible();
			expect(await page.getByRole('main').innerText()).not.toMatch(rawValues);
			await expectAccessible(page);

			await page.goto('/en/me/data/print');
			for (const heading of ['My dreams', 'My plan', 'My meetings', 'How is our work together going?', 'Visits']) {
				await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
			}
			await expect(page.getByRole('article', { name: mark('Flytte selv') })).toContainText('How far: On the way');
			await expectAccessible(page);
		});
	});
}

for (const javaScriptEnabled of [true, false]) {
	test(`ask for deletion; the leader answers in plain words, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({
		page,
		browser,
		loginAs,
		expectAccessible
	}) => {
		const { citizen, leader } = await citizenScene();
		const citizenContext = await browser.newContext({ javaScriptEnabled });
		const citizenPage = await citizenContext.newPage();
		await signIn(citizenContext, citizen.userId);
		await citizenPage.goto('/me/data');
		await citizenPage.getByLabel(/Vil du skrive noget til lederen/).fill('Jeg vil ikke være med mere.');
		await citizenPage.getByRole('button', { name: 'Bed om sletning' }).click();
		await expect(citizenPage.getByRole('status')).toHaveText('Din besked er sendt til lederen.');

		await loginAs(leader.id);
		await page.goto('/staff');
		await page.getByRole('link', { name: 'Ønsker om sletning' }).click();
		const request = page.getByRole('region', { name: /Bent Borger.* bad om sletning/ });
		await expect(request).toContainText('Jeg vil ikke være med mere.');
		await request.getByRole('button', { name: 'Kan ikke slettes endnu' }).click();
		await expect(page.getByRole('alert')).toContainText('Skriv et svar til borgeren.');
		await expectAccessible(page);
		await page.getByLabel('Dit svar til borgeren').fill('Vi skal gemme sagen i 5 år. Så sletter vi den.');
		await page.getByRole('button', { name: 'Kan ikke slettes endnu' }).click();
		await expect(page.getByRole('status')).toHaveText('Svaret er sendt til borgeren.');

		await citizenPage.goto('/me/data');
		await expect(citizenPage.getByText('Lederens svar: Vi skal gemme sagen i 5 år. Så sletter vi den.')).toBeVisible();
		await citizenContext.close();
	});
}
