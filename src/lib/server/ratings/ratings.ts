import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lte, sql } from 'drizzle-orm';
import { db } from '../db/index.js';
import { citizen, meeting, questionSet, rating, ratingAnswer, ratingQuestion, ratingSubject, user, visit, type Citizen, type Rating } from '../db/schema/index.js';
import type { SessionUser } from '../auth/session.js';
import { recordAccess } from '../access-log/record.js';
import { logForeignId } from '../access/foreign-id.js';
import { supportTeam } from '../citizens.js';
import { newId } from '../random.js';
import { DAY } from '../time.js';
import { scoreOfFace, type Face } from '../../rating-scale.js';
import type { RatingRow } from '../../components/ratings/rating-row.js';
import { isFallingRating, isLowRating, meanScore, shouldAskHowItWent } from './rating-rules.js';
import { questionsOf } from './question-sets.js';

export type RatingInput = {
	setId: string;
	/** Question id → face; skipped questions are left out. */
	answers: Record<string, Face>;
	comment: string;
	visitId: string | null;
	clientId: string | null;
};

export type RatingWriteResult =
	| { status: 'saved' | 'duplicate'; rating: Rating }
	/** The same client id was sent before with other answers: refused, nothing stored. */
	| { status: 'conflict' }
	/** No answer is left after checking. */
	| { status: 'invalid' }
	/** The question set is not the citizen's unit's, or the visit is not one of the citizen's (logged). */
	| { status: 'not_found' };

const answersKey = (answers: Record<string, number>) =>
	JSON.stringify(Object.entries(answers).sort(([a], [b]) => a.localeCompare(b)));

/**
 * Stores the citizen's rating of the collaboration, about the kontaktperson or team of today
 * (and the visit, when it answers "Hvordan gik det?"). Low and falling are decided here, once.
 * With a client id, a repeated send returns the first rating and stores nothing new.
 */
export async function createRating(target: Citizen, input: RatingInput): Promise<RatingWriteResult> {
	const [set] = await db.select().from(questionSet).where(eq(questionSet.id, input.setId));
	if (!set || set.unitId !== target.unitId) {
		await logForeignId({ id: target.userId, role: 'citizen' }, null, 'ratings', `question-set:${input.setId}`);
		return { status: 'not_found' };
	}
	const questionIds = new Set((await questionsOf(set.id, true)).map((q) => q.id));
	const scores: Record<string, number> = {};
	for (const [questionId, face] of Object.entries(input.answers)) if (questionIds.has(questionId)) scores[questionId] = scoreOfFace(face);
	if (Object.keys(scores).length === 0 && input.comment === '') return { status: 'invalid' };

	const [visitRow] = input.visitId ? await db.select({ id: visit.id, citizenId: visit.citizenId }).from(visit).where(eq(visit.id, input.visitId)) : [];
	if (input.visitId && visitRow?.citizenId !== target.id) {
		await logForeignId({ id: target.userId, role: 'citizen' }, visitRow?.citizenId ?? null, 'ratings', `visit:${input.visitId}`);
		return { status: 'not_found' };
	}
	const subjects = (await supportTeam(target.id)).map((s) => s.workerId);

	return db.transaction(async (tx): Promise<RatingWriteResult> => {
		if (input.clientId) {
			const [earlier] = await tx.select().from(rating).where(and(eq(rating.citizenId, target.id), eq(rating.clientId, input.clientId)));
			if (earlier) {
				const earlierAnswers = await tx.select().from(ratingAnswer).where(eq(ratingAnswer.ratingId, earlier.id));
				const isSame =
					earlier.comment === input.comment &&
					answersKey(Object.fromEntries(earlierAnswers.map((a) => [a.questionId, a.score]))) === answersKey(scores);
				return isSame ? { status: 'duplicate', rating: earlier } : { status: 'conflict' };
			}
		}
		const [previous] = await tx
			.select({ score: rating.score })
			.from(rating)
			.where(and(eq(rating.citizenId, target.id), isNotNull(rating.score)))
			.orderBy(desc(rating.createdAt))
			.limit(1);
		const values = Object.values(scores);
		const score = meanScore(values);
		const [row] = await tx
			.insert(rating)
			.values({
				id: newId(),
				citizenId: target.id,
				setId: set.id,
				visitId: visitRow?.id ?? null,
				comment: input.comment,
				score,
				isLow: isLowRating(values),
				isFalling: isFallingRating(score, previous?.score ?? null),
				clientId: input.clientId,
				createdAt: new Date()
			})
			.returning();
		const entries = Object.entries(scores);
		if (entries.length > 0) await tx.insert(ratingAnswer).values(entries.map(([questionId, s]) => ({ ratingId: row!.id, questionId, score: s })));
		if (subjects.length > 0) await tx.insert(ratingSubject).values(subjects.map((workerId) => ({ ratingId: row!.id, workerId })));
		return { status: 'saved', rating: row! };
	});
}

export type RatingView = RatingRow & { isLow: boolean; isFalling: boolean };

/**
 * A citizen's ratings, oldest first, with the words of the questions they answered (retired ones
 * too). The same for the citizen and for staff: the citizen sees exactly what staff see.
 */
export async function listRatings(citizenId: string, locale: string): Promise<RatingView[]> {
	const rows = await db.select().from(rating).where(eq(rating.citizenId, citizenId)).orderBy(asc(rating.createdAt));
	if (rows.length === 0) return [];
	const answers = await db
		.select({ ratingId: ratingAnswer.ratingId, score: ratingAnswer.score, textDa: ratingQuestion.textDa, textEn: ratingQuestion.textEn })
		.from(ratingAnswer)
		.innerJoin(ratingQuestion, eq(ratingQuestion.id, ratingAnswer.questionId))
		.where(inArray(ratingAnswer.ratingId, rows.map((r) => r.id)))
		.orderBy(asc(ratingQuestion.position));
	return rows.map((r) => ({
		id: r.id,
		at: r.createdAt.toISOString(),
		score: r.score,
		isLow: r.isLow,
		isFalling: r.isFalling,
		comment: r.comment,
		answers: answers
			.filter((a) => a.ratingId === r.id)
			.map((a) => ({ question: locale === 'en' && a.textEn ? a.textEn : a.textDa, score: a.score }))
	}));
}

/**
 * The citizen's last visit, past meeting and rating, and when they said "Ikke nu": one round
 * trip with a subquery each, built once, because Min side asks on every visit.
 */
const latestVisit = db
	.select({ id: visit.id, doneAt: visit.doneAt })
	.from(visit)
	.where(eq(visit.citizenId, sql.placeholder('citizenId')))
	.orderBy(desc(visit.doneAt))
	.limit(1);
const pastMeetings = and(eq(meeting.citizenId, sql.placeholder('citizenId')), isNull(meeting.cancelledAt), lte(meeting.startsAt, sql.placeholder('now')));
const latestContacts = db
	.select({
		dismissedAt: citizen.ratingPromptDismissedAt,
		visitId: sql<string | null>`(select id from (${latestVisit}))`,
		// Each may be null (no visit, meeting or rating yet); mapWith types them as Date, and drizzle
		// maps only values that are there, hence the Date | null below.
		visitAt: sql`(select done_at from (${latestVisit}))`.mapWith(visit.doneAt),
		meetingAt: sql`(select max(${meeting.startsAt}) from ${meeting} where ${pastMeetings})`.mapWith(meeting.startsAt),
		ratingAt: sql`(select max(${rating.createdAt}) from ${rating} where ${rating.citizenId} = ${sql.placeholder('citizenId')})`.mapWith(rating.createdAt)
	})
	.from(citizen)
	.where(eq(citizen.id, sql.placeholder('citizenId')))
	.prepare();

/**
 * Whether to ask "Hvordan gik det?" on Min side: after a visit a worker marked done, or after a
 * meeting's time has passed. The answer is about the visit, when it was one.
 */
export async function ratingPrompt(citizenId: string, now = new Date()) {
	const [row] = await latestContacts.all({ citizenId, now: now.getTime() });
	if (!row) return null;
	const visitAt: Date | null = row.visitAt;
	const meetingAt: Date | null = row.meetingAt;
	const ratingAt: Date | null = row.ratingAt;
	const lastContactAt = visitAt && meetingAt ? (visitAt > meetingAt ? visitAt : meetingAt) : (visitAt ?? meetingAt);
	const isAsked = shouldAskHowItWent({ lastVisitAt: lastContactAt, lastRatingAt: ratingAt, dismissedAt: row.dismissedAt, now });
	if (!isAsked) return null;
	return { visitId: lastContactAt === visitAt ? row.visitId : null };
}

/** "Ikke nu": no prompt for a week. */
export async function dismissRatingPrompt(citizenId: string, now = new Date()) {
	await db.update(citizen).set({ ratingPromptDismissedAt: now }).where(eq(citizen.id, citizenId));
}

/** A worker or leader marks a visit as done today; the citizen is then asked how it went. */
export async function markVisitDone(staff: SessionUser, citizenId: string, now = new Date()) {
	const id = newId();
	await db.transaction(async (tx) => {
		await tx.insert(visit).values({ id, citizenId, workerId: staff.id, doneAt: now });
		await recordAccess([{ citizenId, actor: staff, action: 'create', area: 'meetings', object: `visit:${id}` }], tx);
	});
	return id;
}

/** The newest rating's flags per citizen, for the caseload. */
export async function latestRatingFlags(citizenIds: string[]) {
	const flags = new Map<string, { isLow: boolean; isFalling: boolean }>();
	if (citizenIds.length === 0) return flags;
	const rows = await db
		.select({ citizenId: rating.citizenId, isLow: rating.isLow, isFalling: rating.isFalling, at: rating.createdAt })
		.from(rating)
		.where(inArray(rating.citizenId, citizenIds))
		.orderBy(asc(rating.createdAt));
	// Oldest first, so the newest of each citizen is the one left in the map.
	for (const row of rows) flags.set(row.citizenId, { isLow: row.isLow, isFalling: row.isFalling });
	for (const [citizenId, flag] of flags) if (!flag.isLow && !flag.isFalling) flags.delete(citizenId);
	return flags;
}

/** Up to six recent overall scores of each citizen (the last year), oldest first: the trend line on Mine borgere. */
export async function recentScores(citizenIds: string[], now = new Date()) {
	const scores = new Map<string, number[]>();
	if (citizenIds.length === 0) return scores;
	const rows = await db
		.select({ citizenId: rating.citizenId, score: rating.score })
		.from(rating)
		.where(and(inArray(rating.citizenId, citizenIds), isNotNull(rating.score), gte(rating.createdAt, new Date(now.getTime() - 365 * DAY))))
		.orderBy(desc(rating.createdAt));
	for (const { citizenId, score } of rows) {
		const list = scores.get(citizenId) ?? [];
		if (list.length < 6) scores.set(citizenId, [...list, score!]);
	}
	for (const [citizenId, list] of scores) scores.set(citizenId, list.reverse());
	return scores;
}

/** A worker's own trend: the mean of ratings about them, per month, over the last year. No citizen is named. */
export async function workerTrend(workerId: string, now = new Date()) {
	const rows = await db
		.select({ score: rating.score, at: rating.createdAt })
		.from(ratingSubject)
		.innerJoin(rating, eq(rating.id, ratingSubject.ratingId))
		.where(and(eq(ratingSubject.workerId, workerId), isNotNull(rating.score), gte(rating.createdAt, new Date(now.getTime() - 365 * DAY))))
		.orderBy(asc(rating.createdAt));
	return monthlyMeans(rows.map((r) => ({ score: r.score!, at: r.at })));
}

/** Mean score per calendar month (YYYY-MM), oldest first. */
export function monthlyMeans(rows: { score: number; at: Date }[]) {
	const months = new Map<string, number[]>();
	for (const { score, at } of rows) {
		const month = at.toISOString().slice(0, 7);
		months.set(month, [...(months.get(month) ?? []), score]);
	}
	return [...months].map(([month, scores]) => ({ month, score: meanScore(scores)!, count: scores.length }));
}

/** The leader's overview: per worker, the last 90 days' mean and count, and the citizens flagged now. */
export async function unitRatingOverview(leader: SessionUser, now = new Date()) {
	if (!leader.unitId) return { workers: [], flagged: [] };
	const since = new Date(now.getTime() - 90 * DAY);
	const workers = await db
		.select({ id: user.id, name: user.displayName })
		.from(user)
		.where(and(eq(user.unitId, leader.unitId), eq(user.role, 'worker')))
		.orderBy(asc(user.displayName));
	const recent = await db
		.select({ workerId: ratingSubject.workerId, score: rating.score })
		.from(ratingSubject)
		.innerJoin(rating, eq(rating.id, ratingSubject.ratingId))
		.innerJoin(citizen, eq(citizen.id, rating.citizenId))
		.where(and(eq(citizen.unitId, leader.unitId), isNotNull(rating.score), gte(rating.createdAt, since)));
	const citizens = await db
		.select({ id: citizen.id, name: user.displayName })
		.from(citizen)
		.innerJoin(user, eq(user.id, citizen.userId))
		.where(and(eq(citizen.unitId, leader.unitId), eq(citizen.status, 'active')))
		.orderBy(asc(user.displayName));
	const flags = await latestRatingFlags(citizens.map((c) => c.id));
	const flagged = citizens.filter((c) => flags.has(c.id)).map((c) => ({ ...c, ...flags.get(c.id)! }));
	// Naming a citizen with a low or falling rating tells something about their ratings: logged.
	await recordAccess(flagged.map((c) => ({ citizenId: c.id, actor: leader, action: 'read' as const, area: 'ratings', object: 'unit-overview' })));
	return {
		workers: workers.map((w) => {
			const scores = recent.filter((r) => r.workerId === w.id).map((r) => r.score!);
			return { ...w, score: meanScore(scores), count: scores.length };
		}),
		flagged
	};
}
