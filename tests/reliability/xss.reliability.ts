// Cross-site scripting: classic payloads in every free-text field a person can fill, sent through
// the real forms, then read in a real browser by the citizen and by the staff and helpers who see
// them. The payload must show as literal text, no script may run and no element may be injected.
import { expect, test, type Page } from '@playwright/test';
import { signIn } from '../fixtures.ts';
import { scene } from '../route-scene.ts';
import { postBody, urlencoded } from './hostile.ts';

const attacks = [
	'<script>window.__xss=1</script>',
	'<img src=x onerror="window.__xss=1">',
	'"><svg onload=window.__xss=1>',
	'javascript:window.__xss=1',
	"{@html '<b id=xss>x</b>'}",
	"</textarea><iframe srcdoc='<script>parent.__xss=1</script>'>"
];
let counter = 0;
/** A payload that fits the field: a unique tag (to find it on the page) and one or more attacks. */
function payload(max: number): string {
	const tag = `X${++counter}${Math.random().toString(36).slice(2, 6)}`;
	let text = tag;
	for (let i = 0; i < attacks.length; i++) {
		const next = attacks[(counter + i) % attacks.length]!;
		if (`${text} ${next}`.length > max) break;
		text = `${text} ${next}`;
	}
	return text;
}

/** Opens a page and checks every payload expected there: shown as text, nothing injected, nothing run. */
async function expectShownAsText(page: Page, path: string, payloads: string[]) {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => {
		dialogs.push(dialog.message());
		void dialog.dismiss();
	});
	const response = await page.goto(path);
	expect(response?.status(), path).toBe(200);
	const csp = response?.headers()['content-security-policy'] ?? '';
	expect(csp, `Content-Security-Policy on ${path}`).toContain("script-src 'self'");
	// The policy must not let injected markup run or style itself, whatever else it allows.
	for (const directive of csp.split(';').map((d) => d.trim())) {
		if (/^(script|style)-src\b/.test(directive)) expect(directive, `${path}: ${directive}`).not.toContain("'unsafe-inline'");
	}
	for (const text of payloads) await expect(page.getByText(text).first(), `${text} on ${path}`).toBeVisible();
	expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss), path).toBeUndefined();
	await expect(page.locator('[onerror], [onload], img[src="x"], #xss, iframe, a[href^="javascript:" i]')).toHaveCount(0);
	expect(dialogs).toEqual([]);
}

test('payloads in every free-text field are shown as text, to the citizen and to staff and helpers', async ({ browser, playwright, baseURL }) => {
	test.setTimeout(180_000);
	const s = await scene();
	const { citizenId } = s.ids;
	const worker = s.params['[workerId]']!;
	const goalId = s.params['[goalId]']!;
	const meetingId = s.params['[meetingId]']!;
	const request = await playwright.request.newContext({ baseURL });
	let call = 0;
	/** Sends a form as the person, through the real form action, and expects it to be taken. */
	const send = async (who: 'citizen' | 'assignedWorker' | 'leader', path: string, form: Record<string, string>) => {
		const answer = await postBody(request, path, urlencoded(Object.entries(form)), {
			origin: baseURL!,
			accept: 'text/html',
			'x-forwarded-for': `10.88.0.${++call}`,
			cookie: s.cookies[who]!
		});
		expect([200, 303], `${path}: ${answer.body.slice(0, 300)}`).toContain(answer.status);
	};

	// The citizen writes a dream in the browser, with the form's own labels.
	const dream = payload(1000);
	const citizenContext = await browser.newContext({ javaScriptEnabled: true });
	await signIn(citizenContext, s.userIds.citizen!, baseURL);
	const citizenPage = await citizenContext.newPage();
	await citizenPage.goto('/me/dreams/new');
	await citizenPage.getByLabel('Din drøm').fill(dream);
	await citizenPage.getByRole('group', { name: 'Hvad handler den om?' }).getByLabel('Fritid').check();
	await citizenPage.getByRole('group', { name: 'Hvem må se den?' }).getByLabel('Mig og mit team').check();
	await citizenPage.getByRole('button', { name: 'Gem' }).click();
	await expect(citizenPage).toHaveURL(/\/me\/dreams$/);

	// Every other free-text field, through its form action as a browser without JavaScript sends it.
	const goal = payload(500);
	const step = payload(500);
	const topic = payload(1000);
	const brings = payload(300);
	const comment = payload(1000);
	const helperName = payload(80);
	const reason = payload(1000);
	const deletion = payload(1000);
	await send('citizen', `/me/plan/${goalId}?/update`, { text: goal, progress: 'started' });
	await send('citizen', `/me/plan/${goalId}?/addStep`, { stepText: step, owner: 'me' });
	await send('citizen', `/me/meetings/${meetingId}?/topic`, { text: topic });
	await send('citizen', `/me/meetings/${meetingId}?/brings`, { citizenBrings: brings });
	await send('citizen', '/me/collaboration/new', { setId: s.forms['POST /staff/question-sets?/activate']!.setId!, comment });
	await send('citizen', '/me/helpers/new', { name: helperName, kind: 'relative', areas: 'plan' });
	await send('citizen', '/me/contact-person?/withdraw', { wishId: s.ids.wishId });
	await send('citizen', '/me/contact-person/choose', { kind: 'one', workerId: worker, reason });
	await send('citizen', '/me/data?/requestDeletion', { message: deletion });

	// Before the meeting: the citizen's topics and who they bring, as the citizen and the worker see them.
	const asStaff = async (who: 'assignedWorker' | 'leader') => {
		const context = await browser.newContext({ javaScriptEnabled: true });
		await signIn(context, s.userIds[who]!, baseURL);
		return context.newPage();
	};
	const workerPage = await asStaff('assignedWorker');
	await expectShownAsText(citizenPage, `/me/meetings/${meetingId}`, [topic]);
	// The citizen sees who they bring in the field where they can change it.
	await expect(citizenPage.getByRole('textbox', { name: 'Hvem tager du med?' })).toHaveValue(brings);
	await expectShownAsText(workerPage, `/staff/citizens/${citizenId}/meetings/${meetingId}`, [topic, brings]);

	const summary = payload(3000);
	const agreement = payload(500);
	const guide = payload(80);
	const profile = { goodAt: payload(300), interests: payload(300), languages: payload(300), workDays: payload(300), background: payload(300) };
	// A summary is taken only from the meeting's time on: the meeting has now been held.
	const { db } = await import('../../src/lib/server/db/index.ts');
	const { meeting } = await import('../../src/lib/server/db/schema/index.ts');
	const { eq } = await import('drizzle-orm');
	await db.update(meeting).set({ startsAt: new Date(Date.now() - 60_000) }).where(eq(meeting.id, meetingId));
	await send('assignedWorker', `/staff/citizens/${citizenId}/meetings/${meetingId}?/summary`, { summary, agreements: agreement });
	await send('assignedWorker', `/staff/citizens/${citizenId}?/suggestGuide`, { name: guide });
	await send('assignedWorker', `/staff/workers/${worker}?/profile`, profile);

	const settings = { contactPhone: payload(40), openingHoursDa: payload(500), outOfHoursDa: payload(500) };
	const questionSet = { name: payload(80), questionsDa: payload(200) };
	const staffName = payload(80);
	const citizenName = payload(80);
	await send('leader', '/staff/settings', { choicePeriodDays: '91', wishAnswerDays: '14', accessLogRetentionMonths: '24', ...settings, openingHoursEn: 'x', outOfHoursEn: 'x' });
	await send('leader', '/staff/question-sets?/addSet', questionSet);
	await send('leader', '/staff/workers?/create', { name: staffName, role: 'worker' });
	await send('leader', '/staff/citizens/new', { name: citizenName, hoursBand: '1-5', legalBasis: 'sel85', startDate: new Date().toISOString().slice(0, 10), temporaryWorkerId: worker });

	// What the citizen sees.
	await expectShownAsText(citizenPage, '/me/dreams', [dream]);
	await expectShownAsText(citizenPage, '/me/plan', [goal]);
	await expectShownAsText(citizenPage, `/me/plan/${goalId}`, [goal, step]);
	await expectShownAsText(citizenPage, `/me/meetings/${meetingId}`, [summary, agreement]);
	await expectShownAsText(citizenPage, '/me/collaboration', [comment]);
	await expectShownAsText(citizenPage, '/me/helpers', [helperName, guide]);
	await expectShownAsText(citizenPage, '/me/contact-person', [reason]);
	await expectShownAsText(citizenPage, '/me/contact-person/workers', Object.values(profile));
	await expectShownAsText(citizenPage, '/me/contact', Object.values(settings));

	// What staff see.
	await expectShownAsText(workerPage, `/staff/citizens/${citizenId}`, [dream, goal, comment]);
	const leaderPage = await asStaff('leader');
	await expectShownAsText(leaderPage, '/staff/wishes', [reason]);
	await expectShownAsText(leaderPage, '/staff/deletion-requests', [deletion]);
	await expectShownAsText(leaderPage, '/staff/question-sets', Object.values(questionSet));
	await expectShownAsText(leaderPage, '/staff/workers', [staffName]);

	// What a relative with the plan and meetings areas sees.
	const relative = await browser.newContext({ javaScriptEnabled: true });
	await signIn(relative, s.userIds.relativeWithoutArea!, baseURL);
	const relativePage = await relative.newPage();
	await expectShownAsText(relativePage, `/helper/${citizenId}/plan`, [goal, step]);
	await expectShownAsText(relativePage, `/helper/${citizenId}/meetings`, [summary, agreement]);
	await expectShownAsText(leaderPage, '/staff', [citizenName]);
	await request.dispose();
});
