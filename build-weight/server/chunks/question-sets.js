import { g as ratingQuestion, n as db, p as questionSet } from "./db.js";
import { t as newId } from "./random.js";
import { and, asc, eq, isNull } from "drizzle-orm";
// src/lib/server/ratings/question-sets.ts
/**
* Samklang's own default questions, one per dimension of session feedback: heard and respected,
* what I wanted to talk about, the way we worked, overall. Deliberately our own words: published
* scales (SRS, ORS, INSPIRE) are licensed and may not be copied or reworded.
*/
var defaultQuestions = [
	{
		textDa: "Lyttede vi til dig, og blev du mødt med respekt?",
		textEn: "Did we listen to you and treat you with respect?"
	},
	{
		textDa: "Talte vi om det, der var vigtigt for dig?",
		textEn: "Did we talk about what mattered to you?"
	},
	{
		textDa: "Passede vores måde at arbejde på til dig?",
		textEn: "Did our way of working suit you?"
	},
	{
		textDa: "Hvordan var det alt i alt?",
		textEn: "All in all, how was it?"
	}
];
/** The questions in use: the unit's active set, made from the defaults the first time it is needed. */
async function activeQuestionSet(unitId) {
	let [set] = await db.select().from(questionSet).where(and(eq(questionSet.unitId, unitId), eq(questionSet.isActive, true)));
	if (!set) {
		await db.transaction(async (tx) => {
			const id = newId();
			if ((await tx.insert(questionSet).values({
				id,
				unitId,
				name: "Samklang",
				isActive: true,
				createdAt: /* @__PURE__ */ new Date()
			}).onConflictDoNothing().returning({ id: questionSet.id })).length === 0) return;
			await tx.insert(ratingQuestion).values(defaultQuestions.map((q, position) => ({
				id: newId(),
				setId: id,
				position,
				...q
			})));
		});
		[set] = await db.select().from(questionSet).where(and(eq(questionSet.unitId, unitId), eq(questionSet.isActive, true)));
	}
	return {
		set,
		questions: await questionsOf(set.id)
	};
}
/** A set's questions in order; retired ones only when asked for. */
async function questionsOf(setId, withRetired = false) {
	return db.select().from(ratingQuestion).where(withRetired ? eq(ratingQuestion.setId, setId) : and(eq(ratingQuestion.setId, setId), isNull(ratingQuestion.retiredAt))).orderBy(asc(ratingQuestion.position));
}
/** Every set of the leader's unit with all its questions, for the admin page. */
async function listQuestionSets(leader) {
	if (!leader.unitId) return [];
	await activeQuestionSet(leader.unitId);
	const sets = await db.select().from(questionSet).where(eq(questionSet.unitId, leader.unitId)).orderBy(asc(questionSet.createdAt));
	return Promise.all(sets.map(async (set) => ({
		...set,
		questions: await questionsOf(set.id, true)
	})));
}
async function ownSet(leader, setId) {
	const [set] = await db.select().from(questionSet).where(eq(questionSet.id, setId));
	return set && leader.unitId !== null && set.unitId === leader.unitId ? set : null;
}
async function ownQuestion(leader, questionId) {
	const [question] = await db.select().from(ratingQuestion).where(eq(ratingQuestion.id, questionId));
	return question && await ownSet(leader, question.setId) ? question : null;
}
/** A new set, not yet in use. */
async function addQuestionSet(leader, name, questions) {
	if (!leader.unitId) return null;
	const id = newId();
	const unitId = leader.unitId;
	await db.transaction(async (tx) => {
		await tx.insert(questionSet).values({
			id,
			unitId,
			name,
			isActive: false,
			createdAt: /* @__PURE__ */ new Date()
		});
		await tx.insert(ratingQuestion).values(questions.map((q, position) => ({
			id: newId(),
			setId: id,
			position,
			...q
		})));
	});
	return id;
}
/** Puts a set in use for the unit; the earlier set stays, with its ratings. False when not the leader's. */
async function activateQuestionSet(leader, setId) {
	const set = await ownSet(leader, setId);
	if (!set) return false;
	if ((await questionsOf(set.id)).length === 0) return false;
	await db.transaction(async (tx) => {
		await tx.update(questionSet).set({ isActive: false }).where(and(eq(questionSet.unitId, set.unitId), eq(questionSet.isActive, true)));
		await tx.update(questionSet).set({ isActive: true }).where(eq(questionSet.id, set.id));
	});
	return true;
}
/** Swaps a question with its neighbour among the set's questions in use. */
async function moveQuestion(leader, questionId, direction) {
	const question = await ownQuestion(leader, questionId);
	if (!question || question.retiredAt) return false;
	const inUse = await questionsOf(question.setId);
	const index = inUse.findIndex((q) => q.id === question.id);
	const neighbour = inUse[direction === "up" ? index - 1 : index + 1];
	if (!neighbour) return true;
	await db.transaction(async (tx) => {
		await tx.update(ratingQuestion).set({ position: neighbour.position }).where(eq(ratingQuestion.id, question.id));
		await tx.update(ratingQuestion).set({ position: question.position }).where(eq(ratingQuestion.id, neighbour.id));
	});
	return true;
}
/** Retires a question: never deleted, so old ratings keep pointing at what they answered. */
async function retireQuestion(leader, questionId) {
	const question = await ownQuestion(leader, questionId);
	if (!question) return "not_found";
	if (question.retiredAt) return "retired";
	if ((await questionsOf(question.setId)).length <= 1) return "last_question";
	await db.update(ratingQuestion).set({ retiredAt: /* @__PURE__ */ new Date() }).where(eq(ratingQuestion.id, question.id));
	return "retired";
}
export { listQuestionSets as a, retireQuestion as c, defaultQuestions as i, activeQuestionSet as n, moveQuestion as o, addQuestionSet as r, questionsOf as s, activateQuestionSet as t };

//# sourceMappingURL=question-sets.js.map