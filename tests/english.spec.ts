import { citizenScene, expect, test } from './fixtures.ts';

/** A citizen with a dream, a relative, a guide, a coming meeting and an open invitation: every page has something to show. */
async function englishScene() {
	const { citizen, leader } = await citizenScene();
	const { inviteHelper, acceptHelperInvitation } = await import('../src/lib/server/access/grants.ts');
	const { createDream } = await import('../src/lib/server/dreams.ts');
	const self = { id: citizen.userId, role: 'citizen' as const, displayName: 'Bent', unitId: null, unitName: null };
	const dream = await createDream(citizen.id, self, true, { text: 'A garden', lifeArea: 'home', visibility: 'relatives', talkAtNextMeeting: true }, null);
	if (dream.status !== 'saved') throw new Error(dream.status);
	const { grantId } = await inviteHelper(citizen.id, { kind: 'relative', name: 'Mum', areas: ['dreams'], canWriteInput: true, endsOn: null });
	const second = await inviteHelper(citizen.id, { kind: 'guide', name: 'Gary', areas: ['dreams'], canWriteInput: false, endsOn: null });
	const guide = await acceptHelperInvitation(second.token, { newAccount: { displayName: 'Gary Guide', loginName: `gary${Math.random().toString(36).slice(2, 10)}`, password: 'a long password' } });
	if (guide.status !== 'accepted') throw new Error(guide.status);
	const { scheduleMeeting } = await import('../src/lib/server/meetings/meetings.ts');
	const { db } = await import('../src/lib/server/db/index.ts');
	const { citizen: citizens } = await import('../src/lib/server/db/schema/index.ts');
	const { eq } = await import('drizzle-orm');
	const [citizenRow] = await db.select().from(citizens).where(eq(citizens.id, citizen.id));
	const leaderUser = { id: leader.id, role: 'leader' as const, displayName: 'Lene', unitId: citizenRow!.unitId, unitName: null };
	const meetingId = await scheduleMeeting(leaderUser, citizenRow!, { type: 'evaluation_3m', startsAt: new Date(Date.now() + 86_400_000), place: 'At home', participantIds: [leader.id] });
	const { token: invitation } = await inviteHelper(citizen.id, { kind: 'relative', name: 'Dad', areas: ['plan'], canWriteInput: false, endsOn: null });

	const pages: [string | null, string[]][] = [
		[null, ['/en', '/en/login', '/en/activate', '/en/help', '/en/logout', `/en/invite/${invitation}`]],
		[
			citizen.userId,
			[
				'/en/me',
				'/en/me/plan',
				'/en/me/collaboration',
				'/en/me/contact',
				'/en/me/meetings',
				`/en/me/meetings/${meetingId}`,
				'/en/me/contact-person',
				'/en/me/contact-person/workers',
				'/en/me/contact-person/choose',
				'/en/me/collaboration/new',
				'/en/me/plan/new',
				'/en/me/network',
				'/en/me/dreams',
				'/en/me/dreams/new',
				`/en/me/dreams/${dream.dream.id}`,
				'/en/me/helpers',
				'/en/me/helpers/new',
				'/en/me/helpers/new?kind=guide',
				`/en/me/helpers/${grantId}`,
				'/en/me/access-log',
				'/en/me/data',
				'/en/me/data/print',
				'/en/account',
				'/en/account/sessions',
				'/en/account/passkeys',
				'/en/account/password'
			]
		],
		[guide.userId, ['/en/helper', `/en/helper/${citizen.id}`, `/en/helper/${citizen.id}/dreams`]],
		[leader.id, ['/en/staff', `/en/staff/citizens/${citizen.id}`, `/en/staff/citizens/${citizen.id}/access-log`, '/en/staff/deletion-requests', '/en/staff/collaboration', '/en/staff/question-sets', '/en/staff/wishes', '/en/staff/workers', '/en/staff/settings', '/en/staff/citizens/new', `/en/staff/citizens/${citizen.id}/meetings/new`, `/en/staff/citizens/${citizen.id}/meetings/${meetingId}`]]
	];
	return pages;
}

/**
 * Every page in English, as the person who may see it: right language, and no axe violation.
 * In four parts, so each stays well inside its time on a busy machine and the two workers share them.
 */
const parts: { name: string; pick: (pages: [string | null, string[]][]) => [string | null, string[]][] }[] = [
	{ name: 'public pages', pick: (pages) => [pages[0]!] },
	{ name: 'citizen pages, first half', pick: (pages) => [[pages[1]![0], pages[1]![1].slice(0, 13)]] },
	{ name: 'citizen pages, second half and the account', pick: (pages) => [[pages[1]![0], pages[1]![1].slice(13)]] },
	{ name: 'helper and staff pages', pick: (pages) => pages.slice(2) }
];

for (const part of parts) {
	test(`every page in English passes axe, with <html lang="en">: ${part.name}`, async ({ page, loginAs, expectAccessible }) => {
		test.setTimeout(120_000);
		for (const [userId, paths] of part.pick(await englishScene())) {
			await page.context().clearCookies();
			if (userId) await loginAs(userId);
			for (const path of paths) {
				const response = await page.goto(path);
				expect(response?.status(), path).toBe(200);
				await expect(page.locator('html'), path).toHaveAttribute('lang', 'en');
				// One word for one thing: the English pages say "contact person", never the Danish word.
				expect(await page.locator('body').innerText(), path).not.toMatch(/\bkontaktperson(er|en)?\b/i);
				await expectAccessible(page);
			}
		}
	});
}
