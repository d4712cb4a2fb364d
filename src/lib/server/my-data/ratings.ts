import { asc, eq, inArray } from 'drizzle-orm';
import { db } from '../db/index.js';
import { questionSet, rating, ratingAnswer, ratingQuestion, ratingSubject, visit } from '../db/schema/index.js';
import { namesOf } from './names.js';

/** The visits staff marked as done (each may bring "Hvordan gik det?"). */
export async function exportVisits(citizenId: string) {
	const visits = await db.select().from(visit).where(eq(visit.citizenId, citizenId)).orderBy(asc(visit.doneAt));
	const name = await namesOf(visits.map((v) => v.workerId));
	return visits.map((v) => ({ id: v.id, worker: name(v.workerId), doneAt: v.doneAt.toISOString() }));
}

/** Every rating of the collaboration: each answer with its question's words, the comment, who it was about. */
export async function exportRatings(citizenId: string) {
	const ratings = await db
		.select({ rating, setName: questionSet.name })
		.from(rating)
		.innerJoin(questionSet, eq(questionSet.id, rating.setId))
		.where(eq(rating.citizenId, citizenId))
		.orderBy(asc(rating.createdAt));
	const ids = ratings.map((r) => r.rating.id);
	if (ids.length === 0) return [];
	const [answers, subjects] = await Promise.all([
		db
			.select({ ratingId: ratingAnswer.ratingId, questionId: ratingAnswer.questionId, score: ratingAnswer.score, question: ratingQuestion })
			.from(ratingAnswer)
			.innerJoin(ratingQuestion, eq(ratingQuestion.id, ratingAnswer.questionId))
			.where(inArray(ratingAnswer.ratingId, ids))
			.orderBy(asc(ratingQuestion.position)),
		db.select().from(ratingSubject).where(inArray(ratingSubject.ratingId, ids))
	]);
	const name = await namesOf(subjects.map((s) => s.workerId));
	return ratings.map(({ rating: r, setName }) => ({
		id: r.id,
		createdAt: r.createdAt.toISOString(),
		visitId: r.visitId,
		questionSet: setName,
		answers: answers
			.filter((a) => a.ratingId === r.id)
			.map((a) => ({ questionId: a.questionId, question: { da: a.question.textDa, en: a.question.textEn || a.question.textDa }, score: a.score })),
		comment: r.comment,
		score: r.score,
		about: subjects.filter((s) => s.ratingId === r.id).map((s) => name(s.workerId) ?? ''),
		/** Flags staff see on their caseload, decided when the rating was written. */
		isLow: r.isLow,
		isFalling: r.isFalling
	}));
}
