import { citizenScene, expect, factories, test } from './fixtures.ts';

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

for (const javaScriptEnabled of [true, false]) {
	test(`a leader makes a new activation code that the citizen can use, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, async ({
		browser,
		page,
		loginAs,
		expectAccessible
	}) => {
		const { leader, citizen } = await citizenScene({ canLogIn: false });
		await loginAs(leader.id);
		await page.goto(`/staff/citizens/${citizen.id}`);
		await expect(page.getByText('Borgeren har ikke aktiveret sin konto endnu.')).toBeVisible();
		await page.getByRole('button', { name: 'Lav en ny kode' }).click();
		const shown = page.getByRole('status');
		await expect(shown).toContainText('Ny kode til borgeren:');
		const code = (await shown.locator('.code').textContent())!.trim();
		expect(code).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
		await expectAccessible(page);

		// The citizen, on their own phone.
		const phone = await browser.newContext({ javaScriptEnabled });
		const citizenPage = await phone.newPage();
		await citizenPage.goto(`/activate/${code}`);
		await citizenPage.getByRole('button', { name: 'Næste' }).click();
		await expect(citizenPage.getByRole('heading', { level: 1, name: /^Hej Bent/ })).toBeVisible();
		await phone.close();
	});
}
