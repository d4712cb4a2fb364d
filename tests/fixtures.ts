import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import {
	TEST_PASSWORD,
	assignWorker,
	createActivationCode,
	createCitizen,
	createSession,
	createUnit,
	createUser,
	createWorker
} from '../src/lib/server/testing/factories.ts';

export { expect, TEST_PASSWORD };
export const factories = { assignWorker, createActivationCode, createCitizen, createUnit, createUser, createWorker };

/**
 * Fails on any WCAG 2.0/2.1/2.2 A or AA violation axe finds in the page as it is now.
 * axe runs as a script in the page, which a page without JavaScript refuses. Such a page is
 * scanned as a copy: the same HTML, without its scripts, at the same URL in a second page.
 */
async function expectAccessible(page: Page, isJavaScriptOn: boolean) {
	if (isJavaScriptOn) return expectNoViolations(page);

	// Without JavaScript the DOM is exactly the server's HTML; the copy drops the scripts so it stays that way.
	const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
	const url = page.url();
	// Playwright's test runner gives new contexts the test's options: ask for JavaScript explicitly.
	const copyContext = await page.context().browser()!.newContext({ javaScriptEnabled: true });
	try {
		const copy = await copyContext.newPage();
		await copy.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }));
		await copy.goto(url);
		await expectNoViolations(copy, url);
	} finally {
		await copyContext.close();
	}
}

async function expectNoViolations(page: Page, url = page.url()) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
		.analyze();
	const summary = results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
	expect(summary, `axe violations on ${url}`).toEqual([]);
}

/** Logs a browser context in as the user by setting the session cookie, as the server would. */
export async function signIn(context: BrowserContext, userId: string, baseURL = `http://localhost:${process.env.E2E_PORT ?? 4173}`) {
	const { token } = await createSession(userId, 'playwright');
	// Host-only cookie (no leading dot), as the server sets it; `url` would be refused for a Secure cookie over http.
	await context.addCookies([
		{ name: '__Host-session', value: token, domain: new URL(baseURL).hostname, path: '/', httpOnly: true, secure: true, sameSite: 'Lax' }
	]);
}

type Fixtures = {
	/** Runs axe on the page as it is now; see the function of the same name. */
	expectAccessible: (page: Page) => Promise<void>;
	/** Logs the page's browser context in as the user by setting the session cookie directly. */
	loginAs: (userId: string) => Promise<void>;
};

export const test = base.extend<Fixtures>({
	// A client address of its own for every test (the server reads it from X-Forwarded-For).
	extraHTTPHeaders: async ({}, use) => {
		const octet = () => Math.floor(Math.random() * 250) + 1;
		await use({ 'x-forwarded-for': `10.${octet()}.${octet()}.${octet()}` });
	},
	expectAccessible: async ({ javaScriptEnabled }, use) => {
		await use((page) => expectAccessible(page, javaScriptEnabled));
	},
	loginAs: async ({ context, baseURL }, use) => {
		await use((userId) => signIn(context, userId, baseURL));
	}
});

/** A unit with a citizen (activated or not), their kontaktperson and the unit's leader. */
export async function citizenScene(options: { canLogIn?: boolean; isTemporary?: boolean } = {}) {
	const unit = await createUnit();
	const worker = await createWorker(unit.id, `Kirsten Kontakt ${unit.id.slice(0, 4)}`);
	const citizen = await createCitizen(unit.id, { name: `Bent Borger${unit.id.slice(0, 4)}`, canLogIn: options.canLogIn ?? true });
	await assignWorker(citizen.id, worker.id, { isTemporary: options.isTemporary ?? true });
	const leader = await createUser('leader', { unitId: unit.id, name: 'Lene Leder' });
	return { unit, worker, citizen, leader };
}
