import type { Page } from '@playwright/test';
import { expect, factories, test } from './fixtures.ts';

/** A citizen 120 days into support with a temporary kontaktperson, three colleagues and the leader. */
async function scene(options: { startedDaysAgo?: number } = {}) {
	const unit = await factories.createUnit();
	const tag = unit.id.slice(0, 4);
	const temporary = await factories.createWorker(unit.id, `Tove Midlertidig ${tag}`);
	const anders = await factories.createWorker(unit.id, `Anders Praktisk ${tag}`);
	const bente = await factories.createWorker(unit.id, `Bente Personlig ${tag}`);
	const carl = await factories.createWorker(unit.id, `Carl Plan ${tag}`);
	const citizen = await factories.createCitizen(unit.id, { name: `Birgit Borger ${tag}`, canLogIn: true, startedDaysAgo: options.startedDaysAgo ?? 120 });
	await factories.assignWorker(citizen.id, temporary.id, { isTemporary: true, fromDate: citizen.startDate });
	const leader = await factories.createUser('leader', { unitId: unit.id, name: `Lis Leder ${tag}` });
	const { db } = await import('../src/lib/server/db/index.ts');
	const { workerProfile } = await import('../src/lib/server/db/schema/index.ts');
	const { eq } = await import('drizzle-orm');
	await db.update(workerProfile).set({ goodAt: 'Økonomi og post', capacity: 5 }).where(eq(workerProfile.userId, anders.id));
	await db.update(workerProfile).set({ goodAt: 'At lytte', capacity: 0 }).where(eq(workerProfile.userId, bente.id));
	return { unit, temporary, anders, bente, carl, citizen, leader };
}

async function switchTo(page: Page, loginAs: (id: string) => Promise<void>, userId: string) {
	await page.context().clearCookies();
	await loginAs(userId);
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(`Vælg selv kontaktperson, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });
		test.setTimeout(60_000);

		test('a citizen chooses a team of three with roles; the leader approves; everyone sees the change', async ({ page, loginAs, expectAccessible }) => {
			const s = await scene();
			await loginAs(s.citizen.userId);
			await page.goto('/me');
			await page.getByRole('link', { name: /Min kontaktperson/ }).click();
			await expect(page.getByText('Nu kan du selv vælge din kontaktperson. Eller et team.')).toBeVisible();
			await expectAccessible(page);

			await page.getByRole('link', { name: 'Mød medarbejderne' }).first().click();
			// A worker without room is shown as such, not hidden.
			const bente = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: s.bente.displayName || /Bente/ }) });
			await expect(bente.getByText('Har ikke plads lige nu')).toBeVisible();
			await expectAccessible(page);
			await page.getByLabel('Vis kun dem, der har plads').check();
			await page.getByRole('button', { name: 'Vis' }).click();
			await expect(page.getByRole('heading', { name: /Bente Personlig/ })).toHaveCount(0);
			await expect(page.getByRole('heading', { name: /Anders Praktisk/ })).toBeVisible();

			await page.goto('/me/contact-person');
			await page.getByRole('link', { name: 'Vælg selv' }).click();
			await expect(page.getByRole('heading', { level: 1, name: 'Vil du have én kontaktperson eller et team?' })).toBeVisible();
			await expectAccessible(page);
			await page.getByRole('link', { name: /Et team/ }).click();
			// First who does what; the next questions then name those people.
			await page.getByRole('button', { name: 'Gå videre' }).click();
			await expect(page.getByRole('alert')).toContainText('Vælg, hvem der skal hjælpe med det praktiske.');
			await expectAccessible(page);

			await page.getByRole('group', { name: /det praktiske/ }).getByLabel(/Anders Praktisk/).check();
			await page.getByRole('group', { name: /det personlige og private/ }).getByLabel(/Bente Personlig/).check();
			await page.getByRole('group', { name: /planen med dig/ }).getByLabel(/Carl Plan/).check();
			await page.getByRole('button', { name: 'Gå videre' }).click();
			const tag = s.unit.id.slice(0, 4);
			await expect(page.getByRole('listitem').filter({ hasText: 'Anders Praktisk' })).toHaveText(`Anders Praktisk ${tag}: Praktisk`);
			// "Skal én mere være med" offers only people not chosen already.
			const oneMore = page.getByRole('group', { name: 'Skal én mere være med i teamet?' });
			await expect(oneMore.getByRole('radio', { name: /Tove Midlertidig/ })).toBeVisible();
			await expect(oneMore.getByRole('radio', { name: /Anders Praktisk|Bente Personlig|Carl Plan/ })).toHaveCount(0);
			// The main contact is chosen by name, not by role.
			const main = page.getByRole('group', { name: 'Hvem i teamet skal du kontakte først?' });
			await expect(main.getByRole('radio')).toHaveCount(3);
			for (const name of [`Anders Praktisk ${tag}`, `Bente Personlig ${tag}`, `Carl Plan ${tag}`]) await expect(main.getByRole('radio', { name, exact: true })).toBeVisible();
			await page.getByRole('button', { name: 'Send mit ønske' }).click();
			await expect(page.getByRole('alert')).toContainText('Vælg, hvem du skal kontakte først.');
			await expectAccessible(page);
			await main.getByRole('radio', { name: `Anders Praktisk ${tag}`, exact: true }).check();
			await page.getByLabel('Hvorfor? Skriv med dine egne ord.').fill('Anders er god til mine regninger.');
			await page.getByRole('button', { name: 'Send mit ønske' }).click();
			await expect(page.getByRole('status')).toHaveText('Tak. Dit ønske er sendt til lederen.');
			await expect(page.getByText('Dit ønske er sendt til lederen. Du får svar senest')).toBeVisible();
			await expectAccessible(page);

			await switchTo(page, loginAs, s.leader.id);
			await page.goto('/staff');
			await expect(page.getByRole('row').filter({ hasText: 'Birgit Borger' }).getByText('Ønsker ny kontaktperson')).toBeVisible();
			await page.getByRole('link', { name: 'Ønsker om kontaktperson' }).click();
			const wish = page.getByRole('region', { name: /Birgit Borger/ });
			await expect(wish).toContainText('Anders er god til mine regninger.');
			await expect(wish).toContainText('Over grænsen');
			await expectAccessible(page);
			// Bente has no room: approving needs the leader to say so.
			await wish.getByRole('button', { name: 'Godkend' }).click();
			await expect(page.getByRole('alert')).toContainText('Sæt kryds, hvis det er i orden.');
			await page.getByRole('region', { name: /Birgit Borger/ }).getByLabel(/flere borgere end sin grænse/).check();
			await page.getByRole('region', { name: /Birgit Borger/ }).getByRole('button', { name: 'Godkend' }).click();
			await expect(page.getByRole('status')).toHaveText('Svaret er gemt. Borgeren kan se det i appen.');
			// Each date says what it is: not "Godkendt fra 2. december 2026 2. december 2026".
			await expect(page.getByRole('listitem').filter({ hasText: 'Godkendt fra' })).toHaveText(/Godkendt fra \d+\. \p{L}+ \d{4}\s+· Sendt den \d+\. \p{L}+ \d{4}$/u);

			await switchTo(page, loginAs, s.citizen.userId);
			await page.goto('/me/contact-person');
			await expect(page.getByText('Ja! Dit ønske er godkendt.')).toBeVisible();
			// A team is called a team.
			await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mit team');
			await expect(page).toHaveTitle('Mit team – Samklang');
			await expect(page.getByText('Dit team:')).toBeVisible();
			await expect(page.getByRole('listitem').filter({ hasText: 'Anders Praktisk' }).first()).toContainText('den, du kontakter først');
			await expectAccessible(page);

			await switchTo(page, loginAs, s.carl.id);
			await page.goto('/staff');
			await expect(page.getByRole('link', { name: /Birgit Borger/ })).toBeVisible();
		});
	});
}

test('a "no" comes with the reason in easy-read words and what can happen instead', async ({ page, loginAs, expectAccessible }) => {
	const s = await scene();
	await loginAs(s.citizen.userId);
	await page.goto('/me/contact-person/choose?kind=one');
	await page.getByRole('group', { name: 'Hvem vil du gerne have?' }).getByLabel(/Carl Plan/).check();
	await page.getByLabel('Det vil jeg ikke sige').check();
	await page.getByRole('button', { name: 'Send mit ønske' }).click();
	await expect(page.getByRole('status')).toHaveText('Tak. Dit ønske er sendt til lederen.');

	await switchTo(page, loginAs, s.leader.id);
	await page.goto('/staff/wishes');
	const wish = page.getByRole('region', { name: /Birgit Borger/ });
	await expect(wish).toContainText('Borgeren ville ikke sige hvorfor.');
	await wish.getByRole('button', { name: 'Sig nej' }).click();
	await expect(page.getByRole('alert')).toContainText('Vælg en grund.');
	await expect(page.getByRole('alert')).toContainText('Skriv, hvad der kan ske i stedet.');
	await page.getByRole('region', { name: /Birgit Borger/ }).getByLabel('Medarbejderen arbejder ikke de dage, du har brug for.').check();
	await page.getByRole('region', { name: /Birgit Borger/ }).getByLabel('Det kan ske i stedet (vises for borgeren)').fill('Anders arbejder de samme dage som dig. Vil du møde ham?');
	await page.getByRole('region', { name: /Birgit Borger/ }).getByRole('button', { name: 'Sig nej' }).click();
	await expect(page.getByRole('status')).toHaveText('Svaret er gemt. Borgeren kan se det i appen.');

	await switchTo(page, loginAs, s.citizen.userId);
	await page.goto('/me/contact-person');
	await expect(page.getByText('Lederen har sagt nej til dit ønske.')).toBeVisible();
	await expect(page.getByText('Medarbejderen arbejder ikke de dage, du har brug for.')).toBeVisible();
	await expect(page.getByText('Anders arbejder de samme dage som dig. Vil du møde ham?')).toBeVisible();
	// After a "no" the citizen may wish again.
	await expect(page.getByRole('link', { name: 'Vælg selv' })).toBeVisible();
	await expectAccessible(page);
});

test('a citizen still inside the choice period sees, in words, when they can choose', async ({ page, loginAs, expectAccessible }) => {
	const s = await scene({ startedDaysAgo: 68 });
	await loginAs(s.citizen.userId);
	await page.goto('/me/contact-person');
	await expect(page.getByText('Om 23 dage kan du selv vælge din kontaktperson.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Vælg selv' })).toHaveCount(0);
	await expectAccessible(page);
	await page.goto('/me/contact-person/choose?kind=one');
	await expect(page.getByText(/Du kan ikke vælge endnu\./)).toBeVisible();
	// The server refuses too, whatever the form says.
	const refused = await page.request.post('/me/contact-person/choose', {
		form: { kind: 'one', workerId: s.anders.id },
		headers: { origin: new URL(page.url()).origin, accept: 'application/json', 'x-sveltekit-action': 'true' }
	});
	expect(await refused.text()).toContain('failure');
});

test('the temporary kontaktperson suggests a colleague; the citizen takes the suggestion', async ({ page, loginAs }) => {
	const s = await scene();
	await loginAs(s.temporary.id);
	await page.goto(`/staff/citizens/${s.citizen.id}`);
	await page.getByRole('group', { name: 'Hvem?' }).getByLabel(/Anders Praktisk/).check();
	await page.getByLabel('Dine ord til borgeren').fill('Jeg har set, at du bruger meget tid sammen med Anders.');
	await page.getByRole('button', { name: 'Foreslå kollegaen' }).click();
	await expect(page.getByRole('status')).toHaveText('Forslaget er sendt til borgeren.');

	await switchTo(page, loginAs, s.citizen.userId);
	await page.goto('/me/contact-person');
	await expect(page.getByRole('heading', { name: /foreslår Anders Praktisk/ })).toBeVisible();
	await page.getByRole('link', { name: /Vælg Anders Praktisk/ }).click();
	await expect(page.getByRole('group', { name: 'Hvem vil du gerne have?' }).getByLabel(/Anders Praktisk/)).toBeChecked();
	await page.getByRole('button', { name: 'Send mit ønske' }).click();
	await expect(page.getByRole('status')).toHaveText('Tak. Dit ønske er sendt til lederen.');
	await expect(page.getByRole('heading', { name: /foreslår/ })).toHaveCount(0);
});

test('a worker uploads a photo with words for it; the gallery shows it, re-encoded as WebP', async ({ page, loginAs, expectAccessible }) => {
	const s = await scene();
	await loginAs(s.anders.id);
	await page.goto('/staff');
	await page.getByRole('link', { name: 'Min profil' }).click();
	await page.getByLabel('Jeg er god til').fill('Økonomi, post og gåture');
	await page.getByRole('button', { name: 'Gem profilen' }).click();
	await expect(page.getByRole('status')).toHaveText('Profilen er gemt.');
	const sharp = (await import('sharp')).default;
	const png = await sharp({ create: { width: 800, height: 600, channels: 3, background: '#2a7' } }).png().toBuffer();
	await page.getByLabel(/Vælg et foto/).setInputFiles({ name: 'anders.png', mimeType: 'image/png', buffer: png });
	await page.getByRole('button', { name: 'Gem foto' }).click();
	await expect(page.getByRole('alert')).toContainText('Beskriv fotoet med ord');
	await page.getByLabel(/Vælg et foto/).setInputFiles({ name: 'anders.png', mimeType: 'image/png', buffer: png });
	await page.getByLabel('Beskriv fotoet med ord').fill('Anders smiler i en grøn jakke.');
	await page.getByRole('button', { name: 'Gem foto' }).click();
	await expect(page.getByRole('status')).toHaveText('Fotoet er gemt.');
	await expectAccessible(page);
	// Not an image: refused with words.
	await page.getByLabel(/Vælg et foto/).setInputFiles({ name: 'x.png', mimeType: 'image/png', buffer: Buffer.from('not an image') });
	await page.getByRole('button', { name: 'Gem foto' }).click();
	await expect(page.getByRole('alert')).toContainText('Filen er ikke et billede, vi kan læse.');

	await switchTo(page, loginAs, s.citizen.userId);
	await page.goto('/me/contact-person/workers?goodAt=gåture');
	const photo = page.getByRole('img', { name: 'Anders smiler i en grøn jakke.' });
	await expect(photo).toBeVisible();
	const response = await page.request.get((await photo.getAttribute('src'))!);
	expect(response.headers()['content-type']).toBe('image/webp');
	const { width, height } = await sharp(await response.body()).metadata();
	expect([width, height]).toEqual([400, 400]);
	await expectAccessible(page);
});

test('a team of almost a year is reminded to talk about going on; the history lists every kontaktperson', async ({ page, loginAs }) => {
	const s = await scene({ startedDaysAgo: 400 });
	const { db } = await import('../src/lib/server/db/index.ts');
	const { contactAssignment } = await import('../src/lib/server/db/schema/index.ts');
	const { eq } = await import('drizzle-orm');
	const { addDays, todayIso } = await import('../src/lib/server/time.ts');
	const teamStart = addDays(todayIso(), -340);
	await db.update(contactAssignment).set({ toDate: addDays(teamStart, -1) }).where(eq(contactAssignment.citizenId, s.citizen.id));
	await factories.assignWorker(s.citizen.id, s.anders.id, { role: 'practical', fromDate: teamStart });
	await factories.assignWorker(s.citizen.id, s.bente.id, { role: 'personal', fromDate: teamStart });
	await loginAs(s.citizen.userId);
	await page.goto('/me/contact-person');
	await expect(page.getByText('Skal jeres team fortsætte?')).toBeVisible();
	const history = page.getByRole('list').filter({ hasText: 'Tove Midlertidig' });
	await expect(history).toContainText(/Tove Midlertidig.*midlertidig/);
	await expect(history.getByRole('listitem')).toHaveCount(3);
});
