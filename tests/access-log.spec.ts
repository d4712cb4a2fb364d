import { citizenScene, expect, factories, test, signIn } from './fixtures.ts';

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
	for (const [userId, path] of [
		[worker.id, `/staff/citizens/${citizen.id}`],
		[stranger.id, `/staff/citizens/${citizen.id}`]
	] as const) {
		const staffContext = await browser.newContext();
		await signIn(staffContext, userId);
		await (await staffContext.newPage()).goto(path);
		await staffContext.close();
	}

	await loginAs(citizen.userId);
	await page.goto('/me');
	await page.getByRole('link', { name: 'Hvem har set mine oplysninger' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Hvem har set mine oplysninger' })).toBeVisible();
	await expect(page.getByText(new RegExp(`${worker.displayName} \\(din kontaktperson\\) så dine oplysninger kl\\. \\d\\d\\.\\d\\d\\.`))).toBeVisible();
	await expect(page.getByText(/Sten Fremmed \(leder\) prøvede at se dine oplysninger kl\. .*Det fik personen ikke lov til\./)).toBeVisible();
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
	await expect(page.getByText(/Lise Leder \(leder\) så din log/)).toBeVisible();
	await expectAccessible(page);
});
