import { chromium, type Page } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inviteHelper } from '../src/lib/server/access/grants.ts';
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

test('Min side in both languages: big tiles, read-aloud, and a "coming soon" page', async ({ page, loginAs, expectAccessible }) => {
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

	await page.goto('/me');
	await page.getByRole('link', { name: 'Mit netværk' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Kommer snart' })).toBeVisible();
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Tilbage til Min side' }).click();
	await expect(page).toHaveURL(/\/me$/);
	expect((await page.goto('/me/no-such-area'))?.status()).toBe(404);
});

test('read-aloud speaks the main content in the page language', async ({ page, loginAs }) => {
	const { citizen } = await citizenScene();
	await loginAs(citizen.userId);
	await page.addInitScript(() => {
		const spoken: { text: string; lang: string }[] = [];
		(window as unknown as { spoken: typeof spoken }).spoken = spoken;
		speechSynthesis.speak = (u: SpeechSynthesisUtterance) => void spoken.push({ text: u.text, lang: u.lang });
	});
	await page.goto('/me');
	await page.getByRole('button', { name: 'Læs op' }).click();
	const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
	expect(spoken).toHaveLength(1);
	expect(spoken[0]!.lang).toBe('da-DK');
	expect(spoken[0]!.text).toContain('Hvad vil du gøre i dag?');
	await expect(page.getByRole('button', { name: 'Stop oplæsning' })).toBeVisible();
});

test('security headers and a session cookie that scripts cannot read', async ({ page, request, loginAs }) => {
	const response = await request.get('/login');
	const headers = response.headers();
	expect(headers['content-security-policy']).toContain("object-src 'none'");
	expect(headers['content-security-policy']).toContain("base-uri 'none'");
	expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
	expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-/);
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
