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
	'otherUnitCitizen',
	'relativeWithArea',
	'relativeWithoutArea',
	'removedRelative',
	'expiredGuide',
	'activeGuide',
	'writingRelative',
	'assignedWorker',
	'otherWorker',
	'endedWorker',
	'futureWorker',
	'leader',
	'otherLeader',
	'nobody'
] as const;
export type Who = (typeof roles)[number];

export const everyone: readonly Who[] = roles;
export const loggedIn = roles.filter((r) => r !== 'nobody');
export const citizens: readonly Who[] = ['citizen', 'otherCitizen', 'otherUnitCitizen'];
export const helpers: readonly Who[] = ['relativeWithArea', 'relativeWithoutArea', 'removedRelative', 'expiredGuide', 'activeGuide', 'writingRelative'];
export const staff: readonly Who[] = ['assignedWorker', 'otherWorker', 'endedWorker', 'futureWorker', 'leader', 'otherLeader'];
export const leaders: readonly Who[] = ['leader', 'otherLeader'];
export const mayReadCitizenAsStaff: readonly Who[] = ['assignedWorker', 'leader'];

/**
 * Who gets past the guard of each route. Everyone else gets 404 (or, when not logged in, the
 * log-in page). `citizens` on /me… routes means each citizen reaches their *own* page.
 * Params: citizenId = the test citizen, grantId = their relative's grant, area = dreams/plan.
 * relativeWithArea has the dreams area; relativeWithoutArea has plan, ratings and meetings, not dreams.
 * activeGuide has the dreams area and wrote a dream with the citizen (not yet confirmed);
 * writingRelative has the meetings area and may write for meetings. endedWorker's assignment to
 * the citizen ended yesterday, futureWorker's starts tomorrow: neither is assigned today.
 * otherUnitCitizen is a citizen of another unit.
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
	// The forms name the citizen's own second session and passkey: anyone else's is answered 404.
	'POST /account/sessions?/end': ['citizen'],
	'POST /account/sessions?/endAll': loggedIn,
	'GET /account/password': loggedIn,
	'POST /account/password': loggedIn,
	'GET /account/passkeys': loggedIn,
	'POST /account/passkeys?/remove': ['citizen'],
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
	// Forms that name the citizen's suggestion, step, dream or visit: another citizen gets 404.
	'POST /me/contact-person?/ignoreSuggestion': ['citizen'],
	'GET /me/contact-person/workers': citizens,
	'GET /me/contact-person/choose': citizens,
	'POST /me/contact-person/choose': citizens,
	// Photos are for the people of the worker's own unit (its citizens and staff).
	'GET /photos/[workerId]': ['citizen', 'otherCitizen', 'assignedWorker', 'otherWorker', 'endedWorker', 'futureWorker', 'leader'],
	'GET /me/collaboration/new': citizens,
	'POST /me/collaboration/new': ['citizen'],
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
	'POST /me/plan?/stepDone': ['citizen'],
	'GET /me/plan/new': citizens,
	'POST /me/plan/new': ['citizen'],
	'GET /me/plan/[goalId]': ['citizen'],
	'POST /me/plan/[goalId]?/update': ['citizen'],
	'POST /me/plan/[goalId]?/addStep': ['citizen'],
	'POST /me/plan/[goalId]?/delete': ['citizen'],
	'GET /helper': helpers,
	'GET /helper/[citizenId]/plan': ['relativeWithoutArea'],
	'GET /helper/[citizenId]/ratings': ['relativeWithoutArea'],
	// Those with the meetings area read; writing input needs the grant's write flag too.
	'GET /helper/[citizenId]/meetings': ['relativeWithoutArea', 'writingRelative'],
	'POST /helper/[citizenId]/meetings?/input': ['writingRelative'],
	// Those with the dreams area read; only an active guide writes.
	'GET /helper/[citizenId]/dreams': ['relativeWithArea', 'activeGuide'],
	'POST /helper/[citizenId]/dreams': ['activeGuide'],
	'GET /helper/[citizenId]': ['relativeWithArea', 'relativeWithoutArea', 'activeGuide', 'writingRelative'],
	'GET /helper/[citizenId]/[area=grantable]': ['relativeWithArea', 'activeGuide'],
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
	// The form names a request of this unit's citizen: the other unit's leader gets 404.
	'POST /staff/deletion-requests?/answer': ['leader']
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

/** Kinds of object a form can name; a form naming one of the citizen's gets the same kind of another owner's. */
export type ObjectKind =
	| 'dream'
	| 'deletedDream'
	| 'goal'
	| 'step'
	| 'meeting'
	| 'topic'
	| 'visit'
	| 'wish'
	| 'suggestion'
	| 'deletionRequest'
	| 'guide'
	| 'passkey'
	| 'session'
	| 'worker'
	| 'questionSet'
	| 'question';
/** Who owns the foreign object: another citizen of the unit, a citizen of another unit (or that unit). */
export type ForeignOwner = 'otherCitizen' | 'otherUnitCitizen';
/** One of the scene's own ids, and the ids of the same kind of object that belong to someone else. */
export type OwnedId = { kind: ObjectKind; own: string; foreign: Partial<Record<ForeignOwner, string>> };
/** Unit-wide kinds: another citizen of the same unit shares them, so only another unit's count as foreign. */
export const unitKinds: readonly ObjectKind[] = ['worker', 'questionSet', 'question'];
/** A person's own kinds (a passkey, a session): anyone else's is foreign, whatever their unit. */
export const personKinds: readonly ObjectKind[] = ['passkey', 'session'];

const randomName = (prefix: string) => `${prefix}${Math.random().toString(36).slice(2, 10)}`;

/**
 * One citizen's objects of every kind a form can name: a dream and a deleted dream, a goal with a
 * step, a meeting with a topic, a visit, an open kontaktperson wish, an open suggestion, a
 * deletion request, a passkey and a second session.
 */
async function citizenObjects(c: { id: string; userId: string; unitId: string; name: string }, workerId: string, dreamText: string, dreamVisibility: 'me' | 'team') {
	const { db } = await import('../src/lib/server/db/index.ts');
	const schema = await import('../src/lib/server/db/schema/index.ts');
	const { eq } = await import('drizzle-orm');
	const { createDream, changeDreamState } = await import('../src/lib/server/dreams.ts');
	const { createGoal, addStep } = await import('../src/lib/server/plan.ts');
	const { scheduleMeeting, addMeetingNote } = await import('../src/lib/server/meetings/meetings.ts');
	const { markVisitDone } = await import('../src/lib/server/ratings/ratings.ts');
	const { createWish } = await import('../src/lib/server/contact-person/wishes.ts');
	const { requestDeletion, listDeletionRequests } = await import('../src/lib/server/my-data.ts');
	const { newId } = await import('../src/lib/server/random.ts');
	const { randomBytes } = await import('node:crypto');

	const self = { id: c.userId, role: 'citizen' as const, displayName: c.name, unitId: c.unitId, unitName: null };
	const staff = { id: workerId, role: 'worker' as const, displayName: 'x', unitId: c.unitId, unitName: null };
	const [row] = await db.select().from(schema.citizen).where(eq(schema.citizen.id, c.id));
	const dream = await createDream(c.id, self, true, { text: dreamText, lifeArea: 'home', visibility: dreamVisibility, talkAtNextMeeting: false }, null);
	const gone = await createDream(c.id, self, true, { text: 'En slettet drøm', lifeArea: 'work', visibility: 'team', talkAtNextMeeting: false }, null);
	if (dream.status !== 'saved' || gone.status !== 'saved') throw new Error('dream not saved');
	await changeDreamState(c.id, gone.dream.id, c.userId, 'delete');
	const goal = await createGoal(c.id, self, true, 'Et mål', []);
	if (goal.status !== 'created') throw new Error('the goal was not created');
	await addStep(c.id, goal.id, self, true, 'Et skridt', 'me');
	const [step] = await db.select().from(schema.goalStep).where(eq(schema.goalStep.goalId, goal.id));
	const meetingId = await scheduleMeeting(staff, row!, { type: 'plan', startsAt: new Date(Date.now() + 86_400_000), place: 'Hjemme', participantIds: [] });
	await addMeetingNote(self, row!, meetingId, 'topic', 'Et emne', null);
	const [topic] = await db.select().from(schema.meetingNote).where(eq(schema.meetingNote.meetingId, meetingId));
	const visitId = await markVisitDone(staff, c.id);
	const wish = await createWish(row!, { kind: 'one', members: [{ role: 'contact', workerId, isMain: true }], reason: '', helperId: null });
	if (wish.status !== 'created') throw new Error(`wish ${wish.status}`);
	const suggestionId = newId();
	await db.insert(schema.contactSuggestion).values({ id: suggestionId, citizenId: c.id, fromWorkerId: workerId, suggestedWorkerId: workerId, text: 'Prøv John', createdAt: new Date() });
	await requestDeletion(c.id, 'Slet mine data');
	const [deletion] = await listDeletionRequests(c.id);
	const passkeyId = newId();
	await db.insert(schema.credential).values({ id: passkeyId, userId: c.userId, kind: 'passkey', passkeyId: randomBytes(16), publicKey: randomBytes(32), signCount: 0, name: 'Telefon', createdAt: new Date() });
	const { token } = await createSession(c.userId, 'matrix second device');
	return {
		dream: dream.dream.id,
		deletedDream: gone.dream.id,
		goal: goal.id,
		step: step!.id,
		meeting: meetingId,
		topic: topic!.id,
		visit: visitId,
		wish: wish.wishId,
		suggestion: suggestionId,
		deletionRequest: deletion!.id,
		passkey: passkeyId,
		session: token.split('.')[0]!
	} satisfies Partial<Record<ObjectKind, string>>;
}

/**
 * A unit with the test citizen and one person of each kind, each with a live session. With
 * `foreign`, another citizen of the unit and a citizen of another unit get objects of every kind
 * the forms name too, and `owned` pairs each of the citizen's ids with theirs (for the form-body part).
 */
export async function scene(options: { foreign?: boolean } = {}) {
	const unit = await createUnit();
	const otherUnit = await createUnit();
	const name = `Matrix Borger ${Math.random().toString(36).slice(2, 8)}`;
	const citizen = await createCitizen(unit.id, { name, canLogIn: true });
	const otherCitizen = await createCitizen(unit.id, { canLogIn: true });
	const otherUnitCitizen = await createCitizen(otherUnit.id, { canLogIn: true });
	const assignedWorker = await createWorker(unit.id);
	await assignWorker(citizen.id, assignedWorker.id);
	const otherWorker = await createWorker(unit.id);
	await assignWorker(otherCitizen.id, otherWorker.id);
	// Workers whose assignment to the citizen ended yesterday, or starts tomorrow: not today's.
	const endedWorker = await createWorker(unit.id);
	await assignWorker(citizen.id, endedWorker.id, { role: 'member', fromDate: addDays(todayIso(), -30), toDate: addDays(todayIso(), -1) });
	const futureWorker = await createWorker(unit.id);
	await assignWorker(citizen.id, futureWorker.id, { role: 'member', fromDate: addDays(todayIso(), 1) });
	const leader = await createUser('leader', { unitId: unit.id });
	const otherLeader = await createUser('leader', { unitId: otherUnit.id });

	// Helpers join with an account made by the factory (the password hash is made once per run).
	const helperOf = async (citizenId: string, areas: string[], kind: 'relative' | 'guide', settings: { endsOn?: string | null; canWriteInput?: boolean } = {}) => {
		const { grantId, token } = await inviteHelper(citizenId, { kind, name: `${kind} ${areas.join()}`, areas, canWriteInput: settings.canWriteInput ?? false, endsOn: settings.endsOn ?? null });
		const person = await createUser(kind, { name: `Helper ${randomName('')}` });
		const result = await acceptHelperInvitation(token, { existing: { id: person.id, role: kind, displayName: person.displayName, unitId: null, unitName: null } });
		if (result.status !== 'accepted') throw new Error(result.status);
		return { grantId, userId: person.id };
	};
	const helperFor = (areas: string[], kind: 'relative' | 'guide', settings: { endsOn?: string | null; canWriteInput?: boolean } = {}) => helperOf(citizen.id, areas, kind, settings);
	const relativeWithArea = await helperFor(['dreams'], 'relative');
	const relativeWithoutArea = await helperFor(['plan', 'ratings', 'meetings'], 'relative');
	const removedRelative = await helperFor(['dreams'], 'relative');
	await revokeGrant(citizen.id, removedRelative.grantId);
	const expiredGuide = await helperFor(['dreams'], 'guide', { endsOn: addDays(todayIso(), 5) });
	const activeGuide = await helperFor(['dreams'], 'guide', { endsOn: addDays(todayIso(), 30) });
	const writingRelative = await helperFor(['meetings'], 'relative', { canWriteInput: true });
	// The guide's last day has passed (set in the database: the form refuses past dates).
	const { db } = await import('../src/lib/server/db/index.ts');
	const { grant } = await import('../src/lib/server/db/schema/index.ts');
	const { eq } = await import('drizzle-orm');
	await db.update(grant).set({ endsOn: addDays(todayIso(), -1) }).where(eq(grant.id, expiredGuide.grantId));
	// A dream only the citizen may see: its words must never reach anyone else.
	const secret = `Hemmelig drøm ${Math.random().toString(36).slice(2, 10)}`;
	const own = await citizenObjects({ ...citizen, unitId: unit.id, name }, assignedWorker.id, secret, 'me');
	// A dream the active guide wrote with the citizen, not yet confirmed.
	const { createDream } = await import('../src/lib/server/dreams.ts');
	const guideUser = { id: activeGuide.userId, role: 'guide' as const, displayName: 'Guide', unitId: null, unitName: null };
	const guideDream = await createDream(citizen.id, guideUser, false, { text: 'En drøm skrevet med guiden', lifeArea: 'home', visibility: 'team', talkAtNextMeeting: false }, null);
	if (guideDream.status !== 'saved') throw new Error('guide dream not saved');
	const { token: invitationToken } = await inviteHelper(citizen.id, { kind: 'relative', name: 'Ny', areas: ['dreams'], canWriteInput: false, endsOn: null });

	// Actions that name an object in the form get the citizen's unit's question set and question.
	const { activeQuestionSet } = await import('../src/lib/server/ratings/question-sets.ts');
	const { set, questions } = await activeQuestionSet(unit.id);
	// A photo of the citizen's worker.
	const { workerPhoto } = await import('../src/lib/server/db/schema/index.ts');
	await db.insert(workerPhoto).values({ userId: assignedWorker.id, webp: Buffer.from('RIFF'), alt: 'Foto', updatedAt: new Date() });
	const today = todayIso();
	// The forms the actions are sent with. Every id in them is the citizen's (or their unit's).
	const forms: Record<string, Record<string, string>> = {
		'POST /staff/workers?/deactivate': { staffId: otherWorker.id },
		'POST /me/meetings/[meetingId]?/topic': { text: 'Et emne til mødet' },
		'POST /me/meetings/[meetingId]?/brings': { citizenBrings: 'Min søster' },
		'POST /staff/citizens/[citizenId]/meetings/[meetingId]?/markRead': { itemKey: `topic:${own.topic}` },
		'POST /me/contact-person?/withdraw': { wishId: own.wish },
		'POST /me/contact-person?/ignoreSuggestion': { suggestionId: own.suggestion },
		'POST /me/contact-person/choose': { kind: 'one', workerId: assignedWorker.id, reason: 'Vi taler godt sammen', helperId: activeGuide.userId },
		'POST /me/collaboration/new': { setId: set.id, [`q-${questions[0]!.id}`]: 'good', comment: 'Godt', visitId: own.visit },
		'POST /me/dreams?/restore': { dreamId: own.deletedDream },
		'POST /me/plan?/stepDone': { stepId: own.step },
		'POST /me/plan/new': { text: 'Et nyt mål', dreamIds: own.dream },
		'POST /me/plan/[goalId]?/update': { text: 'Et mål', dreamIds: own.dream, progress: 'started' },
		'POST /helper/[citizenId]/dreams': { text: 'En drøm fra guiden', lifeArea: 'home', visibility: 'team' },
		'POST /helper/[citizenId]/meetings?/input': { meetingId: own.meeting, text: 'Et input' },
		'POST /staff/citizens/[citizenId]/meetings/new': { type: 'plan', date: today, time: '10:00', place: 'Hjemme', participants: assignedWorker.id },
		'POST /staff/citizens/new': { name: 'Ny Borger', hoursBand: '1-5', legalBasis: 'sel85', startDate: today, temporaryWorkerId: assignedWorker.id },
		'POST /staff/wishes?/approve': { wishId: own.wish, startDate: today },
		'POST /staff/wishes?/decline': { wishId: own.wish, reason: 'no_room', instead: 'Tal med os.' },
		'POST /staff/deletion-requests?/answer': { requestId: own.deletionRequest, status: 'declined', answer: 'Nej' },
		'POST /staff/question-sets?/activate': { setId: set.id },
		'POST /staff/question-sets?/move': { questionId: questions[1]!.id, direction: 'up' },
		'POST /staff/question-sets?/retire': { questionId: questions[0]!.id },
		'POST /account/passkeys?/remove': { passkeyId: own.passkey },
		'POST /account/sessions?/end': { sessionId: own.session }
	};

	const userIds: Record<Who, string | null> = {
		citizen: citizen.userId,
		otherCitizen: otherCitizen.userId,
		otherUnitCitizen: otherUnitCitizen.userId,
		relativeWithArea: relativeWithArea.userId,
		relativeWithoutArea: relativeWithoutArea.userId,
		removedRelative: removedRelative.userId,
		expiredGuide: expiredGuide.userId,
		activeGuide: activeGuide.userId,
		writingRelative: writingRelative.userId,
		assignedWorker: assignedWorker.id,
		otherWorker: otherWorker.id,
		endedWorker: endedWorker.id,
		futureWorker: futureWorker.id,
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
		'[dreamId]': own.dream,
		'[token]': invitationToken,
		'[[code]]': 'ACDEFHJKMNPR',
		'[area=comingSoon]': 'network',
		'[goalId]': own.goal,
		'[area=grantable]': 'dreams',
		'[workerId]': assignedWorker.id,
		'[meetingId]': own.meeting
	};
	// `userIds` and `ids` let other suites start fresh sessions and build on the scene.
	const ids = { unitId: unit.id, otherUnitId: otherUnit.id, citizenId: citizen.id, otherWorkerId: otherWorker.id, wishId: own.wish, topicId: own.topic, guideDreamId: guideDream.dream.id };

	// The same kinds of object, owned by another citizen of the unit and by a citizen of another unit.
	const owned: OwnedId[] = [];
	const foreignRoots: string[] = [];
	if (options.foreign) {
		const otherUnitWorker = await createWorker(otherUnit.id);
		await assignWorker(otherUnitCitizen.id, otherUnitWorker.id);
		const ownerOf: Record<ForeignOwner, { id: string; userId: string; unitId: string; workerId: string }> = {
			otherCitizen: { ...otherCitizen, unitId: unit.id, workerId: otherWorker.id },
			otherUnitCitizen: { ...otherUnitCitizen, unitId: otherUnit.id, workerId: otherUnitWorker.id }
		};
		const theirs = {} as Record<ForeignOwner, Record<string, string>>;
		for (const [owner, c] of Object.entries(ownerOf) as [ForeignOwner, (typeof ownerOf)[ForeignOwner]][]) {
			const objects = await citizenObjects({ ...c, name: owner }, c.workerId, `Drøm for ${owner}`, 'team');
			const guide = await helperOf(c.id, ['dreams'], 'guide', { endsOn: addDays(today, 30) });
			theirs[owner] = { ...objects, guide: guide.userId };
			foreignRoots.push(c.id, c.userId);
		}
		const otherSet = await activeQuestionSet(otherUnit.id);
		foreignRoots.push(otherUnit.id, otherUnitWorker.id);
		const citizenKinds = Object.keys(own) as (keyof typeof own)[];
		for (const kind of citizenKinds) owned.push({ kind, own: own[kind], foreign: { otherCitizen: theirs.otherCitizen[kind], otherUnitCitizen: theirs.otherUnitCitizen[kind] } });
		owned.push({ kind: 'guide', own: activeGuide.userId, foreign: { otherCitizen: theirs.otherCitizen.guide, otherUnitCitizen: theirs.otherUnitCitizen.guide } });
		for (const workerId of [assignedWorker.id, otherWorker.id]) owned.push({ kind: 'worker', own: workerId, foreign: { otherUnitCitizen: otherUnitWorker.id } });
		owned.push({ kind: 'questionSet', own: set.id, foreign: { otherUnitCitizen: otherSet.set.id } });
		questions.forEach((q, i) => owned.push({ kind: 'question', own: q.id, foreign: { otherUnitCitizen: otherSet.questions[i % otherSet.questions.length]!.id } }));
	}
	return { name, secret, cookies, params, forms, userIds, ids, owned, foreignRoots };
}
