// Layout measured, not looked at: what axe cannot see. Controls beside their labels, touch targets
// of 44 × 44 px, no sideways scrolling on a 320 px phone or at 200 % text, a focus ring that shows in
// dark mode, and marks that survive forced colours (issue 14).
import type { Page } from '@playwright/test';
import { eq } from 'drizzle-orm';
import { scene } from './route-scene.ts';
import { expect, factories, signIn, test } from './fixtures.ts';
import { contrastRatio, doubleTextSize, relativeLuminance, seenOver, sidewaysOverflow, smallTargets, splitWords, targetSizes, textSizes } from './measure.ts';

/** The pages of one person, in the order they are visited. */
type Sweep = { userId: string; paths: string[] }[];

/**
 * The route scene (a citizen with a dream, a goal, a meeting, helpers, an open wish) made realistic
 * for layout: a long unit name, a worker with long Danish words in the profile, and a second citizen
 * of the unit who may choose a kontaktperson (the first has a wish open, so the choice is closed).
 */
async function layoutScene() {
	const s = await scene();
	const { db } = await import('../src/lib/server/db/index.ts');
	const schema = await import('../src/lib/server/db/schema/index.ts');
	await db.update(schema.unit).set({ name: 'Bostøttecentret Hjortekærsvej, Socialpsykiatrien' }).where(eq(schema.unit.id, s.ids.unitId));
	const assignedWorkerId = s.params['[workerId]']!;
	await db
		.update(schema.workerProfile)
		.set({
			goodAt: 'Socialrådgivning, misbrugsbehandling og kommunikation med kommunalforvaltningen',
			interests: 'Fællesspisning og naturvejledning',
			languages: 'Dansk, engelsk, arabisk',
			workDays: 'Mandag til torsdag',
			background: 'Uddannet psykiatrisygeplejerske og socialpædagog'
		})
		.where(eq(schema.workerProfile.userId, assignedWorkerId));
	const chooser = await factories.createCitizen(s.ids.unitId, { name: `Birgit Vælger ${s.ids.unitId.slice(0, 4)}`, canLogIn: true, startedDaysAgo: 120 });
	await factories.assignWorker(chooser.id, assignedWorkerId, { isTemporary: true, fromDate: chooser.startDate });
	// Two ratings: "Hvordan går vores samarbejde?" draws its chart.
	const { createRating } = await import('../src/lib/server/ratings/ratings.ts');
	const { activeQuestionSet } = await import('../src/lib/server/ratings/question-sets.ts');
	const [citizenRow] = await db.select().from(schema.citizen).where(eq(schema.citizen.userId, s.userIds.citizen!));
	const { set, questions } = await activeQuestionSet(s.ids.unitId);
	for (const face of ['okay', 'good'] as const) {
		await createRating(citizenRow!, { setId: set.id, answers: { [questions[0]!.id]: face }, comment: '', visitId: null, clientId: null });
	}
	// Two people have looked: the access log offers its person filter.
	return { ...s, chooserUserId: chooser.userId };
}

/** Every page of a citizen, with a dream, a goal and helpers; and the choice of kontaktperson. */
function citizenPages(s: Awaited<ReturnType<typeof layoutScene>>): Sweep {
	const p = s.params;
	return [
		{
			userId: s.userIds.citizen!,
			paths: [
				'/me',
				'/me/dreams',
				`/me/dreams/${p['[dreamId]']}`,
				'/me/dreams/new',
				'/me/plan',
				`/me/plan/${p['[goalId]']}`,
				'/me/plan/new',
				'/me/contact',
				'/me/contact-person',
				'/me/contact-person/workers',
				'/me/collaboration',
				'/me/collaboration/new',
				'/me/helpers',
				`/me/helpers/${p['[grantId]']}`,
				'/me/helpers/new',
				'/me/helpers/new?kind=relative',
				'/me/meetings',
				`/me/meetings/${p['[meetingId]']}`,
				'/me/access-log',
				'/me/data',
				'/me/data/print',
				'/me/network',
				'/account',
				'/account/password',
				'/account/sessions',
				'/account/passkeys'
			]
		},
		{
			userId: s.chooserUserId,
			paths: ['/me/contact-person', '/me/contact-person/choose', '/me/contact-person/choose?kind=one', '/me/contact-person/choose?kind=team']
		}
	];
}

/** A helper's pages and the staff pages: they must not scroll sideways either. */
function otherPages(s: Awaited<ReturnType<typeof layoutScene>>): Sweep {
	const citizenId = s.params['[citizenId]']!;
	return [
		{ userId: s.userIds.activeGuide!, paths: ['/helper', `/helper/${citizenId}`, `/helper/${citizenId}/dreams`] },
		{ userId: s.userIds.relativeWithoutArea!, paths: [`/helper/${citizenId}/plan`, `/helper/${citizenId}/meetings`] },
		{ userId: s.userIds.leader!, paths: ['/staff', `/staff/citizens/${citizenId}`, `/staff/citizens/${citizenId}/access-log`, '/staff/workers'] },
		{ userId: s.userIds.assignedWorker!, paths: ['/staff', `/staff/citizens/${citizenId}`] }
	];
}

async function visit(page: Page, loginAs: (id: string) => Promise<void>, sweep: Sweep, each: (path: string) => Promise<void>) {
	for (const { userId, paths } of sweep) {
		await page.context().clearCookies();
		await loginAs(userId);
		for (const path of paths) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(200);
			await each(path);
		}
	}
}

test.describe('layout measured', () => {
	test.setTimeout(180_000);
	let s: Awaited<ReturnType<typeof layoutScene>>;
	test.beforeAll(async () => {
		s = await layoutScene();
	});

	test('radio buttons and checkboxes sit beside their words, each row at least 44 px tall', async ({ browser }) => {
		const citizenId = s.params['[citizenId]']!;
		for (const width of [360, 1024]) {
			// Without JavaScript every question is on the page at once (on a phone, JavaScript shows one at a time).
			const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 740 } });
			const page = await context.newPage();
			for (const [userId, path] of [
				[s.userIds.citizen!, '/me/dreams/new'],
				[s.userIds.citizen!, '/me/collaboration/new'],
				[s.userIds.citizen!, '/me/helpers/new?kind=relative'],
				[s.userIds.citizen!, `/me/helpers/${s.params['[grantId]']}`],
				[s.userIds.activeGuide!, `/helper/${citizenId}/dreams`]
			] as const) {
				await context.clearCookies();
				await signIn(context, userId);
				await page.goto(path);
				const rows = await page.locator('input[type="radio"], input[type="checkbox"]').evaluateAll((inputs) =>
					inputs.map((input) => {
						const label = (input as HTMLInputElement).labels?.[0] ?? null;
						const control = input.getBoundingClientRect();
						// The words of the label: its text, without the control itself.
						const range = document.createRange();
						const lines: DOMRect[] = [];
						if (label) {
							const walker = document.createTreeWalker(label, NodeFilter.SHOW_TEXT);
							for (let node = walker.nextNode(); node; node = walker.nextNode()) {
								if (!node.textContent?.trim()) continue;
								range.selectNodeContents(node);
								lines.push(range.getBoundingClientRect());
							}
						}
						const words = lines.length > 0 ? { top: Math.min(...lines.map((l) => l.top)), bottom: Math.max(...lines.map((l) => l.bottom)) } : null;
						return {
							name: label?.textContent?.replace(/\s+/g, ' ').trim() ?? '(no label)',
							// A face of the rating scale is a tile by design: the radio, the face and its word stacked
							// in one bordered box that is the target. Its radio must be inside the tile instead.
							isFaceTile: label?.closest('.face-scale') !== null && label !== null,
							control: { top: control.top, bottom: control.bottom, left: control.left, right: control.right },
							words,
							row: label ? label.getBoundingClientRect().toJSON() : null
						};
					})
				);
				expect(rows.length, path).toBeGreaterThan(0);
				for (const row of rows) {
					const where = `${path} at ${width} px: "${row.name}"`;
					expect(row.row, where).not.toBeNull();
					expect(row.row!.height, `${where} row height`).toBeGreaterThanOrEqual(44);
					if (row.isFaceTile) {
						expect(row.control.left >= row.row!.left && row.control.right <= row.row!.right, `${where} radio inside its tile`).toBe(true);
						continue;
					}
					expect(row.words, where).not.toBeNull();
					// On the same line: the control and the words overlap from top to bottom.
					expect(row.control.top < row.words!.bottom && row.words!.top < row.control.bottom, `${where} control beside its words`).toBe(true);
				}
			}
			await context.close();
		}
	});

	test('the chosen face looks chosen, and the others look alike', async ({ page, loginAs }) => {
		await loginAs(s.userIds.citizen!);
		await page.goto('/me/collaboration/new');
		const scale = page.getByRole('group').first();
		await scale.getByRole('radio', { name: 'Godt', exact: true }).check();
		const looks = await scale.locator('label').evaluateAll((labels) =>
			labels.map((label) => {
				const style = getComputedStyle(label);
				return { isChosen: label.querySelector('input')!.checked, look: `${style.fontWeight} ${style.backgroundColor} ${style.borderColor}` };
			})
		);
		const chosen = looks.filter((l) => l.isChosen).map((l) => l.look);
		const others = new Set(looks.filter((l) => !l.isChosen).map((l) => l.look));
		expect(chosen).toHaveLength(1);
		expect(others.has(chosen[0]!), 'the chosen face differs from the others').toBe(false);
		// Normal weight for the faces not chosen; bold marks the chosen one.
		expect(looks.find((l) => l.isChosen)!.look).toMatch(/^700 /);
		expect([...others].every((look) => look.startsWith('400 '))).toBe(true);
	});

	test('every interactive element on a citizen page is at least 44 × 44 px', async ({ page, loginAs }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		const small: string[] = [];
		let measured = 0;
		let smallest = { side: Infinity, where: '' };
		await visit(page, loginAs, citizenPages(s), async (path) => {
			measured++;
			for (const target of await smallTargets(page)) small.push(`${path}: ${target}`);
			for (const { target, width, height } of await targetSizes(page)) {
				const side = Math.min(width, height);
				if (side < smallest.side) smallest = { side, where: `${path}: ${target} ${Math.round(width)}×${Math.round(height)}` };
			}
		});
		test.info().annotations.push({ type: 'pages measured', description: String(measured) }, { type: 'smallest target', description: smallest.where });
		expect(small).toEqual([]);
	});

	test('all text on a citizen page is at least 18 px', async ({ page, loginAs }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		const small: string[] = [];
		let smallest = { size: Infinity, where: '' };
		await visit(page, loginAs, citizenPages(s), async (path) => {
			for (const { text, size, where } of await textSizes(page)) {
				if (size < smallest.size) smallest = { size, where: `${path}: ${where} "${text}"` };
				// Half a pixel of rounding, as for the targets.
				if (size < 17.5) small.push(`${path}: ${where} "${text}" ${size.toFixed(1)} px`);
			}
		});
		test.info().annotations.push({ type: 'smallest text', description: `${smallest.size.toFixed(1)} px, ${smallest.where}` });
		expect(small).toEqual([]);
	});

	test('at 200 % text the faces wrap to more rows instead of splitting their words', async ({ page, loginAs }) => {
		await loginAs(s.userIds.citizen!);
		await doubleTextSize(page);
		for (const width of [360, 320]) {
			await page.setViewportSize({ width, height: 740 });
			await page.goto('/me/collaboration/new');
			const faces = page.locator('.face-scale__face');
			await expect(faces.first()).toBeVisible();
			expect(await splitWords(page, '.face-scale__face'), `at ${width} px`).toEqual([]);
			// Every face word is still there, whole.
			await expect(page.getByRole('radio', { name: 'Meget dårligt' }).first()).toBeVisible();
		}
	});

	for (const javaScriptEnabled of [true, false]) {
		test(`on a 360 × 740 phone the header is compact, with 44 px targets and Læs op (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async ({ browser, baseURL }) => {
			const context = await browser.newContext({ javaScriptEnabled, baseURL, viewport: { width: 360, height: 740 }, locale: 'da-DK' });
			await signIn(context, s.userIds.citizen!, baseURL);
			const page = await context.newPage();
			await page.goto('/me');
			const header = page.getByRole('banner');
			const height = async () => (await header.boundingBox())!.height;
			test.info().annotations.push({ type: 'header height', description: `${Math.round(await height())} px of 740` });
			const links = [
				page.getByRole('link', { name: 'Hjælp og kontakt' }),
				page.getByRole('link', { name: 'Read this page in English' }),
				page.getByRole('link', { name: 'Min konto' }),
				page.getByRole('button', { name: 'Log ud' })
			];
			if (javaScriptEnabled) {
				// At most 15 % of the screen (the unit's long name takes two lines), and Læs op on the first screen.
				expect(await height()).toBeLessThanOrEqual(740 * 0.15);
				await expect(page.getByRole('button', { name: 'Læs op' })).toBeInViewport();
				const menu = header.getByRole('button', { name: 'Menu' });
				await expect(menu).toHaveAttribute('aria-expanded', 'false');
				for (const link of links) await expect(link).toBeHidden();
				await menu.click();
				await expect(menu).toHaveAttribute('aria-expanded', 'true');
				for (const link of links) await expect(link).toBeVisible();
				expect(await smallTargets(page)).toEqual([]);
				await page.getByRole('link', { name: 'Min konto' }).click();
				await expect(page).toHaveURL(/\/account$/);
				// A new page starts with the menu folded.
				await expect(header.getByRole('button', { name: 'Menu' })).toHaveAttribute('aria-expanded', 'false');
				expect(await height()).toBeLessThanOrEqual(740 * 0.15);
			} else {
				// Without JavaScript there is no menu to fold: the links are on the page, each a 44 px target.
				await expect(header.getByRole('button', { name: 'Menu' })).toBeHidden();
				for (const link of links) await expect(link).toBeVisible();
				expect(await smallTargets(page)).toEqual([]);
			}
			await context.close();
		});
	}

	test('Min side on a phone: compact tiles, two a row where they fit, no word split', async ({ page, loginAs }) => {
		await loginAs(s.userIds.citizen!);
		const tiles = page.getByRole('navigation', { name: 'Min side' }).getByRole('link');
		const columns = async () => new Set(await tiles.evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().left)))).size;
		await page.setViewportSize({ width: 360, height: 740 });
		await page.goto('/me');
		const height = await page.evaluate(() => document.documentElement.scrollHeight);
		test.info().annotations.push({ type: 'Min side height at 360 px', description: `${height} px` });
		// One column of tall tiles made it 1 846 px (1 740 px with the compact header); 941 px now.
		expect(height).toBeLessThanOrEqual(1200);
		expect(await columns()).toBe(2);
		expect(await splitWords(page, '.tile__label')).toEqual([]);
		// At 320 px the words would not fit two a row: one a row, still whole.
		await page.setViewportSize({ width: 320, height: 740 });
		await page.goto('/me');
		expect(await columns()).toBe(1);
		expect(await splitWords(page, '.tile__label')).toEqual([]);
	});

	for (const setting of [
		{ name: '360 px', width: 360, doubleText: false },
		{ name: '320 px', width: 320, doubleText: false },
		{ name: '200 % text at 360 px', width: 360, doubleText: true }
	]) {
		test(`no page scrolls sideways at ${setting.name}`, async ({ page, loginAs }) => {
			await page.setViewportSize({ width: setting.width, height: 740 });
			if (setting.doubleText) await doubleTextSize(page);
			const wide: string[] = [];
			let measured = 0;
			let widest = { width: 0, path: '' };
			await visit(page, loginAs, [...citizenPages(s), ...otherPages(s)], async (path) => {
				measured++;
				const overflow = await sidewaysOverflow(page);
				if (overflow > 0) wide.push(`${path}: ${overflow} px too wide`);
				if (setting.width + overflow > widest.width) widest = { width: setting.width + overflow, path };
			});
			test.info().annotations.push({ type: 'pages measured', description: String(measured) }, { type: 'widest page', description: `${widest.path}: ${widest.width} px` });
			expect(wide).toEqual([]);
		});
	}

	for (const colorScheme of ['light', 'dark'] as const) {
		test(`${colorScheme} mode: the focus ring in the header stands out at least 3:1 from the header`, async ({ page, loginAs }) => {
			await page.emulateMedia({ colorScheme });
			await loginAs(s.userIds.citizen!);
			await page.goto('/me');
			const header = page.getByRole('banner');
			const background = await header.evaluate((el) => getComputedStyle(el).backgroundColor);
			// What Tab reaches: the phone's "Menu" button is in the header but not shown on a wide screen.
			const headerTargets = await header.locator('a:visible, button:visible').count();
			const rings: string[] = [];
			// From the top of the page, Tab through the header (after the skip link) as a keyboard user does.
			await page.keyboard.press('Tab');
			for (let i = 0; i < headerTargets; i++) {
				await page.keyboard.press('Tab');
				const focused = await page.evaluate(() => {
					const el = document.activeElement as HTMLElement;
					const style = getComputedStyle(el);
					return { isInHeader: el.closest('header') !== null, name: el.textContent?.trim(), color: style.outlineColor, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
				});
				expect(focused.isInHeader, `Tab ${i + 1} stays in the header`).toBe(true);
				expect(focused.style, focused.name).not.toBe('none');
				expect(focused.width, focused.name).toBeGreaterThanOrEqual(2);
				const ratio = contrastRatio(focused.color, background);
				rings.push(`${focused.name}: ${ratio.toFixed(2)}:1`);
				expect(ratio, `${focused.name}: ring ${focused.color} on ${background}`).toBeGreaterThanOrEqual(3);
			}
			test.info().annotations.push({ type: 'focus contrast', description: rings.join(', ') });
			if (colorScheme === 'dark') {
				// No bright block at the top of a dark page.
				expect(relativeLuminance(background), `header background ${background}`).toBeLessThan(0.1);
			}
		});
	}

	test('forced colours: the plan\'s progress boxes and the chosen face keep their marks', async ({ page, loginAs }) => {
		const { db } = await import('../src/lib/server/db/index.ts');
		const schema = await import('../src/lib/server/db/schema/index.ts');
		await db.update(schema.goal).set({ progress: 'started' }).where(eq(schema.goal.id, s.params['[goalId]']!));
		await page.emulateMedia({ forcedColors: 'active' });
		await loginAs(s.userIds.citizen!);
		await page.goto('/me/plan');
		// What the eye sees: a box painted in the theme's Canvas looks like one with no background at all.
		const canvas = await page.locator('body').evaluate((el) => getComputedStyle(el).backgroundColor);
		const boxes = await page.locator('.progress__box').evaluateAll((els) =>
			els.map((el) => ({ isFilled: el.classList.contains('progress__box--filled'), background: getComputedStyle(el).backgroundColor }))
		);
		const filled = new Set(boxes.filter((b) => b.isFilled).map((b) => seenOver(b.background, canvas)));
		const empty = new Set(boxes.filter((b) => !b.isFilled).map((b) => seenOver(b.background, canvas)));
		expect(filled.size, 'some boxes are filled').toBeGreaterThan(0);
		expect(empty.size, 'some boxes are empty').toBeGreaterThan(0);
		expect([...filled].some((color) => empty.has(color)), `filled ${[...filled]} and empty ${[...empty]} look alike`).toBe(false);

		await page.goto('/me/collaboration/new');
		const scale = page.getByRole('group').first();
		await scale.getByRole('radio', { name: 'Godt', exact: true }).check();
		const faces = await scale.locator('label').evaluateAll((labels) =>
			labels.map((label) => {
				const style = getComputedStyle(label);
				return { isChosen: label.querySelector('input')!.checked, lines: `${style.outlineStyle} ${style.outlineWidth} ${style.borderWidth}`, background: style.backgroundColor };
			})
		);
		// Bold words alone are too little a mark; a ring, a thicker border or a fill that shows counts.
		const marks = faces.map((face) => ({ isChosen: face.isChosen, mark: `${face.lines} ${seenOver(face.background, canvas)}` }));
		const chosen = marks.find((m) => m.isChosen)!.mark;
		expect(marks.filter((m) => !m.isChosen).every((m) => m.mark !== chosen), `the chosen face (${chosen}) is marked`).toBe(true);
	});
});
