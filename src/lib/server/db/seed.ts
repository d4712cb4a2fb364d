import { eq } from 'drizzle-orm';
import type { Database } from './client.js';
import {
	citizen,
	contactAssignment,
	contactSuggestion,
	contactWish,
	contactWishMember,
	credential,
	invitation,
	questionSet,
	rating,
	ratingAnswer,
	ratingQuestion,
	ratingSubject,
	unit,
	visit,
	user,
	workerProfile,
	type AssignmentRole,
	type HoursBand,
	type LegalBasis
} from './schema/index.js';
import { hashPassword } from '../auth/password.js';
import { INVITATION_LIFETIME, hashActivationCode } from '../auth/invitation.js';
import { newId } from '../random.js';
import { DAY, addDays, todayIso } from '../time.js';
import { defaultQuestions } from '../ratings/question-sets.js';
import { isFallingRating, isLowRating, meanScore } from '../ratings/rating-rules.js';

export const DEMO_UNIT_NAME = 'Støtte- og kontaktpersonsordningen';
export const DEMO_PASSWORD = 'samklang-demo';
/** Fixed so the README can list it; demo data only. It still expires 14 days after seeding. */
export const DEMO_ACTIVATION_CODE = 'FREDERAKTEMA';

type Person = { login: string; name: string };

const leader: Person = { login: 'leder', name: 'Hanne Krogh' };
const workers = [
	{ login: 'mette', name: 'Mette Holm', goodAt: 'At lytte. Struktur i hverdagen.', interests: 'Havearbejde, strik', languages: 'Dansk, engelsk', workDays: 'Mandag–torsdag', background: 'Socialpædagog', capacity: 12 },
	{ login: 'john', name: 'John Berg', goodAt: 'Økonomi og post. Gåture.', interests: 'Fodbold, fiskeri', languages: 'Dansk', workDays: 'Mandag–fredag', background: 'Social- og sundhedsassistent', capacity: 10 },
	{ login: 'amina', name: 'Amina Yusuf', goodAt: 'Kontakt til jobcenter og læge.', interests: 'Madlavning, musik', languages: 'Dansk, somali, engelsk', workDays: 'Tirsdag–fredag', background: 'Socialrådgiver', capacity: 10 },
	{ login: 'lars', name: 'Lars Nielsen', goodAt: 'Rusmidler. Ro på, når det er svært.', interests: 'Cykling, brætspil', languages: 'Dansk, engelsk', workDays: 'Mandag, onsdag, fredag', background: 'Misbrugsbehandler', capacity: 8 }
] as const;

/**
 * Demo ratings of the collaboration, oldest first: days ago and the four answers (0–10). Anna's
 * go well and she has just had a visit (Min side asks "Hvordan gik det?"); Bo's last one is low
 * and falling, so his case is flagged on the caseload.
 */
const demoRatings: Record<string, { daysAgo: number; scores: number[]; comment?: string }[]> = {
	anna: [
		{ daysAgo: 70, scores: [7.5, 5, 7.5, 7.5] },
		{ daysAgo: 40, scores: [7.5, 7.5, 7.5, 7.5], comment: 'Godt at vi fik ryddet op i posten.' },
		{ daysAgo: 12, scores: [10, 7.5, 10, 10] }
	],
	bo: [
		{ daysAgo: 45, scores: [7.5, 7.5, 5, 7.5] },
		{ daysAgo: 5, scores: [2.5, 5, 2.5, 2.5], comment: 'Jeg følte ikke, at der blev lyttet.' }
	]
};
const demoVisits: Record<string, number> = { anna: 1 };

type DemoCitizen = Person & {
	hoursBand: HoursBand;
	legalBasis: LegalBasis;
	startedDaysAgo: number;
	isActivated: boolean;
	supporters: { worker: string; role: AssignmentRole; isMain: boolean; isTemporary: boolean }[];
};

const citizens: DemoCitizen[] = [
	{ login: 'anna', name: 'Anna Jensen', hoursBand: '6-10', legalBasis: 'sel85', startedDaysAgo: 400, isActivated: true, supporters: [{ worker: 'mette', role: 'contact', isMain: true, isTemporary: false }] },
	// Bo's choice period (3 months) with his temporary kontaktperson has passed.
	{ login: 'bo', name: 'Bo Madsen', hoursBand: '1-5', legalBasis: 'sel99', startedDaysAgo: 120, isActivated: true, supporters: [{ worker: 'john', role: 'contact', isMain: true, isTemporary: true }] },
	{ login: 'camilla', name: 'Camilla Sørensen', hoursBand: '10-15', legalBasis: 'sel85', startedDaysAgo: 700, isActivated: true, supporters: [
		{ worker: 'amina', role: 'practical', isMain: true, isTemporary: false },
		{ worker: 'lars', role: 'personal', isMain: false, isTemporary: false },
		{ worker: 'mette', role: 'plan', isMain: false, isTemporary: false }
	] },
	{ login: 'david', name: 'David Olsen', hoursBand: '1-5', legalBasis: 'sel99', startedDaysAgo: 250, isActivated: true, supporters: [{ worker: 'lars', role: 'contact', isMain: true, isTemporary: false }] },
	{ login: 'emma', name: 'Emma Larsen', hoursBand: '6-10', legalBasis: 'sel85', startedDaysAgo: 20, isActivated: true, supporters: [{ worker: 'amina', role: 'contact', isMain: true, isTemporary: true }] },
	{ login: 'frederik', name: 'Frederik Holm', hoursBand: '1-5', legalBasis: 'sel99', startedDaysAgo: 3, isActivated: false, supporters: [{ worker: 'john', role: 'contact', isMain: true, isTemporary: true }] }
];

const relatives: Person[] = [
	{ login: 'karen', name: 'Karen Jensen' },
	{ login: 'per', name: 'Per Madsen' }
];

/** Adds the demo unit, staff, citizens and relatives, but only to a database without any unit. */
export async function seedDemoData(db: Database, now = Date.now()) {
	const [existing] = await db.select({ id: unit.id }).from(unit).limit(1);
	if (existing) return null;

	const passwordHash = await hashPassword(DEMO_PASSWORD);
	const createdAt = new Date(now);
	const today = todayIso(new Date(now));
	const unitId = newId();
	const userIds = new Map<string, string>();
	const citizenIds = new Map<string, string>();

	await db.transaction(async (tx) => {
		await tx.insert(unit).values({ id: unitId, name: DEMO_UNIT_NAME, contactPhone: '70 12 34 56', createdAt });

		const addUser = async (person: Person, role: 'citizen' | 'relative' | 'worker' | 'leader', canLogIn = true) => {
			const id = newId();
			userIds.set(person.login, id);
			await tx.insert(user).values({
				id,
				role,
				loginName: canLogIn ? person.login : null,
				displayName: person.name,
				unitId: role === 'relative' ? null : unitId,
				createdAt
			});
			if (canLogIn) {
				await tx.insert(credential).values({ id: newId(), userId: id, kind: 'password', passwordHash, createdAt });
			}
			return id;
		};

		await addUser(leader, 'leader');
		for (const worker of workers) {
			const { login, name, ...profile } = worker;
			const id = await addUser({ login, name }, 'worker');
			await tx.insert(workerProfile).values({ userId: id, ...profile });
		}
		for (const person of citizens) {
			const userId = await addUser(person, 'citizen', person.isActivated);
			const citizenId = newId();
			citizenIds.set(person.login, citizenId);
			const startDate = addDays(today, -person.startedDaysAgo);
			await tx.insert(citizen).values({
				id: citizenId,
				userId,
				unitId,
				hoursBand: person.hoursBand,
				legalBasis: person.legalBasis,
				startDate,
				createdAt
			});
			for (const supporter of person.supporters) {
				await tx.insert(contactAssignment).values({
					id: newId(),
					citizenId,
					workerId: userIds.get(supporter.worker)!,
					role: supporter.role,
					isMain: supporter.isMain,
					isTemporary: supporter.isTemporary,
					fromDate: startDate
				});
			}
			if (!person.isActivated) {
				await tx.insert(invitation).values({
					id: newId(),
					kind: 'citizen_activation',
					codeHash: hashActivationCode(DEMO_ACTIVATION_CODE),
					userId,
					createdBy: userIds.get(leader.login)!,
					createdAt,
					expiresAt: new Date(now + INVITATION_LIFETIME)
				});
			}
		}
		for (const relative of relatives) await addUser(relative, 'relative');

		// The unit's question set (the defaults), with a few ratings and a visit to show.
		const setId = newId();
		await tx.insert(questionSet).values({ id: setId, unitId, name: 'Samklang', isActive: true, createdAt });
		const questionIds = defaultQuestions.map(() => newId());
		await tx.insert(ratingQuestion).values(defaultQuestions.map((q, position) => ({ id: questionIds[position]!, setId, position, ...q })));
		for (const [login, list] of Object.entries(demoRatings)) {
			const citizenId = citizenIds.get(login)!;
			let previous: number | null = null;
			for (const { daysAgo, scores, comment } of list) {
				const id = newId();
				const score = meanScore(scores);
				await tx.insert(rating).values({
					id,
					citizenId,
					setId,
					comment: comment ?? '',
					score,
					isLow: isLowRating(scores),
					isFalling: isFallingRating(score, previous),
					createdAt: new Date(now - daysAgo * DAY)
				});
				await tx.insert(ratingAnswer).values(scores.map((s, i) => ({ ratingId: id, questionId: questionIds[i]!, score: s })));
				const subjects = citizens.find((c) => c.login === login)!.supporters.map((s) => userIds.get(s.worker)!);
				await tx.insert(ratingSubject).values(subjects.map((workerId) => ({ ratingId: id, workerId })));
				previous = score;
			}
		}
		// Bo's temporary kontaktperson suggests a colleague; David waits, past the answer time, for an answer.
		await tx.insert(contactSuggestion).values({
			id: newId(),
			citizenId: citizenIds.get('bo')!,
			fromWorkerId: userIds.get('john')!,
			suggestedWorkerId: userIds.get('lars')!,
			text: 'Jeg har set, at du og Lars snakker meget om cykler. Skal han være din kontaktperson?',
			createdAt: new Date(now - 2 * DAY)
		});
		const davidWish = newId();
		await tx.insert(contactWish).values({
			id: davidWish,
			citizenId: citizenIds.get('david')!,
			kind: 'one',
			reason: 'Amina er god til jobcentret. Det har jeg brug for nu.',
			createdAt: new Date(now - 16 * DAY)
		});
		await tx.insert(contactWishMember).values({ wishId: davidWish, role: 'contact', workerId: userIds.get('amina')!, isMain: true });

		for (const [login, daysAgo] of Object.entries(demoVisits)) {
			const supporter = citizens.find((c) => c.login === login)!.supporters[0]!;
			await tx.insert(visit).values({ id: newId(), citizenId: citizenIds.get(login)!, workerId: userIds.get(supporter.worker)!, doneAt: new Date(now - daysAgo * DAY) });
		}
	});
	return { unitId };
}

/** The demo log-ins as a few lines for the console, or null when the demo unit is not there. */
export async function describeDemoLogins(db: Database) {
	const [demo] = await db.select({ id: unit.id }).from(unit).where(eq(unit.name, DEMO_UNIT_NAME)).limit(1);
	if (!demo) return null;
	const line = (role: string, people: readonly Person[]) => `  ${role.padEnd(10)} ${people.map((p) => p.login).join(', ')}`;
	return [
		'Samklang demo log-ins (password for all: ' + DEMO_PASSWORD + '):',
		line('leader', [leader]),
		line('workers', workers),
		line('citizens', citizens.filter((c) => c.isActivated)),
		line('relatives', relatives),
		`  activation code for Frederik Holm (not yet activated): FRED-ERAK-TEMA, valid 14 days after the first start`
	].join('\n');
}
