// The route tree and a scene to call it in, shared by the authorization matrix and the reliability
// suite's bad-input tests: every page, endpoint and form action found in src/routes, who may call
// each, and a unit with one person of each kind, ids for every route param and forms for actions
// that name an object.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
	assignWorker,
	createCitizen,
	createSession,
	createUnit,
	createUser,
	createWorker
} from '../src/lib/server/testing/factories.ts';
import { acceptHelperInvitation, inviteHelper, revokeGrant } from '../src/lib/server/access/grants.ts';
import { addDays, todayIso } from '../src/lib/server/time.ts';

export const roles = [
	'citizen',
	'otherCitizen',
	'relativeWithArea',
	'relativeWithoutArea',
	'removedRelative',
	'expiredGuide',
	'assignedWorker',
	'otherWorker',
	'leader',
	'otherLeader',
	'nobody'
] as const;
export type Who = (typeof roles)[number];

export const everyone: readonly Who[] = roles;
export const loggedIn = roles.filter((r) => r !== 'nobody');
export const citizens: readonly Who[] = ['citizen', 'otherCitizen'];
export const helpers: readonly Who[] = ['relativeWithArea', 'relativeWithoutArea', 'removedRelative', 'expiredGuide'];
export const staff: readonly Who[] = ['assignedWorker', 'otherWorker', 'leader', 'otherLeader'];
export const leaders: readonly Who[] = ['leader', 'otherLeader'];
export const mayReadCitizenAsStaff: readonly Who[] = ['assignedWorker', 'leader'];

/**
 * Who gets past the guard of each route. Everyone else gets 404 (or, when not logged in, the
 * log-in page). `citizens` on /me… routes means each citizen reaches their *own* page.
 * Params: citizenId = the test citizen, grantId = their relative's grant, area = dreams/plan.
 * relativeWithArea has the dreams area; relativeWithoutArea has plan, ratings and meetings, not dreams.
 */
export const expected: Record<string, readonly Who[]> = {
	'GET /': everyone,
	'GET /help': everyone,
	'GET /offline': everyone,
	'GET /login': everyone,
	'POST /login': everyone,
	'POST /login/passkey/options': everyone,
	'POST /login/passkey/verify': everyone,
	'GET /activate/[[code]]': everyone,
	'POST /activate/[[code]]?/check': everyone,
	'POST /activate/[[code]]?/activate': everyone,
	'GET /invite/[token]': everyone,
	'POST /invite/[token]?/create': everyone,
	'POST /invite/[token]?/join': loggedIn,
	'GET /logout': everyone,
	'POST /logout': everyone,
	'GET /account': loggedIn,
	'GET /account/sessions': loggedIn,
	'POST /account/sessions?/end': loggedIn,
	'POST /account/sessions?/endAll': loggedIn,
	'GET /account/password': loggedIn,
	'POST /account/password': loggedIn,
	'GET /account/passkeys': loggedIn,
	'POST /account/passkeys?/remove': loggedIn,
	'POST /account/passkeys/options': loggedIn,
	'POST /account/passkeys/register': loggedIn,
	'GET /me': citizens,
	'POST /me?/dismissRatingPrompt': citizens,
	'POST /me?/resetNoticeSeen': citizens,
	'GET /me/collaboration': citizens,
	'GET /me/contact': citizens,
	'GET /me/meetings': citizens,
	'GET /me/meetings/[meetingId]': ['citizen'],
	'POST /me/meetings/[meetingId]?/topic': ['citizen'],
	'POST /me/meetings/[meetingId]?/remember': ['citizen'],
	'POST /me/meetings/[meetingId]?/brings': ['citizen'],
	'GET /me/contact-person': citizens,
	'POST /me/contact-person?/withdraw': ['citizen'],
	'POST /me/contact-person?/ignoreSuggestion': citizens,
	'GET /me/contact-person/workers': citizens,
	'GET /me/contact-person/choose': citizens,
	'POST /me/contact-person/choose': citizens,
	// Photos are for the people of the worker's own unit (its citizens and staff).
	'GET /photos/[workerId]': ['citizen', 'otherCitizen', 'assignedWorker', 'otherWorker', 'leader'],
	'GET /me/collaboration/new': citizens,
	'POST /me/collaboration/new': citizens,
	'GET /me/[area=comingSoon]': citizens,
	'GET /me/access-log': citizens,
	'GET /me/data': citizens,
	'POST /me/data?/requestDeletion': citizens,
	'GET /me/data/export.json': citizens,
	'GET /me/data/print': citizens,
	'GET /me/helpers': citizens,
	'GET /me/helpers/new': citizens,
	'POST /me/helpers/new': citizens,
	'GET /me/helpers/[grantId]': ['citizen'],
	'POST /me/helpers/[grantId]?/update': ['citizen'],
	'POST /me/helpers/[grantId]?/renew': ['citizen'],
	'POST /me/helpers/[grantId]?/accept': ['citizen'],
	'POST /me/helpers/[grantId]?/remove': ['citizen'],
	'GET /me/dreams': citizens,
	'POST /me/dreams?/restore': citizens,
	'GET /me/dreams/new': citizens,
	'POST /me/dreams/new': citizens,
	'GET /me/dreams/[dreamId]': ['citizen'],
	'POST /me/dreams/[dreamId]?/update': ['citizen'],
	'POST /me/dreams/[dreamId]?/confirm': ['citizen'],
	'POST /me/dreams/[dreamId]?/delete': ['citizen'],
	'GET /me/plan': citizens,
	'POST /me/plan?/planDate': citizens,
	'POST /me/plan?/stepDone': citizens,
	'GET /me/plan/new': citizens,
	'POST /me/plan/new': citizens,
	'GET /me/plan/[goalId]': ['citizen'],
	'POST /me/plan/[goalId]?/update': ['citizen'],
	'POST /me/plan/[goalId]?/addStep': ['citizen'],
	'POST /me/plan/[goalId]?/delete': ['citizen'],
	'GET /helper': helpers,
	'GET /helper/[citizenId]/plan': ['relativeWithoutArea'],
	'GET /helper/[citizenId]/ratings': ['relativeWithoutArea'],
	// The relative with the meetings area may read; writing input needs the grant's write flag (not in this scene).
	'GET /helper/[citizenId]/meetings': ['relativeWithoutArea'],
	'POST /helper/[citizenId]/meetings?/input': [],
	// The relative with the dreams area reads; only an active guide may write (none in this scene).
	'GET /helper/[citizenId]/dreams': ['relativeWithArea'],
	'POST /helper/[citizenId]/dreams': [],
	'GET /helper/[citizenId]': ['relativeWithArea', 'relativeWithoutArea'],
	'GET /helper/[citizenId]/[area=grantable]': ['relativeWithArea'],
	'GET /staff': staff,
	'GET /staff/citizens/[citizenId]': mayReadCitizenAsStaff,
	// A code on screen only for a citizen who has never activated; this scene's citizen has (see staff.spec.ts for the rest).
	'POST /staff/citizens/[citizenId]?/activationCode': [],
	// Resetting an activated citizen's access (a printed letter) is for the leader of the citizen's unit only.
	'GET /staff/citizens/[citizenId]/reset-access': ['leader'],
	'POST /staff/citizens/[citizenId]/reset-access': ['leader'],
	'POST /staff/citizens/[citizenId]?/suggestGuide': mayReadCitizenAsStaff,
	'POST /staff/citizens/[citizenId]?/visitDone': mayReadCitizenAsStaff,
	'GET /staff/collaboration': staff,
	// Only the temporary kontaktperson suggests a colleague; nobody is temporary in this scene.
	'POST /staff/citizens/[citizenId]?/suggestContact': [],
	'GET /staff/wishes': leaders,
	'GET /staff/settings': leaders,
	'GET /staff/citizens/new': leaders,
	'POST /staff/citizens/new': leaders,
	'POST /staff/citizens/[citizenId]?/endSupport': ['leader'],
	'POST /staff/workers?/create': leaders,
	// Staff of the unit only: the other unit's leader gets 404.
	'POST /staff/workers?/deactivate': ['leader'],
	'POST /staff/settings': leaders,
	'GET /staff/citizens/[citizenId]/meetings/new': mayReadCitizenAsStaff,
	'POST /staff/citizens/[citizenId]/meetings/new': mayReadCitizenAsStaff,
	'GET /staff/citizens/[citizenId]/meetings/[meetingId]': mayReadCitizenAsStaff,
	'POST /staff/citizens/[citizenId]/meetings/[meetingId]?/markRead': mayReadCitizenAsStaff,
	'POST /staff/citizens/[citizenId]/meetings/[meetingId]?/summary': mayReadCitizenAsStaff,
	'POST /staff/wishes?/approve': ['leader'],
	'POST /staff/wishes?/decline': ['leader'],
	'GET /staff/workers': leaders,
	// A worker edits their own profile; their leader edits any of the unit's.
	'GET /staff/workers/[workerId]': ['assignedWorker', 'leader'],
	'POST /staff/workers/[workerId]?/profile': ['assignedWorker', 'leader'],
	'POST /staff/workers/[workerId]?/photo': ['assignedWorker', 'leader'],
	'POST /staff/workers/[workerId]?/removePhoto': ['assignedWorker', 'leader'],
	// Question sets are the unit's: the other unit's leader gets 404 for this unit's set and questions.
	'GET /staff/question-sets': leaders,
	'POST /staff/question-sets?/addSet': leaders,
	'POST /staff/question-sets?/activate': ['leader'],
	'POST /staff/question-sets?/move': ['leader'],
	'POST /staff/question-sets?/retire': ['leader'],
	'GET /staff/citizens/[citizenId]/access-log': mayReadCitizenAsStaff,
	'GET /staff/deletion-requests': leaders,
	'POST /staff/deletion-requests?/answer': leaders
};

/** Every page, endpoint and form action in src/routes, as `METHOD /path[?/action]`. */
export function discoverRoutes(): string[] {
	const root = 'src/routes';
	const found: string[] = [];
	const walk = (dir: string) => {
		for (const name of readdirSync(dir)) {
			const full = join(dir, name);
			if (statSync(full).isDirectory()) walk(full);
		}
		const path =
			'/' +
			relative(root, dir)
				.split('/')
				.filter((segment) => segment && !/^\(.*\)$/.test(segment))
				.join('/');
		const files = readdirSync(dir);
		if (files.includes('+page.svelte')) found.push(`GET ${path}`);
		if (files.includes('+server.ts')) {
			for (const [, method] of readFileSync(join(dir, '+server.ts'), 'utf8').matchAll(/export const (GET|POST|PUT|PATCH|DELETE)\b/g)) {
				found.push(`${method} ${path}`);
			}
		}
		if (files.includes('+page.server.ts')) {
			const source = readFileSync(join(dir, '+page.server.ts'), 'utf8');
			const actions = /export const actions = \{([\s\S]*?)\n\} satisfies Actions/.exec(source)?.[1] ?? '';
			for (const [, action] of actions.matchAll(/^\t(?:\/\*\*.*\*\/\n\t)?(\w+): async/gm)) {
				found.push(action === 'default' ? `POST ${path}` : `POST ${path}?/${action}`);
			}
		}
	};
	walk(root);
	return found.sort();
}

/** A unit with the test citizen and one person of each kind, each with a live session. */
export async function scene() {
	const unit = await createUnit();
	const otherUnit = await createUnit();
	const name = `Matrix Borger ${Math.random().toString(36).slice(2, 8)}`;
	const citizen = await createCitizen(unit.id, { name, canLogIn: true });
	const otherCitizen = await createCitizen(unit.id, { canLogIn: true });
	const assignedWorker = await createWorker(unit.id);
	await assignWorker(citizen.id, assignedWorker.id);
	const otherWorker = await createWorker(unit.id);
	await assignWorker(otherCitizen.id, otherWorker.id);
	const leader = await createUser('leader', { unitId: unit.id });
	const otherLeader = await createUser('leader', { unitId: otherUnit.id });

	const helperFor = async (areas: string[], kind: 'relative' | 'guide', endsOn: string | null = null) => {
		const { grantId, token } = await inviteHelper(citizen.id, { kind, name: `${kind} ${areas.join()}`, areas, canWriteInput: false, endsOn });
		const result = await acceptHelperInvitation(token, {
			newAccount: { displayName: `Helper ${Math.random()}`, loginName: `h${Math.random().toString(36).slice(2, 12)}`, password: 'a long password' }
		});
		if (result.status !== 'accepted') throw new Error(result.status);
		return { grantId, userId: result.userId };
	};
	const relativeWithArea = await helperFor(['dreams'], 'relative');
	const relativeWithoutArea = await helperFor(['plan', 'ratings', 'meetings'], 'relative');
	const removedRelative = await helperFor(['dreams'], 'relative');
	await revokeGrant(citizen.id, removedRelative.grantId);
	const expiredGuide = await helperFor(['dreams'], 'guide', addDays(todayIso(), 5));
	// The guide's last day has passed (set in the database: the form refuses past dates).
	const { db } = await import('../src/lib/server/db/index.ts');
	const { grant } = await import('../src/lib/server/db/schema/index.ts');
	const { eq } = await import('drizzle-orm');
	await db.update(grant).set({ endsOn: addDays(todayIso(), -1) }).where(eq(grant.id, expiredGuide.grantId));
	// A dream only the citizen may see: its words must never reach anyone else.
	const secret = `Hemmelig drøm ${Math.random().toString(36).slice(2, 10)}`;
	const { createDream } = await import('../src/lib/server/dreams.ts');
	const self = { id: citizen.userId, role: 'citizen' as const, displayName: name, unitId: unit.id, unitName: null };
	const written = await createDream(citizen.id, self, true, { text: secret, lifeArea: 'home', visibility: 'me', talkAtNextMeeting: false }, null);
	if (written.status !== 'saved') throw new Error('dream not saved');
	const { createGoal } = await import('../src/lib/server/plan.ts');
	const created = await createGoal(citizen.id, self, true, 'Et mål', []);
	if (created.status !== 'created') throw new Error('the goal was not created');
	const goalId = created.id;
	const { token: invitationToken } = await inviteHelper(citizen.id, { kind: 'relative', name: 'Ny', areas: ['dreams'], canWriteInput: false, endsOn: null });

	// Actions that name an object in the form get the citizen's unit's question set and question.
	const { activeQuestionSet } = await import('../src/lib/server/ratings/question-sets.ts');
	const { set, questions } = await activeQuestionSet(unit.id);
	// The citizen's open kontaktperson wish, and a photo of their worker.
	const { createWish } = await import('../src/lib/server/contact-person/wishes.ts');
	const { citizen: citizenTable } = await import('../src/lib/server/db/schema/index.ts');
	const [citizenRow] = await db.select().from(citizenTable).where(eq(citizenTable.id, citizen.id));
	const wish = await createWish(citizenRow!, { kind: 'one', members: [{ role: 'contact', workerId: assignedWorker.id, isMain: true }], reason: '', helperId: null });
	if (wish.status !== 'created') throw new Error(`wish ${wish.status}`);
	const { workerPhoto } = await import('../src/lib/server/db/schema/index.ts');
	await db.insert(workerPhoto).values({ userId: assignedWorker.id, webp: Buffer.from('RIFF'), alt: 'Foto', updatedAt: new Date() });
	// A meeting of the citizen, with the citizen's topic on it (the item Før mødet can mark read).
	const { scheduleMeeting, addMeetingNote } = await import('../src/lib/server/meetings/meetings.ts');
	const staffUser = { id: assignedWorker.id, role: 'worker' as const, displayName: 'x', unitId: unit.id, unitName: null };
	const meetingId = await scheduleMeeting(staffUser, citizenRow!, { type: 'plan', startsAt: new Date(Date.now() + 86_400_000), place: 'Hjemme', participantIds: [] });
	await addMeetingNote(self, citizenRow!, meetingId, 'topic', 'Et emne', null);
	const { db: database } = await import('../src/lib/server/db/index.ts');
	const { meetingNote } = await import('../src/lib/server/db/schema/index.ts');
	const [topic] = await database.select().from(meetingNote).where(eq(meetingNote.meetingId, meetingId));
	const forms: Record<string, Record<string, string>> = {
		'POST /staff/workers?/deactivate': { staffId: otherWorker.id },
		'POST /me/meetings/[meetingId]?/topic': { text: 'Et emne til mødet' },
		'POST /me/meetings/[meetingId]?/brings': { citizenBrings: 'Min søster' },
		'POST /staff/citizens/[citizenId]/meetings/[meetingId]?/markRead': { itemKey: `topic:${topic!.id}` },
		'POST /me/contact-person?/withdraw': { wishId: wish.wishId },
		'POST /staff/wishes?/approve': { wishId: wish.wishId, startDate: todayIso() },
		'POST /staff/wishes?/decline': { wishId: wish.wishId, reason: 'no_room', instead: 'Tal med os.' },
		'POST /staff/question-sets?/activate': { setId: set.id },
		'POST /staff/question-sets?/move': { questionId: questions[1]!.id, direction: 'up' },
		'POST /staff/question-sets?/retire': { questionId: questions[0]!.id }
	};

	const userIds: Record<Who, string | null> = {
		citizen: citizen.userId,
		otherCitizen: otherCitizen.userId,
		relativeWithArea: relativeWithArea.userId,
		relativeWithoutArea: relativeWithoutArea.userId,
		removedRelative: removedRelative.userId,
		expiredGuide: expiredGuide.userId,
		assignedWorker: assignedWorker.id,
		otherWorker: otherWorker.id,
		leader: leader.id,
		otherLeader: otherLeader.id,
		nobody: null
	};
	const cookies = {} as Record<Who, string | null>;
	for (const who of roles) {
		const id = userIds[who];
		cookies[who] = id ? `__Host-session=${(await createSession(id, 'matrix')).token}` : null;
	}
	const params: Record<string, string> = {
		'[citizenId]': citizen.id,
		'[grantId]': relativeWithArea.grantId,
		'[dreamId]': written.dream.id,
		'[token]': invitationToken,
		'[[code]]': 'ACDEFHJKMNPR',
		'[area=comingSoon]': 'network',
		'[goalId]': goalId,
		'[area=grantable]': 'dreams',
		'[workerId]': assignedWorker.id,
		'[meetingId]': meetingId
	};
	// `userIds` and `ids` let other suites start fresh sessions and build on the scene.
	const ids = { unitId: unit.id, otherUnitId: otherUnit.id, citizenId: citizen.id, otherWorkerId: otherWorker.id, wishId: wish.wishId, topicId: topic!.id };
	return { name, secret, cookies, params, forms, userIds, ids };
}
