import { citizenScene, expect, factories, test } from './fixtures.ts';
import { copenhagenFormat } from '../src/lib/copenhagen-format.ts';

test('a worker sees the citizens they support, and only those', async ({ page, loginAs, expectAccessible }) => {
	const { unit, worker, citizen } = await citizenScene();
	const other = await factories.createCitizen(unit.id, { name: 'Ikke Min' });
	await factories.assignWorker(other.id, (await factories.createWorker(unit.id)).id);

	await loginAs(worker.id);
	await page.goto('/staff');
	await expect(page.getByRole('heading', { level: 1, name: 'Mine borgere' })).toBeVisible();
	const table = page.getByRole('table', { name: 'Mine borgere' });
	await expect(table.getByRole('rowheader')).toHaveText([/Bent Borger/]);
	await expect(table).toContainText('midlertidig');
	await expectAccessible(page);

	await table.getByRole('link', { name: /Bent Borger/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: /Bent Borger/ })).toBeVisible();
	await expectAccessible(page);

	const response = await page.goto(`/staff/citizens/${other.id}`);
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1, name: 'Siden findes ikke' })).toBeVisible();
	await expectAccessible(page);
	expect(citizen.id).not.toBe(other.id);
});

test('a leader sees the whole unit, and a leader of another unit sees none of it', async ({ page, loginAs, expectAccessible }) => {
	const { unit, leader, citizen } = await citizenScene();
	const second = await factories.createCitizen(unit.id, { name: 'Anden Borger' });

	await loginAs(leader.id);
	await page.goto('/staff');
	const table = page.getByRole('table');
	await expect(table.getByRole('rowheader')).toHaveText([/Anden Borger/, /Bent Borger/]);

	const otherUnit = await factories.createUnit();
	const otherLeader = await factories.createUser('leader', { unitId: otherUnit.id });
	await page.context().clearCookies();
	await loginAs(otherLeader.id);
	await page.goto('/staff');
	await expect(page.getByText('Du har ingen borgere lige nu.')).toBeVisible();
	await expectAccessible(page);
	for (const id of [citizen.id, second.id]) {
		const response = await page.goto(`/staff/citizens/${id}`);
		expect(response?.status()).toBe(404);
	}
});

test('citizens and relatives get 404 on staff pages, staff on citizen pages', async ({ page, loginAs }) => {
	const { citizen, worker } = await citizenScene();
	await loginAs(citizen.userId);
	expect((await page.goto('/staff'))?.status()).toBe(404);
	await page.context().clearCookies();
	await loginAs(worker.id);
	expect((await page.goto('/me'))?.status()).toBe(404);
});

// Issue 13 (2): a code shown on screen only for a citizen who has never activated; resetting an
// activated citizen's access is the leader's, on a printed letter whose code works the next day.
for (const javaScriptEnabled of [true, false]) {
	test.describe(`activation codes and resets, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });

		test('a leader makes a new activation code that a citizen who never activated can use', async ({ browser, page, loginAs, expectAccessible }) => {
			const { leader, citizen } = await citizenScene({ canLogIn: false });
			await loginAs(leader.id);
			await page.goto(`/staff/citizens/${citizen.id}`);
			await expect(page.getByText('Borgeren har ikke aktiveret sin konto endnu.')).toBeVisible();
			await page.getByRole('button', { name: 'Lav en ny kode' }).click();
			const shown = page.getByRole('status');
			await expect(shown).toContainText('Ny kode til borgeren:');
			const code = (await shown.getByText(codePattern).textContent())!.trim();
			await expectAccessible(page);

			// The citizen, on their own phone.
			const phone = await browser.newContext({ javaScriptEnabled });
			const citizenPage = await phone.newPage();
			await citizenPage.goto(`/activate/${code}`);
			await citizenPage.getByRole('button', { name: 'Næste' }).click();
			await expect(citizenPage.getByRole('heading', { level: 1, name: /^Hej Bent/ })).toBeVisible();
			await phone.close();
		});

		test("a worker cannot get a code for an activated citizen: no code, no reset, and a direct POST is 404 and logged", async ({
			page,
			baseURL,
			loginAs,
			expectAccessible
		}) => {
			const { worker, citizen } = await citizenScene();
			await loginAs(worker.id);
			await page.goto(`/staff/citizens/${citizen.id}`);
			await expect(page.getByText('Borgeren har aktiveret sin konto.')).toBeVisible();
			await expect(page.getByText('Så kan din leder nulstille adgangen.')).toBeVisible();
			await expect(page.getByRole('button', { name: 'Lav en ny kode' })).toHaveCount(0);
			await expect(page.getByRole('link', { name: 'Nulstil borgerens adgang' })).toHaveCount(0);
			await expect(page.getByText(codePattern)).toHaveCount(0);
			await expectAccessible(page);

			// Posting the forms by hand, as a worker who knows the addresses.
			const post = (path: string) => page.request.post(path, { form: {}, headers: { origin: baseURL! }, maxRedirects: 0 });
			const onScreen = await post(`/staff/citizens/${citizen.id}?/activationCode`);
			expect(onScreen.status()).toBe(404);
			expect(await onScreen.text()).not.toMatch(codePattern);
			expect((await post(`/staff/citizens/${citizen.id}/reset-access`)).status()).toBe(404);
			expect((await page.goto(`/staff/citizens/${citizen.id}/reset-access`))?.status()).toBe(404);

			// Each attempt is in the citizen's log, in words: the day's three refusals as one line with the count.
			await page.context().clearCookies();
			await loginAs(citizen.userId);
			await page.goto('/me/access-log');
			await expect(page.getByText(`${worker.displayName} (din kontaktperson) prøvede at se din konto 3 gange.`)).toHaveCount(1);
		});

		test('a leader resets the access: the code only on the printed letter, usable the next day, and Min side says who and when', async ({
			browser,
			page,
			loginAs,
			expectAccessible
		}) => {
			const { leader, citizen } = await citizenScene();
			await loginAs(leader.id);
			await page.goto(`/staff/citizens/${citizen.id}`);
			await expect(page.getByText('Borgeren har aktiveret sin konto.')).toBeVisible();
			await expect(page.getByRole('button', { name: 'Lav en ny kode' })).toHaveCount(0);
			await page.getByRole('link', { name: 'Nulstil borgerens adgang' }).click();
			await expect(page.getByRole('heading', { level: 1, name: /^Nulstil adgang for Bent Borger/ })).toBeVisible();
			await expectAccessible(page);

			await page.getByRole('button', { name: 'Nulstil og lav brevet' }).click();
			await expect(page.getByRole('status')).toContainText('Koden står kun på det udskrevne brev.');
			// On screen there is no code to read …
			await expect(page.getByText(codePattern)).toBeHidden();
			await expect(page.getByRole('heading', { name: /^Ny kode til Samklang/ })).toBeHidden();
			await expectAccessible(page);
			// … on paper there is.
			await page.emulateMedia({ media: 'print' });
			await expect(page.getByRole('heading', { name: /^Ny kode til Samklang, Bent Borger/ })).toBeVisible();
			await expect(page.getByText(/Koden virker fra .+ klokken \d\d\.\d\d til og med/)).toBeVisible();
			const code = (await page.getByText(codePattern).textContent())!.trim();
			await page.emulateMedia({ media: 'screen' });
			// Shown once: the page again has no code, not even for print.
			await page.goto(`/staff/citizens/${citizen.id}/reset-access`);
			expect(await page.content()).not.toContain(code);

			// The citizen gets the letter; the code does not work yet.
			const phone = await browser.newContext({ javaScriptEnabled });
			const citizenPage = await phone.newPage();
			await citizenPage.goto(`/activate/${code}`);
			await citizenPage.getByRole('button', { name: 'Næste' }).click();
			await expect(citizenPage.getByRole('alert')).toContainText('Koden virker ikke endnu. Se i brevet, hvornår den virker.');
			await expectAccessible(citizenPage);

			// The next day (the code's start moved back a day, as if the post had taken it).
			const resetAt = await moveResetCodeToTomorrow(citizen.userId);
			await citizenPage.getByRole('button', { name: 'Næste' }).click();
			await expect(citizenPage.getByRole('heading', { level: 1, name: /^Hej Bent/ })).toBeVisible();
			await citizenPage.getByLabel('Brugernavn').fill(`bent${Date.now() % 100000}${javaScriptEnabled ? 'j' : 'n'}`);
			await citizenPage.getByLabel('Adgangskode', { exact: true }).fill('min nye hemmelige sætning');
			await citizenPage.getByRole('button', { name: 'Gem og log ind' }).click();
			await citizenPage.getByRole('link', { name: 'Ikke nu. Gå til Min side.' }).click();

			// Min side says who reset it and when, until the citizen has read it.
			const date = copenhagenFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric' }).format(resetAt);
			const time = copenhagenFormat('da-DK', { hour: '2-digit', minute: '2-digit' }).format(resetAt);
			const notice = citizenPage.getByRole('region', { name: 'Din adgang er nulstillet' });
			await expect(notice).toContainText(`Lene Leder nulstillede din adgang ${date} klokken ${time}.`);
			await expect(notice).toContainText('Var det ikke dig, der bad om det?');
			await expectAccessible(citizenPage);
			await notice.getByRole('button', { name: 'Det har jeg læst' }).click();
			await expect(citizenPage.getByRole('heading', { level: 1, name: /^Hej Bent/ })).toBeVisible();
			await expect(citizenPage.getByRole('region', { name: 'Din adgang er nulstillet' })).toHaveCount(0);
			await citizenPage.reload();
			await expect(citizenPage.getByText('nulstillede din adgang')).toHaveCount(0);

			// The citizen's log says it in words.
			await citizenPage.goto('/me/access-log');
			await expect(citizenPage.getByText(`Lene Leder (leder) nulstillede din adgang klokken ${time}.`)).toBeVisible();
			await expectAccessible(citizenPage);
			await phone.close();
		});
	});
}

const codePattern = /^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/;

/** Moves the newest reset code's start a day back, as if the letter came the next day; returns when it was made. */
async function moveResetCodeToTomorrow(userId: string) {
	const { db } = await import('../src/lib/server/db/index.ts');
	const { invitation } = await import('../src/lib/server/db/schema/index.ts');
	const { and, desc, eq } = await import('drizzle-orm');
	const [reset] = await db
		.select()
		.from(invitation)
		.where(and(eq(invitation.userId, userId), eq(invitation.kind, 'citizen_reset')))
		.orderBy(desc(invitation.createdAt))
		.limit(1);
	await db.update(invitation).set({ notBefore: new Date(Date.now() - 1000) }).where(eq(invitation.id, reset!.id));
	return reset!.createdAt;
}

