// A citizen with at least one row in every table that holds a citizen's data, for the export tests
// (src/lib/server/my-data.spec.ts, tests/my-data.spec.ts). Rows are written straight to the database,
// so the scene does not depend on the rules of each area; every text carries the scene's marker.
import { db } from '../db/index.js';
import {
	accessLogEvent,
	contactSuggestion,
	contactWish,
	contactWishMember,
	credential,
	deletionRequest,
	dream,
	dreamVersion,
	goal,
	goalDream,
	goalStep,
	grant,
	grantInvitation,
	meeting,
	meetingAgreement,
	meetingNote,
	meetingParticipant,
	plan,
	planChange,
	questionSet,
	rating,
	ratingAnswer,
	ratingQuestion,
	ratingSubject,
	reviewMark,
	visit
} from '../db/schema/index.js';
import { assignWorker, createActivationCode, createCitizen, createSession, createUnit, createUser, createWorker } from './factories.js';
import { newId, randomString } from '../random.js';
import { addDays, todayIso } from '../time.js';

/**
 * A unit with a citizen who has used every part of Samklang: dreams (one deleted) with versions, a plan
 * with a goal, a step and history, a held meeting with topic, input, "Sådan husker jeg det ikke",
 * summary, agreement and a read mark, a visit and a rating, a wish and a suggestion, helpers, a
 * passkey, a session, an activation code, an access-log line and a deletion request.
 */
export async function createCitizenWithEverything(options: { name?: string } = {}) {
	const marker = randomString(6);
	const text = (what: string) => `${what} ${marker}`;
	const unit = await createUnit();
	const worker = await createWorker(unit.id, `Kirsten Kontakt ${marker}`);
	const leader = await createUser('leader', { unitId: unit.id, name: `Lene Leder ${marker}` });
	const relative = await createUser('relative', { name: `Rita Pårørende ${marker}` });
	const citizen = await createCitizen(unit.id, { name: options.name ?? `Bent Borger ${marker}`, canLogIn: true });
	await assignWorker(citizen.id, worker.id, { isTemporary: true });
	const now = Date.now();
	const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000);

	await db.insert(credential).values({
		id: newId(),
		userId: citizen.userId,
		kind: 'passkey',
		passkeyId: Buffer.from(randomString(16)),
		publicKey: Buffer.from(randomString(32)),
		signCount: 0,
		name: text('Min telefon'),
		createdAt: at(500)
	});
	await createSession(citizen.userId, 'Mozilla/5.0 (Linux; Android 14) Chrome/130.0 Mobile Safari/537.36');
	await createActivationCode(citizen.userId, worker.id, now - 600 * 60_000);

	const grantId = newId();
	await db.insert(grant).values({
		id: grantId,
		citizenId: citizen.id,
		kind: 'relative',
		name: text('Mor'),
		areas: ['dreams', 'meetings'],
		canWriteInput: true,
		status: 'active',
		granteeUserId: relative.id,
		createdAt: at(400),
		acceptedAt: at(390)
	});
	await db.insert(grantInvitation).values({
		id: newId(),
		grantId,
		tokenHash: Buffer.from(randomString(32)),
		createdAt: at(400),
		expiresAt: new Date(now + 7 * 86_400_000),
		usedAt: at(390)
	});

	const dreamId = newId();
	const deletedDreamId = newId();
	await db.insert(dream).values([
		{ id: dreamId, citizenId: citizen.id, text: text('Et hus med have'), lifeArea: 'home', visibility: 'team', version: 2, createdAt: at(300), updatedAt: at(290) },
		{
			id: deletedDreamId,
			citizenId: citizen.id,
			text: text('Slettet drøm'),
			lifeArea: 'work',
			visibility: 'me',
			version: 2,
			createdAt: at(300),
			updatedAt: at(280),
			deletedAt: at(280)
		}
	]);
	const version = (dreamIdOf: string, v: number, change: 'create' | 'update' | 'delete', words: string, minutesAgo: number) => ({
		dreamId: dreamIdOf,
		version: v,
		change,
		text: words,
		lifeArea: 'home' as const,
		visibility: 'team' as const,
		talkAtNextMeeting: false,
		changedBy: citizen.userId,
		changedAt: at(minutesAgo)
	});
	await db
		.insert(dreamVersion)
		.values([
			version(dreamId, 1, 'create', text('Et hus'), 300),
			version(dreamId, 2, 'update', text('Et hus med have'), 290),
			version(deletedDreamId, 1, 'create', text('Slettet drøm'), 300),
			version(deletedDreamId, 2, 'delete', text('Slettet drøm'), 280)
		]);

	await db.insert(plan).values({ citizenId: citizen.id, planDate: addDays(todayIso(), 100), updatedAt: at(200) });
	const goalId = newId();
	await db.insert(goal).values({ id: goalId, citizenId: citizen.id, text: text('Flytte selv'), progress: 'started', createdAt: at(200), updatedAt: at(200) });
	await db.insert(goalDream).values({ goalId, dreamId });
	await db.insert(goalStep).values({ id: newId(), goalId, text: text('Se på lejligheder'), owner: 'me', createdAt: at(199) });
	await db.insert(planChange).values({ citizenId: citizen.id, kind: 'goal_created', summary: text('Flytte selv'), changedBy: citizen.userId, at: at(200) });

	const meetingId = newId();
	await db.insert(meeting).values({
		id: meetingId,
		citizenId: citizen.id,
		type: 'follow_up',
		startsAt: at(100),
		place: text('Kontoret'),
		citizenBrings: text('Min bror'),
		summary: text('Vi talte om huset'),
		summaryAt: at(50),
		createdBy: worker.id,
		createdAt: at(1000)
	});
	await db.insert(meetingParticipant).values({ meetingId, userId: worker.id });
	const topicId = newId();
	await db.insert(meetingNote).values([
		{ id: topicId, meetingId, kind: 'topic', text: text('Jeg vil tale om penge'), authorId: citizen.userId, createdAt: at(150) },
		{ id: newId(), meetingId, kind: 'input', text: text('Han sover dårligt'), authorId: relative.id, createdAt: at(140) },
		{ id: newId(), meetingId, kind: 'remembers_differently', text: text('Vi aftalte noget andet'), authorId: citizen.userId, createdAt: at(40) }
	]);
	await db.insert(meetingAgreement).values({ id: newId(), meetingId, position: 1, text: text('Vi ses om en måned') });
	await db.insert(reviewMark).values({ meetingId, itemKey: `topic:${topicId}`, readBy: worker.id, readAt: at(120) });

	const visitId = newId();
	await db.insert(visit).values({ id: visitId, citizenId: citizen.id, workerId: worker.id, doneAt: at(30) });
	const setId = newId();
	await db.insert(questionSet).values({ id: setId, unitId: unit.id, name: text('Spørgsmål'), isActive: true, createdAt: at(2000) });
	const questionId = newId();
	await db.insert(ratingQuestion).values({ id: questionId, setId, position: 1, textDa: text('Blev du hørt?'), textEn: text('Were you heard?') });
	const ratingId = newId();
	await db
		.insert(rating)
		.values({ id: ratingId, citizenId: citizen.id, setId, visitId, comment: text('Det var godt'), score: 7.5, isLow: false, isFalling: false, createdAt: at(20) });
	await db.insert(ratingAnswer).values({ ratingId, questionId, score: 7.5 });
	await db.insert(ratingSubject).values({ ratingId, workerId: worker.id });

	const wishId = newId();
	await db.insert(contactWish).values({
		id: wishId,
		citizenId: citizen.id,
		kind: 'one',
		reason: text('Vi har det godt sammen'),
		status: 'declined',
		createdAt: at(800),
		answeredAt: at(700),
		answeredBy: leader.id,
		declineReason: 'no_room',
		declineText: text('Der er ikke plads'),
		insteadText: text('Prøv igen til sommer')
	});
	await db.insert(contactWishMember).values({ wishId, role: 'contact', workerId: worker.id, isMain: true });
	await db.insert(contactSuggestion).values({
		id: newId(),
		citizenId: citizen.id,
		fromWorkerId: worker.id,
		suggestedWorkerId: worker.id,
		text: text('I har det godt sammen'),
		createdAt: at(900)
	});

	await db.insert(accessLogEvent).values({ at: at(10), citizenId: citizen.id, actorUserId: worker.id, actorRole: 'worker', action: 'read', area: 'dreams', object: dreamId });
	await db.insert(deletionRequest).values({ id: newId(), citizenId: citizen.id, message: text('Slet mig'), requestedAt: at(5) });

	return { unit, worker, leader, relative, citizen, marker, dreamId, deletedDreamId, goalId, meetingId };
}
