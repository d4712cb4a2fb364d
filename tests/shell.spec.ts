import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inviteHelper } from '../src/lib/server/access/grants.ts';
import { inlineScriptHashes } from '../src/lib/server/inline-script-hashes.ts';
import { citizenScene, expect, test } from './fixtures.ts';
import { smallTargets } from './measure.ts';

/**
 * Every link, button, field and label a citizen can press must be at least 44×44 px (WCAG 2.5.8, our
 * stricter target): all of them, in sentences and lists too (the exemptions, each with its reason, are in
 * measure.ts).
 */
async function expectLargeTargets(page: Page) {
	expect(await smallTargets(page)).toEqual([]);
}

test('front page in Danish and English, with the language switch and the help link', async ({ page, expectAccessible }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'da');
	await expect(page.getByRole('heading', { level: 1, name: 'Velkommen til Samklang' })).toBeVisible();
	await expectAccessible(page);
	await expectLargeTargets(page);

	await page.getByRole('link', { name: 'Read this page in English' }).click();
	await expect(page).toHaveURL(/\/en$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1, name: 'Welcome to Samklang' })).toBeVisible();
	await expectAccessible(page);

	// Links stay in English, and the help link is in the same place.
	await page.getByRole('link', { name: 'Help and contact' }).click();
	await expect(page).toHaveURL(/\/en\/help$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Help and contact' })).toBeVisible();
	await expectAccessible(page);

	await page.getByRole('link', { name: 'Læs siden på dansk' }).click();
	await expect(page).toHaveURL(/\/help$/);
	await expect(page.getByRole('heading', { level: 1, name: 'Hjælp og kontakt' })).toBeVisible();
	await expectAccessible(page);
});

test('help: numbers to press in a crisis, and the unit’s own number and Kontakt when logged in', async ({ page, loginAs, expectAccessible }) => {
	await page.goto('/help');
	await expect(page.getByRole('link', { name: 'Ring 112' })).toHaveAttribute('href', 'tel:112');
	await expect(page.getByRole('link', { name: 'Ring til Akuttelefonen 1813' })).toHaveAttribute('href', 'tel:1813');
	// 1813 is one region's number: the page says so, and what to do elsewhere.
	await expect(page.getByText(/^1813 gælder i Region Hovedstaden\. Bor du et andet sted\?/)).toBeVisible();
	await expect(page.getByText(/psykiatrisk akutmodtagelse/)).toBeVisible();
	await expect(page.getByRole('link', { name: 'Ring til Livslinien: 70 201 201' })).toHaveAttribute('href', 'tel:+4570201201');
	// Not logged in: no unit, so no number of a unit and no link to a citizen's Kontakt page.
	await expect(page.getByText('Ring eller skriv til din kontaktperson.')).toBeVisible();
	await expect(page.getByRole('link', { name: 'Gå til Kontakt' })).toHaveCount(0);
	await expectAccessible(page);

	const { unit, citizen } = await citizenScene();
	const { db } = await import('../src/lib/server/db/index.ts');
	const { unit: unitTable } = await import('../src/lib/server/db/schema/index.ts');
	const { eq } = await import('drizzle-orm');
	await db.update(unitTable).set({ contactPhone: '70 20 30 40' }).where(eq(unitTable.id, unit.id));
	await loginAs(citizen.userId);
	await page.goto('/help');
	await expect(page.getByRole('link', { name: `Ring til ${unit.name}: 70 20 30 40` })).toHaveAttribute('href', 'tel:70203040');
	await expect(page.getByText('Ring eller skriv til din kontaktperson.')).toHaveCount(0);
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Gå til Kontakt' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Kontakt' })).toBeVisible();
	// Kontakt says "outside the hours, call Psykiatrisk Akutmodtagelse": the numbers are there too.
	await expect(page.getByRole('link', { name: 'Ring 112' })).toHaveAttribute('href', 'tel:112');
	await expect(page.getByRole('link', { name: 'Ring til Akuttelefonen 1813' })).toHaveAttribute('href', 'tel:1813');
	await expectAccessible(page);

	await page.goto('/en/help');
	await expect(page.getByRole('link', { name: `Call ${unit.name}: 70 20 30 40` })).toHaveAttribute('href', 'tel:70203040');
	await expect(page.getByRole('link', { name: 'Call 112' })).toHaveAttribute('href', 'tel:112');
	await expect(page.getByRole('link', { name: 'Call Livslinien: 70 201 201' })).toHaveAttribute('href', 'tel:+4570201201');
	await expect(page.getByRole('link', { name: 'Go to Contact' })).toHaveAttribute('href', '/en/me/contact');
	await expectAccessible(page);
});

test('the skip link takes keyboard users straight to the content', async ({ page }) => {
	await page.goto('/login');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Gå til indholdet' });
	await expect(skip).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page.locator('main')).toBeFocused();
	// The next Tab stays in the content, past the whole header.
	await page.keyboard.press('Tab');
	expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
});

test('Min side in both languages: big tiles, read-aloud, and no tile to a "coming soon" page', async ({ page, loginAs, expectAccessible }) => {
	const { citizen, worker } = await citizenScene();
	await loginAs(citizen.userId);

	for (const [path, heading, tile, readAloud] of [
		['/me', 'Hej Bent', 'Min kontaktperson', 'Læs op'],
		['/en/me', 'Hello Bent', 'My contact person', 'Read aloud']
	] as const) {
		await page.goto(path);
		await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
		await expect(page.getByRole('link', { name: new RegExp(tile) })).toContainText(worker.displayName);
		await expect(page.getByRole('button', { name: readAloud })).toBeVisible();
		await expectAccessible(page);
		await expectLargeTargets(page);
	}

	// No tile leads to a page that is not built yet; the address still answers, for old bookmarks.
	await page.goto('/me');
	await expect(page.getByRole('link', { name: 'Mit netværk' })).toHaveCount(0);
	await page.goto('/me/network');
	await expect(page.getByRole('heading', { level: 1, name: 'Kommer snart' })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Tilbage til Min side' }).click();
	await expect(page).toHaveURL(/\/me$/);
	expect((await page.goto('/me/no-such-area'))?.status()).toBe(404);
});

/** Replaces the browser's speech with a recorder: what was queued, and how often it was cancelled. */
async function recordSpeech(page: Page) {
	await page.addInitScript(() => {
		const speech = { spoken: [] as { text: string; lang: string }[], cancelled: 0 };
		(window as unknown as { speech: typeof speech }).speech = speech;
		speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void speech.spoken.push({ text: u.text, lang: u.lang });
		speechSynthesis.cancel = () => {
			speech.cancelled += 1;
			speech.spoken.length = 0;
		};
	});
	return () => page.evaluate(() => (window as unknown as { speech: { spoken: { text: string; lang: string }[]; cancelled: number } }).speech);
}

test('read-aloud speaks the main content in the page language, sentence by sentence, without its own label', async ({ page, loginAs }) => {
	const { citizen } = await citizenScene();
	await loginAs(citizen.userId);
	const speech = await recordSpeech(page);
	await page.goto('/me');
	await page.getByRole('button', { name: 'Læs op' }).click();
	const { spoken } = await speech();
	// One utterance a sentence: long pages go beyond what one utterance can hold on Android.
	expect(spoken.length).toBeGreaterThan(1);
	expect(spoken.every((u) => u.lang === 'da-DK')).toBe(true);
	expect(spoken.map((u) => u.text)).toContain('Hvad vil du gøre i dag?');
	expect(spoken[0]!.text).toBe('Hej Bent');
	// The button's own words are not read.
	expect(spoken.filter((u) => /Læs op|Stop oplæsning/.test(u.text))).toEqual([]);
	await expect(page.getByRole('button', { name: 'Stop oplæsning' })).toBeVisible();

	await page.getByRole('button', { name: 'Stop oplæsning' }).click();
	await expect(page.getByRole('button', { name: 'Læs op' })).toBeVisible();
	expect((await speech()).spoken).toEqual([]);
});

test('read-aloud stops when the person goes to another page, and reads a long page in short pieces', async ({ page, loginAs }) => {
	const { citizen } = await citizenScene();
	const { createDream } = await import('../src/lib/server/dreams.ts');
	const self = { id: citizen.userId, role: 'citizen' as const, displayName: 'Bent', unitId: null, unitName: null };
	// A dream of 900 characters without a full stop: one sentence, too long for one utterance.
	const longDream = `Jeg vil gerne ${'rejse rundt i hele landet og se alle de små byer, '.repeat(18)}og så tage hjem igen`;
	await createDream(citizen.id, self, true, { text: longDream, lifeArea: 'home', visibility: 'me', talkAtNextMeeting: false }, null);
	await loginAs(citizen.userId);
	const speech = await recordSpeech(page);

	await page.goto('/me/dreams');
	await page.getByRole('button', { name: 'Læs op' }).click();
	const { spoken } = await speech();
	expect(Math.max(...spoken.map((u) => u.text.length))).toBeLessThanOrEqual(200);
	expect(spoken.map((u) => u.text).join(' ')).toContain(longDream);
	await expect(page.getByRole('button', { name: 'Stop oplæsning' })).toBeVisible();

	// A link inside the app: the page changes without a new document, the reading must stop.
	const cancelledBefore = (await speech()).cancelled;
	await page.getByRole('link', { name: /^Jeg vil gerne rejse/ }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Din drøm' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Læs op' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Stop oplæsning' })).toHaveCount(0);
	const after = await speech();
	expect(after.cancelled).toBeGreaterThan(cancelledBefore);
	expect(after.spoken).toEqual([]);
});

test('security headers and a session cookie that scripts cannot read', async ({ page, request, loginAs }) => {
	const response = await request.get('/login');
	const headers = response.headers();
	expect(headers['content-security-policy']).toContain("object-src 'none'");
	expect(headers['content-security-policy']).toContain("base-uri 'none'");
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	// Scripts: our own files, the template's few lines by their hash, Kit's by a nonce; nothing inline else.
	const [templateScript] = inlineScriptHashes(readFileSync('src/app.html', 'utf8'));
	const scriptSrc = headers['content-security-policy']?.split(';').map((directive) => directive.trim()).find((directive) => directive.startsWith('script-src '));
	expect(scriptSrc).toBe(`script-src 'self' '${templateScript}' 'nonce-${scriptSrc?.match(/'nonce-([^']+)'/)?.[1]}'`);
	expect(headers['x-content-type-options']).toBe('nosniff');
	expect(headers['referrer-policy']).toBe('same-origin');
	expect(headers['permissions-policy']).toContain('geolocation=()');
	expect(headers['cache-control']).toBe('private, no-store');

	const { citizen } = await citizenScene();
	// An invitation link shows the citizen's name to someone not logged in: never kept in a cache.
	const { token } = await inviteHelper(citizen.id, { kind: 'relative', name: 'Mor', areas: ['dreams'], canWriteInput: false, endsOn: null });
	const invitation = await request.get(`/invite/${token}`);
	expect(await invitation.text()).toContain('Bent Borger');
	expect(invitation.headers()['cache-control']).toBe('private, no-store');

	await loginAs(citizen.userId);
	const page1 = await page.goto('/me');
	expect(page1?.headers()['cache-control']).toBe('private, no-store');
	expect(await page.evaluate(() => document.cookie)).not.toContain('session');

	// A form posted from another site is refused by Kit's origin check.
	const forged = await request.post('/login', {
		form: { loginName: citizen.loginName, password: 'x' },
		headers: { origin: 'https://evil.example' }
	});
	expect(forged.status()).toBe(403);
});

test('installable PWA with a service worker that shows the offline page without a network', async ({
	baseURL,
	launchOptions,
	expectAccessible
}) => {
	// Chromium never offers to install from an incognito profile, which is what test contexts are.
	const profile = mkdtempSync(join(tmpdir(), 'samklang-profile-'));
	const context = await chromium.launchPersistentContext(profile, { ...launchOptions, baseURL });
	test.info().attach('profile', { body: profile });
	const page = context.pages()[0] ?? (await context.newPage());
	await page.goto('/');
	await page.evaluate(async () => {
		await navigator.serviceWorker.ready;
	});
	const cdp = await context.newCDPSession(page);
	const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
	expect(installabilityErrors).toEqual([]);

	const manifest = await (await page.request.get('/manifest.webmanifest')).json();
	expect(manifest.lang).toBe('da');
	expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual([
		'192x192 any',
		'512x512 any',
		'512x512 maskable'
	]);

	// Reload so the page is controlled by the service worker, then lose the network.
	await page.reload();
	await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
	await context.setOffline(true);
	await page.goto('/login');
	await expect(page.getByRole('heading', { level: 1, name: 'Du er ikke på nettet' })).toBeVisible();
	await expectAccessible(page);
	await page.goto('/en/me');
	await expect(page.getByRole('heading', { level: 1, name: 'You are not online' })).toBeVisible();
	await context.close();
	rmSync(profile, { recursive: true, force: true });
});
