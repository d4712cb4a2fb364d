import { test as base, expect, type Browser, type BrowserContext, type Locator, type Page, type Route } from '@playwright/test';
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
 * scanned as a copy: the same HTML, without its scripts, at the same URL in a page kept for
 * that (one per Playwright worker, since making a context and a page for every scan cost
 * seconds each on a busy machine and pushed long tests past their time limit).
 */
async function expectAccessible(page: Page, isJavaScriptOn: boolean, copyPage: () => Promise<Page>) {
	if (isJavaScriptOn) return expectNoViolations(page);

	// Without JavaScript the DOM is exactly the server's HTML; the copy drops the scripts so it stays that way.
	const html = (await page.content()).replace(/<script\b[\s\S]*?<\/script>/gi, '');
	const url = page.url();
	const copy = await copyPage();
	const serveCopy = (route: Route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
	await copy.route(url, serveCopy);
	try {
		await copy.goto(url);
		await expectNoViolations(copy, url);
	} finally {
		await copy.unroute(url, serveCopy);
	}
}

async function expectNoViolations(page: Page, url = page.url()) {
	const results = await new AxeBuilder({ page })
		.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'])
		// Legacy mode runs axe in the page itself. The default opens one more page per scan to put the
		// frames' results together, which our pages (no frames) do not need.
		.setLegacyMode(true)
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

type WorkerFixtures = {
	/** A page with JavaScript for scanning script-free copies of pages; made when first needed, one per worker. */
	axeCopyPage: () => Promise<Page>;
};

type Fixtures = {
	/** Runs axe on the page as it is now; see the function of the same name. */
	expectAccessible: (page: Page) => Promise<void>;
	/** Logs the page's browser context in as the user by setting the session cookie directly. */
	loginAs: (userId: string) => Promise<void>;
};

/** Makes the copy page on first use, so workers that never scan a page without JavaScript make none. */
function lazyCopyPage(browser: Browser) {
	let page: Promise<Page> | null = null;
	return {
		get: () => (page ??= browser.newContext({ javaScriptEnabled: true }).then((context) => context.newPage())),
		close: async () => {
			if (page) await (await page).context().close();
		}
	};
}

export const test = base.extend<Fixtures, WorkerFixtures>({
	axeCopyPage: [
		async ({ browser }, use) => {
			const copy = lazyCopyPage(browser);
			await use(copy.get);
			await copy.close();
		},
		{ scope: 'worker' }
	],
	// A client address of its own for every test (the server reads it from X-Forwarded-For).
	extraHTTPHeaders: async ({}, use) => {
		const octet = () => Math.floor(Math.random() * 250) + 1;
		await use({ 'x-forwarded-for': `10.${octet()}.${octet()}.${octet()}` });
	},
	expectAccessible: async ({ javaScriptEnabled, axeCopyPage }, use) => {
		await use((page) => expectAccessible(page, javaScriptEnabled, axeCopyPage));
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

/**
 * A new password is typed once: with JavaScript, "Vis adgangskode" shows what was typed and hides it
 * again; without, the field is a plain password field and there is no button.
 */
export async function expectShowPassword(page: Page, field: Locator, isJavaScriptOn: boolean) {
	const show = page.getByRole('button', { name: 'Vis adgangskode' });
	await expect(field).toHaveAttribute('type', 'password');
	if (!isJavaScriptOn) return expect(show).toHaveCount(0);
	const typed = await field.inputValue();
	await show.click();
	await expect(field).toHaveAttribute('type', 'text');
	await expect(show).toHaveAttribute('aria-pressed', 'true');
	await expect(field).toHaveValue(typed);
	await show.click();
	await expect(field).toHaveAttribute('type', 'password');
}
