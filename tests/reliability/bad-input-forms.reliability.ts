// Every form action and POST endpoint over HTTP, as a person allowed to call it, with hostile
// bodies made by fast-check: random and hostile strings in every field the action reads and in
// extra fields, unicode edge cases, missing and repeated fields, wrong types, raw bytes, and bodies
// that are too big or broken. Never a 5xx; a refusal (4xx) is a clear answer and writes nothing.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import fc from 'fast-check';
import { discoverRoutes, expected, scene, type Who } from '../route-scene.ts';
import { assignWorker, createSession, createWorker } from '../../src/lib/server/testing/factories.ts';
import { acceptHelperInvitation, inviteHelper } from '../../src/lib/server/access/grants.ts';
import { activeQuestionSet } from '../../src/lib/server/ratings/question-sets.ts';
import { requestDeletion, listDeletionRequests } from '../../src/lib/server/my-data.ts';
import { todayIso } from '../../src/lib/server/time.ts';
import { dreamVisibilities, lifeAreas } from '../../src/lib/dream-options.ts';
import { declineReasons } from '../../src/lib/wish-options.ts';
import { meetingTypes } from '../../src/lib/meeting-options.ts';
import { hoursBands, legalBases } from '../../src/lib/citizen-options.ts';
import { progressSteps, stepOwners } from '../../src/lib/plan-options.ts';
import { faceValues, skipAnswer } from '../../src/lib/rating-scale.ts';
import { grantableAreas } from '../../src/lib/areas.ts';
import {
	changedTables,
	describe,
	edgeCases,
	excludedTables,
	filePart,
	fingerprint,
	hostileName,
	hostileString,
	multipart,
	oddBodies,
	postBody,
	rawBytes,
	urlencoded,
	watchWrites,
	wrongType,
	type Body,
	type Field,
	type FieldValue
} from './hostile.ts';

const runsPerAction = Number(process.env.FORM_RUNS ?? 16);
/** A failure names its seed; FORM_SEED=<seed> makes the same bodies again. */
const seed = Number(process.env.FORM_SEED ?? Date.now() % 2 ** 31);

type Kind =
	| { text: number }
	| 'id'
	| 'date'
	| 'time'
	| 'number'
	| 'yes'
	| { choice: readonly string[] }
	| { list: 'id' | readonly string[] }
	| 'file';

/**
 * The fields each POST route reads (from its +page.server.ts / +server.ts), and what each holds.
 * `{}` = the action reads no field. `json` = an endpoint that reads a JSON body.
 */
const routeFields: Record<string, Record<string, Kind> | 'json'> = {
	'POST /login': { loginName: { text: 100 }, password: { text: 1000 }, next: { text: 200 } },
	'POST /login/passkey/options': {},
	'POST /login/passkey/verify': 'json',
	'POST /activate/[[code]]?/check': { code: { text: 40 } },
	'POST /activate/[[code]]?/activate': { code: { text: 40 }, loginName: { text: 40 }, password: { text: 200 } },
	'POST /invite/[token]?/create': { displayName: { text: 80 }, loginName: { text: 40 }, password: { text: 200 } },
	'POST /invite/[token]?/join': {},
	'POST /logout': {},
	'POST /account/sessions?/end': { sessionId: 'id' },
	'POST /account/sessions?/endAll': {},
	'POST /account/password': { currentPassword: { text: 1000 }, password: { text: 200 } },
	'POST /account/passkeys?/remove': { passkeyId: 'id' },
	'POST /account/passkeys/options': {},
	'POST /account/passkeys/register': 'json',
	'POST /me?/dismissRatingPrompt': {},
	'POST /me?/resetNoticeSeen': {},
	'POST /me/meetings/[meetingId]?/topic': { text: { text: 1000 }, clientId: 'id' },
	'POST /me/meetings/[meetingId]?/remember': { text: { text: 1000 }, clientId: 'id' },
	'POST /me/meetings/[meetingId]?/brings': { citizenBrings: { text: 300 } },
	'POST /me/contact-person?/withdraw': { wishId: 'id' },
	'POST /me/contact-person?/ignoreSuggestion': { suggestionId: 'id' },
	'POST /me/contact-person/choose': {
		kind: { choice: ['one', 'team'] },
		workerId: 'id',
		practical: 'id',
		personal: 'id',
		plan: 'id',
		member: 'id',
		main: { choice: ['practical', 'personal', 'plan'] },
		reason: { text: 1000 },
		reasonPrivate: 'yes',
		helperId: 'id',
		// A team is chosen in two steps; the second sends step=details.
		step: { choice: ['details'] }
	},
	'POST /me/collaboration/new': { setId: 'id', q0: { choice: [...faceValues, skipAnswer] }, q1: { choice: [...faceValues, skipAnswer] }, comment: { text: 1000 }, visitId: 'id', clientId: 'id' },
	'POST /me/data?/requestDeletion': { message: { text: 1000 } },
	'POST /me/helpers/new': { name: { text: 80 }, kind: { choice: ['relative', 'guide'] }, areas: { list: grantableAreas }, canWriteInput: 'yes', endsOn: 'date' },
	'POST /me/helpers/[grantId]?/update': { areas: { list: grantableAreas }, canWriteInput: 'yes', endsOn: 'date' },
	'POST /me/helpers/[grantId]?/renew': {},
	'POST /me/helpers/[grantId]?/accept': { areas: { list: grantableAreas }, canWriteInput: 'yes', endsOn: 'date' },
	'POST /me/helpers/[grantId]?/remove': {},
	'POST /me/dreams?/restore': { dreamId: 'id' },
	'POST /me/dreams/new': { text: { text: 1000 }, lifeArea: { choice: lifeAreas }, visibility: { choice: dreamVisibilities }, talkAtNextMeeting: 'yes', clientId: 'id' },
	'POST /me/dreams/[dreamId]?/update': { text: { text: 1000 }, lifeArea: { choice: lifeAreas }, visibility: { choice: dreamVisibilities }, talkAtNextMeeting: 'yes', clientId: 'id' },
	'POST /me/dreams/[dreamId]?/confirm': {},
	'POST /me/dreams/[dreamId]?/delete': {},
	'POST /me/plan?/planDate': { planDate: 'date' },
	'POST /me/plan?/stepDone': { stepId: 'id' },
	'POST /me/plan/new': { text: { text: 500 }, dreamIds: { list: 'id' }, clientId: 'id' },
	'POST /me/plan/[goalId]?/update': { text: { text: 500 }, dreamIds: { list: 'id' }, progress: { choice: progressSteps }, clientId: 'id' },
	'POST /me/plan/[goalId]?/addStep': { stepText: { text: 500 }, owner: { choice: stepOwners } },
	'POST /me/plan/[goalId]?/delete': {},
	'POST /helper/[citizenId]/meetings?/input': { meetingId: 'id', text: { text: 1000 }, clientId: 'id' },
	'POST /helper/[citizenId]/dreams': { text: { text: 1000 }, lifeArea: { choice: lifeAreas }, visibility: { choice: dreamVisibilities }, talkAtNextMeeting: 'yes', clientId: 'id' },
	'POST /staff/citizens/[citizenId]?/activationCode': {},
	'POST /staff/citizens/[citizenId]/reset-access': {},
	'POST /staff/citizens/[citizenId]?/suggestGuide': { name: { text: 80 } },
	'POST /staff/citizens/[citizenId]?/visitDone': {},
	'POST /staff/citizens/[citizenId]?/suggestContact': { suggestedWorkerId: 'id', text: { text: 300 } },
	'POST /staff/citizens/[citizenId]?/endSupport': { endDate: 'date' },
	'POST /staff/citizens/new': { name: { text: 80 }, hoursBand: { choice: hoursBands }, legalBasis: { choice: legalBases }, startDate: 'date', temporaryWorkerId: 'id' },
	'POST /staff/workers?/create': { name: { text: 80 }, role: { choice: ['worker', 'leader'] } },
	'POST /staff/workers?/deactivate': { staffId: 'id' },
	'POST /staff/settings': {
		choicePeriodDays: 'number',
		wishAnswerDays: 'number',
		accessLogRetentionMonths: 'number',
		contactPhone: { text: 40 },
		openingHoursDa: { text: 500 },
		openingHoursEn: { text: 500 },
		outOfHoursDa: { text: 500 },
		outOfHoursEn: { text: 500 }
	},
	'POST /staff/citizens/[citizenId]/meetings/new': { type: { choice: meetingTypes }, date: 'date', time: 'time', place: { text: 200 }, participants: { list: 'id' } },
	'POST /staff/citizens/[citizenId]/meetings/[meetingId]?/markRead': { itemKey: 'id' },
	'POST /staff/citizens/[citizenId]/meetings/[meetingId]?/summary': { summary: { text: 3000 }, agreements: { text: 3000 } },
	'POST /staff/wishes?/approve': { wishId: 'id', startDate: 'date', confirmOverCapacity: 'yes' },
	'POST /staff/wishes?/decline': { wishId: 'id', reason: { choice: declineReasons }, text: { text: 1000 }, instead: { text: 1000 } },
	'POST /staff/workers/[workerId]?/profile': {
		goodAt: { text: 300 },
		interests: { text: 300 },
		languages: { text: 300 },
		workDays: { text: 300 },
		background: { text: 300 },
		capacity: 'number'
	},
	'POST /staff/workers/[workerId]?/photo': { photo: 'file', alt: { text: 200 } },
	'POST /staff/workers/[workerId]?/removePhoto': {},
	'POST /staff/question-sets?/addSet': { name: { text: 80 }, questionsDa: { text: 3000 }, questionsEn: { text: 3000 } },
	'POST /staff/question-sets?/activate': { setId: 'id' },
	'POST /staff/question-sets?/move': { questionId: 'id', direction: { choice: ['up', 'down'] } },
	'POST /staff/question-sets?/retire': { questionId: 'id' },
	'POST /staff/deletion-requests?/answer': { requestId: 'id', status: { choice: ['completed', 'declined'] }, answer: { text: 1000 } }
};

type Scene = Awaited<ReturnType<typeof richScene>>;
type Caller = Who | 'writingRelative' | 'writingGuide' | 'temporaryWorker';

/** Actions nobody in the matrix's scene may call: the scene gets the one person who may. */
const extraCallers: Record<string, Caller> = {
	'POST /helper/[citizenId]/meetings?/input': 'writingRelative',
	'POST /helper/[citizenId]/dreams': 'writingGuide',
	'POST /staff/citizens/[citizenId]?/suggestContact': 'temporaryWorker',
	// The scene's citizen has activated, so a code on screen is refused (404) whatever the body.
	'POST /staff/citizens/[citizenId]?/activationCode': 'assignedWorker',
	// Joining needs a relative (the invitation is for a relative).
	'POST /invite/[token]?/join': 'relativeWithoutArea'
};
const preference: readonly Who[] = ['nobody', 'citizen', 'assignedWorker', 'leader', 'relativeWithoutArea', 'relativeWithArea'];

function callerOf(route: string): Caller {
	if (extraCallers[route]) return extraCallers[route];
	const allowed = expected[route] ?? [];
	const who = preference.find((p) => allowed.includes(p));
	if (!who) throw new Error(`nobody may call ${route}`);
	return who;
}

/** The matrix's scene plus a guide and a relative who may write, a temporary kontaktperson and a deletion request. */
async function richScene() {
	const base = await scene();
	const { citizenId, unitId } = base.ids;
	const helper = async (kind: 'relative' | 'guide', areas: string[], canWriteInput: boolean) => {
		const { token } = await inviteHelper(citizenId, { kind, name: kind, areas, canWriteInput, endsOn: null });
		const result = await acceptHelperInvitation(token, {
			newAccount: { displayName: `Skriver ${kind}`, loginName: `w${Math.random().toString(36).slice(2, 12)}`, password: 'a long password' }
		});
		if (result.status !== 'accepted') throw new Error(result.status);
		return result.userId;
	};
	const temporaryWorker = await createWorker(unitId);
	await assignWorker(citizenId, temporaryWorker.id, { isTemporary: true });
	const userIds: Record<Caller, string | null> = {
		...base.userIds,
		writingRelative: await helper('relative', ['meetings'], true),
		writingGuide: await helper('guide', ['dreams'], false),
		temporaryWorker: temporaryWorker.id
	};
	await requestDeletion(citizenId, 'Slet alt');
	const [deletion] = await listDeletionRequests(citizenId);
	const { set, questions } = await activeQuestionSet(unitId);
	return { ...base, userIds, deletionId: deletion!.id, setId: set.id, questionIds: questions.map((q) => q.id) };
}

/** A form that would be taken, for each route: hostile values are mixed into it field by field. */
function goodForm(route: string, s: Scene): Record<string, string | string[]> {
	const today = todayIso();
	const forms: Record<string, Record<string, string | string[]>> = {
		'POST /me/contact-person/choose': { kind: 'one', workerId: s.params['[workerId]']!, reason: 'Vi taler godt sammen' },
		'POST /me/collaboration/new': { setId: s.setId, comment: 'Godt', [`q-${s.questionIds[0]}`]: faceValues[0]! },
		'POST /me/dreams/new': { text: 'En drøm', lifeArea: 'home', visibility: 'team' },
		'POST /me/dreams/[dreamId]?/update': { text: 'En drøm', lifeArea: 'home', visibility: 'me' },
		'POST /helper/[citizenId]/dreams': { text: 'En drøm', lifeArea: 'home', visibility: 'team' },
		'POST /helper/[citizenId]/meetings?/input': { meetingId: s.params['[meetingId]']!, text: 'Et input' },
		'POST /me/helpers/new': { name: 'Søster', kind: 'relative', areas: ['dreams'], endsOn: '' },
		'POST /me/helpers/[grantId]?/update': { areas: ['plan'], endsOn: '' },
		'POST /me/helpers/[grantId]?/accept': { areas: ['plan'], endsOn: '' },
		'POST /me/plan?/planDate': { planDate: today },
		'POST /me/plan/new': { text: 'Et mål', dreamIds: [s.params['[dreamId]']!] },
		'POST /me/plan/[goalId]?/update': { text: 'Et mål', progress: 'started' },
		'POST /me/plan/[goalId]?/addStep': { stepText: 'Et skridt', owner: 'me' },
		'POST /staff/citizens/[citizenId]?/suggestGuide': { name: 'Gitte Guide' },
		'POST /staff/citizens/[citizenId]?/suggestContact': { suggestedWorkerId: s.params['[workerId]']!, text: 'Prøv John' },
		'POST /staff/citizens/[citizenId]?/endSupport': { endDate: today },
		'POST /staff/citizens/new': { name: 'Ny Borger', hoursBand: '1-5', legalBasis: 'sel85', startDate: today, temporaryWorkerId: s.params['[workerId]']! },
		'POST /staff/workers?/create': { name: 'Ny Medarbejder', role: 'worker' },
		'POST /staff/settings': { choicePeriodDays: '91', wishAnswerDays: '14', accessLogRetentionMonths: '24', contactPhone: '12345678', openingHoursDa: 'Altid', openingHoursEn: 'Always', outOfHoursDa: 'Ring 112', outOfHoursEn: 'Call 112' },
		'POST /staff/citizens/[citizenId]/meetings/new': { type: 'plan', date: today, time: '10:00', place: 'Hjemme', participants: [s.params['[workerId]']!] },
		'POST /staff/citizens/[citizenId]/meetings/[meetingId]?/summary': { summary: 'Vi talte', agreements: 'Et\nTo' },
		'POST /staff/workers/[workerId]?/profile': { goodAt: 'Madlavning', capacity: '10' },
		'POST /staff/workers/[workerId]?/photo': { alt: 'Foto' },
		'POST /staff/question-sets?/addSet': { name: 'Sæt', questionsDa: 'Hvordan går det?' },
		'POST /staff/deletion-requests?/answer': { requestId: s.deletionId, status: 'declined', answer: 'Nej' },
		'POST /login': { loginName: 'nobody-here', password: 'wrong password' },
		'POST /activate/[[code]]?/check': { code: 'ACDE-FHJK-MNPR' },
		'POST /activate/[[code]]?/activate': { code: 'ACDE-FHJK-MNPR', loginName: 'ny.person', password: 'a long password' },
		'POST /invite/[token]?/create': { displayName: 'Ny', loginName: `n${Math.random().toString(36).slice(2, 10)}`, password: 'a long password' },
		'POST /account/password': { currentPassword: 'correct horse battery', password: 'a new long password' }
	};
	return { ...s.forms[route], ...forms[route] };
}

/** The field names an action reads; the rating form's q0/q1 stand for the unit's first two questions. */
function fieldNames(route: string, s: Scene): Record<string, Kind> {
	const fields = routeFields[route];
	if (!fields || fields === 'json') return {};
	return Object.fromEntries(
		Object.entries(fields).map(([name, kind]) => [/^q\d$/.test(name) ? `q-${s.questionIds[Number(name.slice(1))] ?? 'x'}` : name, kind])
	);
}

const badDates = fc.constantFrom('2026-02-30', '0000-00-00', '9999-99-99', '2026-13-45', '1900-01-01', '2999-12-31', '275760-09-13', '-001-01-01', ' 2026-01-01', '2026-01-01T00:00');
const badTimes = fc.constantFrom('24:00', '23:60', '99:99', '7:00', '07:00:00', '-1:00', '12:00 PM');

/** A value for one field: well-formed, hostile, or of the wrong type, in proportion. */
function valueFor(kind: Kind, good: string | undefined, ids: readonly string[]): fc.Arbitrary<FieldValue> {
	const keep = fc.constant(good ?? '');
	const known = fc.constantFrom(...ids);
	const common = [hostileString, rawBytes, fc.constantFrom(...edgeCases)] as fc.Arbitrary<FieldValue>[];
	if (kind === 'file') return fc.oneof(filePart, filePart, ...common);
	if (kind === 'id') return fc.oneof(keep, known, wrongType, ...common);
	if (kind === 'date') return fc.oneof(keep, badDates, wrongType, ...common);
	if (kind === 'time') return fc.oneof(keep, badTimes, wrongType, ...common);
	if (kind === 'number') return fc.oneof(keep, wrongType, fc.constantFrom('-1', '0', '366', '999', '1e3', '0x1F', '٣'), ...common);
	if (kind === 'yes') return fc.oneof(fc.constant('yes'), ...common);
	if (typeof kind === 'object' && 'choice' in kind) return fc.oneof(fc.constantFrom(...kind.choice), fc.constantFrom(...kind.choice).map((c) => c.toUpperCase()), ...common);
	if (typeof kind === 'object' && 'list' in kind) return kind.list === 'id' ? fc.oneof(known, wrongType, ...common) : fc.oneof(fc.constantFrom(...kind.list), ...common);
	const max = kind.text;
	// Just over the limit, and far over it.
	const tooLong = fc.constantFrom(max + 1, max * 3).map((n) => 'ø'.repeat(n));
	return fc.oneof(keep, tooLong, ...common);
}

/** A hostile form: every field the action reads missing, once or repeated; extra fields; urlencoded or multipart. */
function hostileFields(fields: Record<string, Kind>, good: Record<string, string | string[]>, ids: readonly string[]): fc.Arbitrary<{ fields: Field[]; encoding: 'urlencoded' | 'multipart' }> {
	const perField = Object.entries(fields).map(([name, kind]) => {
		const goodValue = good[name];
		const first = Array.isArray(goodValue) ? goodValue[0] : goodValue;
		const count = typeof kind === 'object' && 'list' in kind ? fc.integer({ min: 0, max: 8 }) : fc.oneof(fc.constant(1), fc.constant(1), fc.integer({ min: 0, max: 4 }));
		return count.chain((n) => fc.array(valueFor(kind, first, ids), { minLength: n, maxLength: n })).map((values) => values.map((value) => [name, value] as const));
	});
	const extras = fc.array(fc.tuple(hostileName, fc.oneof(hostileString, filePart as fc.Arbitrary<FieldValue>)), { maxLength: 3 });
	return fc.record({ perField: fc.tuple(...perField), extras, encoding: fc.constantFrom('urlencoded' as const, 'multipart' as const), shuffle: fc.boolean() }).map(({ perField: parts, extras: more, encoding, shuffle }) => {
		const all: Field[] = [...parts.flat(), ...more];
		return { fields: shuffle ? all.reverse() : all, encoding };
	});
}

/** JSON for the passkey endpoints: anything, or the right shape with hostile parts. */
const hostileJson = fc.oneof(
	fc.anything({ maxDepth: 3 }),
	fc.record({
		name: fc.oneof(hostileString, wrongType),
		next: fc.oneof(hostileString, fc.constant(null), fc.constantFrom('//evil.example', 'javascript:alert(1)', '/\\evil.example')),
		response: fc.record({
			id: fc.oneof(hostileString, fc.base64String()),
			rawId: fc.oneof(hostileString, fc.base64String()),
			type: fc.constantFrom('public-key', 'PUBLIC-KEY', ''),
			response: fc.dictionary(fc.constantFrom('clientDataJSON', 'attestationObject', 'authenticatorData', 'signature', 'userHandle', '__proto__'), fc.oneof(hostileString, fc.base64String()))
		})
	})
).map((value): Body => {
	let text: string;
	try {
		text = JSON.stringify(value) ?? 'null';
	} catch {
		text = '{"big":1}'; // BigInt in fc.anything
	}
	return { contentType: 'application/json', data: Buffer.from(text, 'utf8'), label: 'json' };
});

/** A page that refuses says so in words: a form error (role="alert"), an error page, or Kit's plain refusal. */
function isClearRefusal(status: number, body: string) {
	if (status === 413 || status === 415) return body.length > 0;
	if (/\bat [\w.<>]+ \(.*:\d+:\d+\)/.test(body)) return false; // a stack trace
	return body.includes('role="alert"') || /<h1[^>]*>/.test(body) || body.startsWith('{');
}

test('every POST route has a row of fields, and each row names the fields its file reads', () => {
	const posts = discoverRoutes().filter((r) => r.startsWith('POST '));
	expect(Object.keys(routeFields).sort()).toEqual(posts);
	// Each literal field name an action file reads with get('…') / getAll('…') / formId / idFrom must be in its rows.
	for (const route of posts) {
		const [, pathWithAction] = route.split(' ') as [string, string];
		const path = pathWithAction.split('?')[0]!;
		const file = locateSource(path);
		const source = readFileSync(file, 'utf8');
		const read = [...source.matchAll(/(?<!headers|searchParams)\.(?:get|getAll)\('([^']+)'\)|(?:formId|idFrom)\(request, '([^']+)'\)/g)].map((m) => m[1] ?? m[2]!);
		const rows = posts.filter((r) => r.split(' ')[1]!.split('?')[0] === path).flatMap((r) => (routeFields[r] === 'json' ? [] : Object.keys(routeFields[r] as object)));
		for (const name of read) expect(rows, `${file} reads ${name}`).toContain(name);
	}
});

/** The +page.server.ts or +server.ts of a path (route groups are skipped, as in the URL). */
function locateSource(path: string): string {
	const segments = path.split('/').filter(Boolean);
	const walk = (dir: string, rest: string[]): string | null => {
		const entries = readdirSyncSafe(dir);
		if (rest.length === 0) {
			for (const name of ['+page.server.ts', '+server.ts']) if (entries.includes(name)) return `${dir}/${name}`;
		}
		for (const entry of entries) {
			if (/^\(.*\)$/.test(entry)) {
				const found = walk(`${dir}/${entry}`, rest);
				if (found) return found;
			} else if (rest.length > 0 && entry === rest[0]) {
				const found = walk(`${dir}/${entry}`, rest.slice(1));
				if (found) return found;
			}
		}
		return null;
	};
	const found = walk('src/routes', segments);
	if (!found) throw new Error(`no source for ${path}`);
	return found;
}

function readdirSyncSafe(dir: string): string[] {
	try {
		return statSync(dir).isDirectory() ? readdirSync(dir) : [];
	} catch {
		return [];
	}
}

test('hostile bodies to every form action and POST endpoint: never a 5xx, a refusal writes nothing', async ({ playwright, baseURL }) => {
	test.setTimeout(360_000);
	const routes = discoverRoutes().filter((r) => r.startsWith('POST '));
	const failures: string[] = [];
	const statuses = new Map<number, number>();
	let inputs = 0;
	let refusals = 0;
	let call = 0;
	const started = Date.now();
	const stopWatching = await watchWrites();
	try {
		for (const route of routes) {
			// A fresh scene per action, as in the matrix: a taken action (removing a helper) cannot change the next one.
			const s = await richScene();
			const caller = callerOf(route);
			const [, pathWithAction] = route.split(' ') as [string, string];
			const path = Object.entries(s.params).reduce((p, [param, value]) => p.replace(param, value), pathWithAction);
			const fields = fieldNames(route, s);
			const good = goodForm(route, s);
			const ids = [...Object.values(s.params), ...Object.values(s.ids), s.deletionId, s.setId, ...s.questionIds, `topic:${s.ids.topicId}`];
			const bodies: Body[] = [];
			const arbitrary = routeFields[route] === 'json' ? hostileJson : hostileFields(fields, good, ids).map(({ fields: f, encoding }) => (encoding === 'urlencoded' ? urlencoded(f) : multipart(f)));
			bodies.push(...fc.sample(arbitrary, { numRuns: runsPerAction, seed: seed + routes.indexOf(route) }), ...oddBodies(Object.keys(fields)));
			const request = await playwright.request.newContext({ baseURL });
			const userId = s.userIds[caller];
			// Actions that end sessions get a fresh one per call, so later calls are not made by nobody.
			const endsSessions = /^POST \/(logout|account\/sessions)/.test(route);
			const sessionCookie = async () => (userId ? `__Host-session=${(await createSession(userId, 'bad-input')).token}` : null);
			const shared = await sessionCookie();
			let before = await fingerprint();
			for (const body of bodies) {
				const cookie = endsSessions ? await sessionCookie() : shared;
				if (endsSessions) before = await fingerprint();
				const headers: Record<string, string> = {
					origin: baseURL!,
					accept: 'text/html',
					'x-forwarded-for': `10.77.${call % 250}.${Math.floor(call / 250) + 1}`,
					...(cookie ? { cookie } : {})
				};
				call++;
				inputs++;
				let answer;
				try {
					answer = await postBody(request, path, body, headers);
				} catch (error) {
					failures.push(`${route} [${body.label}]: no answer (${String(error).split('\n')[0]}) for ${describe(body.data.subarray(0, 400).toString('utf8'))}`);
					continue;
				}
				statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
				const after = await fingerprint();
				const what = `${route} as ${caller} [${body.label}, ${body.data.length} bytes]`;
				const sample = describe(body.data.subarray(0, 600).toString('utf8'));
				if (answer.status >= 500) failures.push(`${what}: ${answer.status} for ${sample}`);
				if (answer.status >= 400 && answer.status < 500) {
					refusals++;
					const changed = changedTables(before, after);
					if (changed.length > 0) failures.push(`${what}: refused with ${answer.status} but wrote ${changed.join('; ')} for ${sample}`);
					if (!isClearRefusal(answer.status, answer.body)) failures.push(`${what}: ${answer.status} without an error in words: ${answer.body.slice(0, 200)}`);
				}
				before = after;
			}
			await request.dispose();
		}
	} finally {
		await stopWatching();
	}
	const seen = [...statuses.entries()].sort(([a], [b]) => a - b).map(([status, n]) => `${status}×${n}`).join(', ');
	const summary = `bad input over HTTP: ${routes.length} POST routes, ${inputs} inputs (${refusals} refused), statuses ${seen}, ${Math.round((Date.now() - started) / 1000)} s; tables left out of the fingerprint: ${Object.keys(excludedTables).join(', ')}`;
	test.info().annotations.push({ type: 'bad input', description: summary });
	console.log(summary);
	expect(failures, `FORM_SEED=${seed} makes these bodies again`).toEqual([]);
});
