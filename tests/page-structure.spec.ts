// Page structure a screen reader depends on, measured over every page of the app: one h1 and
// no skipped heading level (WCAG 1.3.1, 2.4.6), and a title of its own for every page and step
// (2.4.2), with helpers' pages naming the citizen from the helper's point of view.
import type { Page } from '@playwright/test';
import { readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { acceptHelperInvitation, inviteHelper } from '../src/lib/server/access/grants.ts';
import { possessive } from '../src/lib/i18n/possessive.ts';
import { expect, factories, signIn, test } from './fixtures.ts';
import { expected, scene, type Who } from './route-scene.ts';

/** Every page in src/routes (a folder with +page.svelte), as its route pattern. */
function pagePatterns(dir = 'src/routes'): string[] {
	const found: string[] = [];
	for (const name of readdirSync(dir)) {
		const full = join(dir, name);
		if (statSync(full).isDirectory()) found.push(...pagePatterns(full));
		else if (name === '+page.svelte') {
			const segments = relative('src/routes', dir).split('/').filter((s) => s && !/^\(.*\)$/.test(s));
			found.push('/' + segments.join('/'));
		}
	}
	return found.sort();
}

/** Who opens each page: nobody for public pages, else the citizen, a helper with the area, a worker, the leader. */
const visitorOrder: Who[] = ['nobody', 'citizen', 'relativeWithoutArea', 'relativeWithArea', 'activeGuide', 'writingRelative', 'assignedWorker', 'leader'];

type Heading = { level: number; text: string };

/** Every heading a screen reader lists, in document order (not those hidden with display or `hidden`). */
function readHeadings(page: Page): Promise<Heading[]> {
	return page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((elements) =>
		elements
			.filter((el) => el.checkVisibility())
			.map((el) => ({ level: Number(el.tagName[1]), text: (el.textContent ?? '').replace(/\s+/g, ' ').trim() }))
	);
}

/** What is wrong with a page's headings: not exactly one h1, a first heading that is not the h1, a level skipped. */
function headingProblems(headings: Heading[]): string[] {
	const problems: string[] = [];
	const h1s = headings.filter((h) => h.level === 1).length;
	if (h1s !== 1) problems.push(`${h1s} h1`);
	let previous = 0;
	for (const { level, text } of headings) {
		if (level > previous + 1) problems.push(`h${previous} → h${level} "${text}"`);
		previous = level;
	}
	return problems;
}

type Visit = { route: string; who: Who | 'networkRelative'; url: string; title: string; problems: string[] };

test('every page has one h1, no skipped heading level, and a title of its own', async ({ page, context }) => {
	test.setTimeout(180_000);
	const s = await scene();
	// A relative with the network area: the only area still on the helper's "coming soon" page.
	const { token } = await inviteHelper(s.ids.citizenId, { kind: 'relative', name: 'Netværk', areas: ['network'], canWriteInput: false, endsOn: null });
	const networkRelative = await factories.createUser('relative', { name: 'Nora Netværk' });
	await acceptHelperInvitation(token, { existing: { id: networkRelative.id, role: 'relative', displayName: networkRelative.displayName, unitId: null, unitName: null } });
	const userIds: Record<Visit['who'], string | null> = { ...s.userIds, networkRelative: networkRelative.id };

	const plan: { route: string; who: Visit['who']; url: string }[] = [];
	for (const route of pagePatterns()) {
		const mayOpen = expected[`GET ${route}`] ?? [];
		const who = route === '/helper/[citizenId]/[area=grantable]' ? 'networkRelative' : visitorOrder.find((w) => mayOpen.includes(w));
		expect(who, `nobody in the authorization matrix may open ${route}`).toBeDefined();
		let url = route.replace('[area=grantable]', 'network');
		for (const [param, value] of Object.entries(s.params)) url = url.replace(param, value);
		plan.push({ route, who: who!, url });
	}
	// The same page shows other things to the leader than to a worker.
	for (const route of ['/staff', '/staff/collaboration', '/account']) plan.push({ route, who: 'leader', url: route });
	// The error page.
	plan.push({ route: '+error', who: 'citizen', url: '/me/no-such-page' });

	const visits: Visit[] = [];
	let loggedInAs: string | null = 'none yet';
	for (const { route, who, url } of plan) {
		const userId = userIds[who];
		if (userId !== loggedInAs) {
			await context.clearCookies();
			if (userId) await signIn(context, userId);
			loggedInAs = userId;
		}
		const response = await page.goto(url);
		expect(response?.status(), `${url} as ${who}`).toBe(route === '+error' ? 404 : 200);
		expect(new URL(page.url()).pathname, `${url} as ${who} was sent elsewhere`).toBe(url);
		visits.push({ route, who, url, title: await page.title(), problems: headingProblems(await readHeadings(page)) });
	}

	const report = visits.map((v) => `${v.route} (${v.who}): "${v.title}"${v.problems.length ? ` — ${v.problems.join('; ')}` : ''}`);
	// The list of pages, titles and problems stays in the test's output folder for the figures.
	writeFileSync(test.info().outputPath('pages.txt'), `${report.join('\n')}\n`);
	console.log(`page structure: ${visits.length} pages, ${new Set(visits.map((v) => v.title)).size} titles, ${visits.filter((v) => v.problems.length).length} with heading problems`);

	expect(visits.filter((v) => v.problems.length > 0).map((v) => `${v.route} (${v.who}): ${v.problems.join('; ')}`)).toEqual([]);

	// One title, one page: a title shown on two different pages is a problem (the same page as two people is fine).
	const routesByTitle = new Map<string, Set<string>>();
	for (const v of visits) routesByTitle.set(v.title, (routesByTitle.get(v.title) ?? new Set()).add(v.route));
	expect([...routesByTitle].filter(([, routes]) => routes.size > 1).map(([title, routes]) => `"${title}": ${[...routes].join(', ')}`)).toEqual([]);
	expect(visits.filter((v) => !v.title.endsWith(' – Samklang') && v.route !== '/').map((v) => v.route)).toEqual([]);

	// Helpers see the citizen's pages as the citizen's, never as "Min …" or "Borgerens …".
	const owner = possessive(s.name, 'da');
	const helperTitles = Object.fromEntries(visits.filter((v) => v.route.startsWith('/helper/')).map((v) => [v.route, v.title]));
	expect(helperTitles).toEqual({
		'/helper/[citizenId]': `Det deler ${s.name} med dig – Samklang`,
		'/helper/[citizenId]/[area=grantable]': `Netværk hos ${s.name} – Samklang`,
		'/helper/[citizenId]/dreams': `${owner} drømme – Samklang`,
		'/helper/[citizenId]/meetings': `${owner} møder – Samklang`,
		'/helper/[citizenId]/plan': `${owner} plan – Samklang`,
		'/helper/[citizenId]/ratings': `Hvordan går ${owner} samarbejde? – Samklang`
	});
	for (const v of visits.filter((v) => v.route.startsWith('/helper/'))) {
		await context.clearCookies();
		await signIn(context, userIds[v.who]!);
		await page.goto(v.url);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(v.title.replace(' – Samklang', '').replace(/^Det deler (.*) med dig$/, '$1'));
	}

	// In English too.
	await context.clearCookies();
	await signIn(context, s.userIds.relativeWithoutArea!);
	await page.goto(`/en/helper/${s.ids.citizenId}/plan`);
	await expect(page).toHaveTitle(`${possessive(s.name, 'en')} plan – Samklang`);
	await page.goto(`/en/helper/${s.ids.citizenId}/ratings`);
	await expect(page).toHaveTitle(`How is ${possessive(s.name, 'en')} support going? – Samklang`);
});

test('each step of "Vælg selv" has a title of its own, also one question at a time on a phone', async ({ page, loginAs, browser, baseURL }) => {
	const unit = await factories.createUnit();
	const worker = await factories.createWorker(unit.id, `Tove Midlertidig ${unit.id.slice(0, 4)}`);
	await factories.createWorker(unit.id, `Anders Valgt ${unit.id.slice(0, 4)}`);
	const waiting = await factories.createCitizen(unit.id, { canLogIn: true, startedDaysAgo: 10 });
	const mayChoose = await factories.createCitizen(unit.id, { canLogIn: true, startedDaysAgo: 120 });
	for (const c of [waiting, mayChoose]) await factories.assignWorker(c.id, worker.id, { isTemporary: true, fromDate: c.startDate });

	const titles: string[] = [];
	await loginAs(waiting.userId);
	await page.goto('/me/contact-person/choose');
	titles.push(await page.title());
	await page.context().clearCookies();
	await loginAs(mayChoose.userId);
	for (const url of ['/me/contact-person/choose', '/me/contact-person/choose?kind=one', '/me/contact-person/choose?kind=team']) {
		await page.goto(url);
		titles.push(await page.title());
	}
	await page.goto('/me/contact-person/choose?kind=one');
	await page.getByRole('radio', { name: /Anders Valgt/ }).check();
	await page.getByRole('button', { name: 'Send mit ønske' }).click();
	await expect(page).toHaveURL(/\/me\/contact-person\?sent$/);
	await page.goto('/me/contact-person/choose');
	titles.push(await page.title());
	expect(titles).toEqual([
		'Vælg selv – ikke endnu – Samklang',
		'Vil du have én kontaktperson eller et team? – Samklang',
		'Vælg din kontaktperson – Samklang',
		'Vælg dit team – Samklang',
		'Vælg selv – dit ønske venter på svar – Samklang'
	]);

	// On a small phone with JavaScript the team form is one question a page: the title says which.
	// Its first step asks the three roles; the next names those people.
	const phone = await browser.newContext({ baseURL, viewport: { width: 360, height: 740 } });
	const phonePage = await phone.newPage();
	const other = await factories.createCitizen(unit.id, { canLogIn: true, startedDaysAgo: 120 });
	await factories.assignWorker(other.id, worker.id, { isTemporary: true, fromDate: other.startDate });
	await signIn(phone, other.userId, baseURL);
	await phonePage.goto('/me/contact-person/choose?kind=team');
	await expect(phonePage).toHaveTitle('Spørgsmål 1 af 3 – Vælg dit team – Samklang');
	await phonePage.getByRole('button', { name: 'Næste' }).click();
	await expect(phonePage).toHaveTitle('Spørgsmål 2 af 3 – Vælg dit team – Samklang');
	await phonePage.getByRole('button', { name: 'Tilbage' }).click();
	await expect(phonePage).toHaveTitle('Spørgsmål 1 af 3 – Vælg dit team – Samklang');
	await phone.close();
});
