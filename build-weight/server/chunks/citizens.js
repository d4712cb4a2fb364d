import { F as contactAssignment, I as workerProfile, L as citizen, R as user, _ as ratingSubject, d as contactWishMember, g as ratingQuestion, h as ratingAnswer, i as meeting, l as contactSuggestion, m as rating, n as db, p as questionSet, u as contactWish, v as visit, z as unit } from "./db.js";
import { s as recordAccess } from "./record.js";
import { a as daysBetween, i as addDays, s as todayIso, t as DAY } from "./time.js";
import { n as logForeignId } from "./foreign-id.js";
import { t as newId } from "./random.js";
import { i as scoreOfFace } from "./rating-scale.js";
import { i as shouldAskHowItWent, n as isLowRating, r as meanScore, t as isFallingRating } from "./rating-rules.js";
import { s as questionsOf } from "./question-sets.js";
import { o as workerLoads } from "./workers.js";
import { and, asc, desc, eq, gte, inArray, isNotNull, isNull, lt, lte, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
// src/lib/server/ratings/ratings.ts
var answersKey = (answers) => JSON.stringify(Object.entries(answers).sort(([a], [b]) => a.localeCompare(b)));
/**
* Stores the citizen's rating of the collaboration, about the kontaktperson or team of today
* (and the visit, when it answers "Hvordan gik det?"). Low and falling are decided here, once.
* With a client id, a repeated send returns the first rating and stores nothing new.
*/
async function createRating(target, input) {
	const [set] = await db.select().from(questionSet).where(eq(questionSet.id, input.setId));
	if (!set || set.unitId !== target.unitId) {
		await logForeignId({
			id: target.userId,
			role: "citizen"
		}, null, "ratings", `question-set:${input.setId}`);
		return { status: "not_found" };
	}
	const questionIds = new Set((await questionsOf(set.id, true)).map((q) => q.id));
	const scores = {};
	for (const [questionId, face] of Object.entries(input.answers)) if (questionIds.has(questionId)) scores[questionId] = scoreOfFace(face);
	if (Object.keys(scores).length === 0 && input.comment === "") return { status: "invalid" };
	const [visitRow] = input.visitId ? await db.select({
		id: visit.id,
		citizenId: visit.citizenId
	}).from(visit).where(eq(visit.id, input.visitId)) : [];
	if (input.visitId && visitRow?.citizenId !== target.id) {
		await logForeignId({
			id: target.userId,
			role: "citizen"
		}, visitRow?.citizenId ?? null, "ratings", `visit:${input.visitId}`);
		return { status: "not_found" };
	}
	const subjects = (await supportTeam(target.id)).map((s) => s.workerId);
	return db.transaction(async (tx) => {
		if (input.clientId) {
			const [earlier] = await tx.select().from(rating).where(and(eq(rating.citizenId, target.id), eq(rating.clientId, input.clientId)));
			if (earlier) {
				const earlierAnswers = await tx.select().from(ratingAnswer).where(eq(ratingAnswer.ratingId, earlier.id));
				return earlier.comment === input.comment && answersKey(Object.fromEntries(earlierAnswers.map((a) => [a.questionId, a.score]))) === answersKey(scores) ? {
					status: "duplicate",
					rating: earlier
				} : { status: "conflict" };
			}
		}
		const [previous] = await tx.select({ score: rating.score }).from(rating).where(and(eq(rating.citizenId, target.id), isNotNull(rating.score))).orderBy(desc(rating.createdAt)).limit(1);
		const values = Object.values(scores);
		const score = meanScore(values);
		const [row] = await tx.insert(rating).values({
			id: newId(),
			citizenId: target.id,
			setId: set.id,
			visitId: visitRow?.id ?? null,
			comment: input.comment,
			score,
			isLow: isLowRating(values),
			isFalling: isFallingRating(score, previous?.score ?? null),
			clientId: input.clientId,
			createdAt: /* @__PURE__ */ new Date()
		}).returning();
		const entries = Object.entries(scores);
		if (entries.length > 0) await tx.insert(ratingAnswer).values(entries.map(([questionId, s]) => ({
			ratingId: row.id,
			questionId,
			score: s
		})));
		if (subjects.length > 0) await tx.insert(ratingSubject).values(subjects.map((workerId) => ({
			ratingId: row.id,
			workerId
		})));
		return {
			status: "saved",
			rating: row
		};
	});
}
/**
* A citizen's ratings, oldest first, with the words of the questions they answered (retired ones
* too). The same for the citizen and for staff: the citizen sees exactly what staff see.
*/
async function listRatings(citizenId, locale) {
	const rows = await db.select().from(rating).where(eq(rating.citizenId, citizenId)).orderBy(asc(rating.createdAt));
	if (rows.length === 0) return [];
	const answers = await db.select({
		ratingId: ratingAnswer.ratingId,
		score: ratingAnswer.score,
		textDa: ratingQuestion.textDa,
		textEn: ratingQuestion.textEn
	}).from(ratingAnswer).innerJoin(ratingQuestion, eq(ratingQuestion.id, ratingAnswer.questionId)).where(inArray(ratingAnswer.ratingId, rows.map((r) => r.id))).orderBy(asc(ratingQuestion.position));
	return rows.map((r) => ({
		id: r.id,
		at: r.createdAt.toISOString(),
		score: r.score,
		isLow: r.isLow,
		isFalling: r.isFalling,
		comment: r.comment,
		answers: answers.filter((a) => a.ratingId === r.id).map((a) => ({
			question: locale === "en" && a.textEn ? a.textEn : a.textDa,
			score: a.score
		}))
	}));
}
/**
* The citizen's last visit, past meeting and rating, and when they said "Ikke nu": one round
* trip with a subquery each, built once, because Min side asks on every visit.
*/
var latestVisit = db.select({
	id: visit.id,
	doneAt: visit.doneAt
}).from(visit).where(eq(visit.citizenId, sql.placeholder("citizenId"))).orderBy(desc(visit.doneAt)).limit(1);
var pastMeetings = and(eq(meeting.citizenId, sql.placeholder("citizenId")), isNull(meeting.cancelledAt), lte(meeting.startsAt, sql.placeholder("now")));
var latestContacts = db.select({
	dismissedAt: citizen.ratingPromptDismissedAt,
	visitId: sql`(select id from (${latestVisit}))`,
	visitAt: sql`(select done_at from (${latestVisit}))`.mapWith(visit.doneAt),
	meetingAt: sql`(select max(${meeting.startsAt}) from ${meeting} where ${pastMeetings})`.mapWith(meeting.startsAt),
	ratingAt: sql`(select max(${rating.createdAt}) from ${rating} where ${rating.citizenId} = ${sql.placeholder("citizenId")})`.mapWith(rating.createdAt)
}).from(citizen).where(eq(citizen.id, sql.placeholder("citizenId"))).prepare();
/**
* Whether to ask "Hvordan gik det?" on Min side: after a visit a worker marked done, or after a
* meeting's time has passed. The answer is about the visit, when it was one.
*/
async function ratingPrompt(citizenId, now = /* @__PURE__ */ new Date()) {
	const [row] = await latestContacts.all({
		citizenId,
		now: now.getTime()
	});
	if (!row) return null;
	const visitAt = row.visitAt;
	const meetingAt = row.meetingAt;
	const ratingAt = row.ratingAt;
	const lastContactAt = visitAt && meetingAt ? visitAt > meetingAt ? visitAt : meetingAt : visitAt ?? meetingAt;
	if (!shouldAskHowItWent({
		lastVisitAt: lastContactAt,
		lastRatingAt: ratingAt,
		dismissedAt: row.dismissedAt,
		now
	})) return null;
	return { visitId: lastContactAt === visitAt ? row.visitId : null };
}
/** "Ikke nu": no prompt for a week. */
async function dismissRatingPrompt(citizenId, now = /* @__PURE__ */ new Date()) {
	await db.update(citizen).set({ ratingPromptDismissedAt: now }).where(eq(citizen.id, citizenId));
}
/** A worker or leader marks a visit as done today; the citizen is then asked how it went. */
async function markVisitDone(staff, citizenId, now = /* @__PURE__ */ new Date()) {
	const id = newId();
	await db.transaction(async (tx) => {
		await tx.insert(visit).values({
			id,
			citizenId,
			workerId: staff.id,
			doneAt: now
		});
		await recordAccess([{
			citizenId,
			actor: staff,
			action: "create",
			area: "meetings",
			object: `visit:${id}`
		}], tx);
	});
	return id;
}
/** The newest rating's flags per citizen, for the caseload. */
async function latestRatingFlags(citizenIds) {
	const flags = /* @__PURE__ */ new Map();
	if (citizenIds.length === 0) return flags;
	const rows = await db.select({
		citizenId: rating.citizenId,
		isLow: rating.isLow,
		isFalling: rating.isFalling,
		at: rating.createdAt
	}).from(rating).where(inArray(rating.citizenId, citizenIds)).orderBy(asc(rating.createdAt));
	for (const row of rows) flags.set(row.citizenId, {
		isLow: row.isLow,
		isFalling: row.isFalling
	});
	for (const [citizenId, flag] of flags) if (!flag.isLow && !flag.isFalling) flags.delete(citizenId);
	return flags;
}
/** Up to six recent overall scores of each citizen (the last year), oldest first: the trend line on Mine borgere. */
async function recentScores(citizenIds, now = /* @__PURE__ */ new Date()) {
	const scores = /* @__PURE__ */ new Map();
	if (citizenIds.length === 0) return scores;
	const rows = await db.select({
		citizenId: rating.citizenId,
		score: rating.score
	}).from(rating).where(and(inArray(rating.citizenId, citizenIds), isNotNull(rating.score), gte(rating.createdAt, /* @__PURE__ */ new Date(now.getTime() - 365 * DAY)))).orderBy(desc(rating.createdAt));
	for (const { citizenId, score } of rows) {
		const list = scores.get(citizenId) ?? [];
		if (list.length < 6) scores.set(citizenId, [...list, score]);
	}
	for (const [citizenId, list] of scores) scores.set(citizenId, list.reverse());
	return scores;
}
/** A worker's own trend: the mean of ratings about them, per month, over the last year. No citizen is named. */
async function workerTrend(workerId, now = /* @__PURE__ */ new Date()) {
	return monthlyMeans((await db.select({
		score: rating.score,
		at: rating.createdAt
	}).from(ratingSubject).innerJoin(rating, eq(rating.id, ratingSubject.ratingId)).where(and(eq(ratingSubject.workerId, workerId), isNotNull(rating.score), gte(rating.createdAt, /* @__PURE__ */ new Date(now.getTime() - 365 * DAY)))).orderBy(asc(rating.createdAt))).map((r) => ({
		score: r.score,
		at: r.at
	})));
}
/** Mean score per calendar month (YYYY-MM), oldest first. */
function monthlyMeans(rows) {
	const months = /* @__PURE__ */ new Map();
	for (const { score, at } of rows) {
		const month = at.toISOString().slice(0, 7);
		months.set(month, [...months.get(month) ?? [], score]);
	}
	return [...months].map(([month, scores]) => ({
		month,
		score: meanScore(scores),
		count: scores.length
	}));
}
/** The leader's overview: per worker, the last 90 days' mean and count, and the citizens flagged now. */
async function unitRatingOverview(leader, now = /* @__PURE__ */ new Date()) {
	if (!leader.unitId) return {
		workers: [],
		flagged: []
	};
	const since = /* @__PURE__ */ new Date(now.getTime() - 90 * DAY);
	const workers = await db.select({
		id: user.id,
		name: user.displayName
	}).from(user).where(and(eq(user.unitId, leader.unitId), eq(user.role, "worker"))).orderBy(asc(user.displayName));
	const recent = await db.select({
		workerId: ratingSubject.workerId,
		score: rating.score
	}).from(ratingSubject).innerJoin(rating, eq(rating.id, ratingSubject.ratingId)).innerJoin(citizen, eq(citizen.id, rating.citizenId)).where(and(eq(citizen.unitId, leader.unitId), isNotNull(rating.score), gte(rating.createdAt, since)));
	const citizens = await db.select({
		id: citizen.id,
		name: user.displayName
	}).from(citizen).innerJoin(user, eq(user.id, citizen.userId)).where(and(eq(citizen.unitId, leader.unitId), eq(citizen.status, "active"))).orderBy(asc(user.displayName));
	const flags = await latestRatingFlags(citizens.map((c) => c.id));
	const flagged = citizens.filter((c) => flags.has(c.id)).map((c) => ({
		...c,
		...flags.get(c.id)
	}));
	await recordAccess(flagged.map((c) => ({
		citizenId: c.id,
		actor: leader,
		action: "read",
		area: "ratings",
		object: "unit-overview"
	})));
	return {
		workers: workers.map((w) => {
			const scores = recent.filter((r) => r.workerId === w.id).map((r) => r.score);
			return {
				...w,
				score: meanScore(scores),
				count: scores.length
			};
		}),
		flagged
	};
}
// src/lib/server/contact-person/wish-rules.ts
/**
* When the citizen may choose (DESIGN.md §2.4): a temporary kontaktperson for the unit's choice
* period, then the first choice; after that a change at any time.
*/
function choiceWindow(input) {
	const temporary = input.supporters.find((s) => s.isTemporary);
	if (!temporary) return input.supporters.length === 0 ? { state: "first-choice" } : { state: "may-change" };
	const from = addDays(temporary.fromDate, input.choicePeriodDays);
	const daysLeft = daysBetween(input.today, from);
	return daysLeft > 0 ? {
		state: "waiting",
		from,
		daysLeft
	} : { state: "first-choice" };
}
/** The three team roles, each filled exactly once; a fourth person may join as `member`. */
var teamRoles = [
	"practical",
	"personal",
	"plan"
];
/**
* What is wrong with a wish's people, as error keys (empty: nothing). One kontaktperson: one
* person. A team: every role filled once, 2–4 different people, and one of them the main contact.
*/
function wishProblems(kind, members) {
	const problems = [];
	const people = new Set(members.map((m) => m.workerId));
	if (kind === "one") {
		if (members.length !== 1 || members[0].role !== "contact") problems.push("wish_error_one");
		return problems;
	}
	for (const role of teamRoles) if (members.filter((m) => m.role === role).length !== 1) problems.push(`wish_error_role_${role}`);
	if (members.some((m) => m.role === "contact")) problems.push("wish_error_team_size");
	if (members.filter((m) => m.role === "member").length > 1 || people.size < 2 || people.size > 4) problems.push("wish_error_team_size");
	if (new Set(members.filter((m) => m.isMain).map((m) => m.workerId)).size !== 1) problems.push("wish_error_main");
	return [...new Set(problems)];
}
/** Taking one more citizen exceeds the worker's maximum (someone already assigned adds no load). */
function exceedsCapacity(load, capacity, isAlreadyAssigned) {
	return !isAlreadyAssigned && load + 1 > capacity;
}
/** The state machine of a wish: only an open wish changes, and only once. */
function nextWishStatus(current, event) {
	if (current !== "open") return null;
	return event === "approve" ? "approved" : event === "decline" ? "declined" : "withdrawn";
}
/** An open wish not answered within the unit's answer time. */
function isWishOverdue(createdAt, answerDays, now) {
	return now.getTime() - createdAt.getTime() > answerDays * 24 * 60 * 60 * 1e3;
}
/** The last day to answer, as an ISO date. */
function answerBy(createdOn, answerDays) {
	return addDays(createdOn, answerDays);
}
// src/lib/server/contact-person/wishes.ts
/** When the citizen may choose, from today's supporters and the unit's choice period. */
async function choiceWindowFor(target, today = todayIso()) {
	const [row] = await db.select({ days: unit.choicePeriodDays }).from(unit).where(eq(unit.id, target.unitId));
	return choiceWindow({
		supporters: (await currentSupporters([target.id], today)).get(target.id) ?? [],
		choicePeriodDays: row?.days ?? 91,
		today
	});
}
async function membersOf(wishIds) {
	if (wishIds.length === 0) return [];
	return db.select({
		wishId: contactWishMember.wishId,
		role: contactWishMember.role,
		workerId: contactWishMember.workerId,
		isMain: contactWishMember.isMain,
		name: user.displayName
	}).from(contactWishMember).innerJoin(user, eq(user.id, contactWishMember.workerId)).where(inArray(contactWishMember.wishId, wishIds));
}
/**
* The citizen's wish. Only the citizen makes it (a guide may sit beside them: marked as written
* with help). Refused while the choice period runs, while another wish is open, when the people
* break the role rules, or when someone is not an active worker of the citizen's unit.
*/
async function createWish(target, input, today = todayIso()) {
	if ((await choiceWindowFor(target, today)).state === "waiting") return { status: "waiting" };
	const problems = wishProblems(input.kind, input.members);
	const workerIds = [...new Set(input.members.map((m) => m.workerId))];
	if ((workerIds.length ? await db.select({ id: user.id }).from(user).where(and(inArray(user.id, workerIds), eq(user.role, "worker"), eq(user.unitId, target.unitId), eq(user.isActive, true))) : []).length !== workerIds.length) problems.push("wish_error_worker");
	if (problems.length > 0) return {
		status: "invalid",
		problems
	};
	return db.transaction(async (tx) => {
		const [open] = await tx.select({ id: contactWish.id }).from(contactWish).where(and(eq(contactWish.citizenId, target.id), eq(contactWish.status, "open")));
		if (open) return { status: "already_open" };
		const wishId = newId();
		await tx.insert(contactWish).values({
			id: wishId,
			citizenId: target.id,
			kind: input.kind,
			reason: input.reason,
			writtenWithHelpBy: input.helperId,
			createdAt: /* @__PURE__ */ new Date()
		});
		await tx.insert(contactWishMember).values(input.members.map((m) => ({
			wishId,
			...m
		})));
		await tx.update(contactSuggestion).set({ status: "accepted" }).where(and(eq(contactSuggestion.citizenId, target.id), eq(contactSuggestion.status, "open"), inArray(contactSuggestion.suggestedWorkerId, workerIds)));
		return {
			status: "created",
			wishId
		};
	});
}
/** The citizen takes back an open wish. */
async function withdrawWish(citizenId, wishId) {
	return changeStatus(citizenId, wishId, "withdraw", {});
}
async function changeStatus(citizenId, wishId, event, set, tx) {
	const run = async (t) => {
		const [wish] = await t.select().from(contactWish).where(eq(contactWish.id, wishId));
		if (!wish || citizenId !== null && wish.citizenId !== citizenId) return null;
		const status = nextWishStatus(wish.status, event);
		if (!status) return null;
		await t.update(contactWish).set({
			...set,
			status
		}).where(and(eq(contactWish.id, wishId), eq(contactWish.status, "open")));
		return {
			...wish,
			status
		};
	};
	return tx ? run(tx) : db.transaction(run);
}
/** Whether the citizen has a wish waiting for the leader's answer (then no new one can be made). */
async function hasOpenWish(citizenId) {
	const [open] = await db.select({ id: contactWish.id }).from(contactWish).where(and(eq(contactWish.citizenId, citizenId), eq(contactWish.status, "open")));
	return open !== void 0;
}
/** Whether the citizen may ask for another kontaktperson today; if not, why: the choice period, or a wish waiting. */
async function choiceToday(target) {
	const window = await choiceWindowFor(target);
	if (window.state === "waiting") return {
		state: "waiting",
		from: window.from
	};
	if (await hasOpenWish(target.id)) return { state: "wish-open" };
	return { state: "may-choose" };
}
/** What the citizen sees: wishes newest first with the people and the answer. */
async function listWishes(citizenId) {
	const wishes = await db.select().from(contactWish).where(eq(contactWish.citizenId, citizenId)).orderBy(desc(contactWish.createdAt));
	const members = await membersOf(wishes.map((w) => w.id));
	return wishes.map((wish) => ({
		...wish,
		members: members.filter((m) => m.wishId === wish.id)
	}));
}
/** Every kontaktperson and team the citizen has had, newest first. */
async function assignmentHistory(citizenId) {
	return db.select({
		id: contactAssignment.id,
		name: user.displayName,
		role: contactAssignment.role,
		isMain: contactAssignment.isMain,
		isTemporary: contactAssignment.isTemporary,
		fromDate: contactAssignment.fromDate,
		toDate: contactAssignment.toDate
	}).from(contactAssignment).innerJoin(user, eq(user.id, contactAssignment.workerId)).where(eq(contactAssignment.citizenId, citizenId)).orderBy(desc(contactAssignment.fromDate), asc(user.displayName));
}
/** The leader's queue: open wishes of the unit (oldest first) and the last answered ones, each read logged. */
async function listWishQueue(leader, now = /* @__PURE__ */ new Date()) {
	if (!leader.unitId) return {
		open: [],
		answered: []
	};
	const [settings] = await db.select({ answerDays: unit.wishAnswerDays }).from(unit).where(eq(unit.id, leader.unitId));
	const answerDays = settings?.answerDays ?? 14;
	const rows = await db.select({
		wish: contactWish,
		citizenName: user.displayName
	}).from(contactWish).innerJoin(citizen, eq(citizen.id, contactWish.citizenId)).innerJoin(user, eq(user.id, citizen.userId)).where(eq(citizen.unitId, leader.unitId)).orderBy(asc(contactWish.createdAt));
	const members = await membersOf(rows.map((r) => r.wish.id));
	const workerIds = [...new Set(members.map((m) => m.workerId))];
	const loads = await workerLoads(workerIds);
	const capacities = new Map((workerIds.length ? await db.select().from(workerProfile).where(inArray(workerProfile.userId, workerIds)) : []).map((p) => [p.userId, p.capacity]));
	const current = await currentSupporters([...new Set(rows.map((r) => r.wish.citizenId))]);
	const view = rows.map(({ wish, citizenName }) => ({
		...wish,
		citizenName,
		isOverdue: wish.status === "open" && isWishOverdue(wish.createdAt, answerDays, now),
		answerBy: addDays(todayIso(wish.createdAt), answerDays),
		current: current.get(wish.citizenId) ?? [],
		members: members.filter((m) => m.wishId === wish.id).map((m) => {
			const load = loads.get(m.workerId) ?? 0;
			const capacity = capacities.get(m.workerId) ?? 0;
			const isAssigned = (current.get(wish.citizenId) ?? []).some((s) => s.workerId === m.workerId);
			return {
				...m,
				load,
				capacity,
				isOverCapacity: exceedsCapacity(load, capacity, isAssigned)
			};
		})
	}));
	const open = view.filter((w) => w.status === "open");
	const answered = view.filter((w) => w.status !== "open").reverse().slice(0, 20);
	await recordAccess([...open, ...answered].map((w) => ({
		citizenId: w.citizenId,
		actor: leader,
		action: "read",
		area: "contact-person",
		object: `wish:${w.id}`
	})));
	return {
		open,
		answered
	};
}
async function wishInUnit(leader, wishId) {
	const [row] = await db.select({
		wish: contactWish,
		unitId: citizen.unitId
	}).from(contactWish).innerJoin(citizen, eq(citizen.id, contactWish.citizenId)).where(eq(contactWish.id, wishId));
	return row && leader.unitId !== null && row.unitId === leader.unitId ? row.wish : null;
}
/**
* Approves a wish from a start date: today's assignments end the day before, the wished people
* start on the date (history kept). Capacity is never exceeded silently: the leader must say so.
*/
async function approveWish(leader, wishId, startDate, confirmOverCapacity, today = todayIso()) {
	const wish = await wishInUnit(leader, wishId);
	if (!wish) return "not_found";
	if (wish.status !== "open") return "not_open";
	if (startDate < today) return "bad_date";
	const members = await membersOf([wish.id]);
	const current = (await currentSupporters([wish.citizenId], today)).get(wish.citizenId) ?? [];
	const loads = await workerLoads(members.map((m) => m.workerId), startDate);
	const isOver = (await db.select().from(workerProfile).where(inArray(workerProfile.userId, members.map((m) => m.workerId)))).some((p) => exceedsCapacity(loads.get(p.userId) ?? 0, p.capacity, current.some((s) => s.workerId === p.userId)));
	if (isOver && !confirmOverCapacity) return "over_capacity";
	return await db.transaction(async (tx) => {
		if (!await changeStatus(null, wish.id, "approve", {
			answeredAt: /* @__PURE__ */ new Date(),
			answeredBy: leader.id,
			startDate,
			isOverCapacityConfirmed: isOver
		}, tx)) return false;
		const dayBefore = addDays(startDate, -1);
		await tx.update(contactAssignment).set({ toDate: dayBefore }).where(and(eq(contactAssignment.citizenId, wish.citizenId), lt(contactAssignment.fromDate, startDate), or(isNull(contactAssignment.toDate), gte(contactAssignment.toDate, startDate))));
		await tx.update(contactAssignment).set({ toDate: dayBefore }).where(and(eq(contactAssignment.citizenId, wish.citizenId), gte(contactAssignment.fromDate, startDate), isNull(contactAssignment.toDate)));
		await tx.insert(contactAssignment).values(members.map((m) => ({
			id: newId(),
			citizenId: wish.citizenId,
			workerId: m.workerId,
			role: m.role,
			isMain: m.isMain,
			isTemporary: false,
			fromDate: startDate
		})));
		await recordAccess([{
			citizenId: wish.citizenId,
			actor: leader,
			action: "update",
			area: "contact-person",
			object: `wish:${wish.id}`
		}], tx);
		return true;
	}) ? "approved" : "not_open";
}
/** Declines with a reason from the templates, free words, and what can happen instead. */
async function declineWish(leader, wishId, input) {
	const wish = await wishInUnit(leader, wishId);
	if (!wish) return "not_found";
	return await db.transaction(async (tx) => {
		if (!await changeStatus(null, wish.id, "decline", {
			answeredAt: /* @__PURE__ */ new Date(),
			answeredBy: leader.id,
			declineReason: input.reason,
			declineText: input.text,
			insteadText: input.instead
		}, tx)) return false;
		await recordAccess([{
			citizenId: wish.citizenId,
			actor: leader,
			action: "update",
			area: "contact-person",
			object: `wish:${wish.id}`
		}], tx);
		return true;
	}) ? "declined" : "not_open";
}
/** The citizen's open wish, if any, and whether it is past the answer time (for the caseload). */
async function openWishFlags(citizenIds, now = /* @__PURE__ */ new Date()) {
	const flags = /* @__PURE__ */ new Map();
	if (citizenIds.length === 0) return flags;
	const rows = await db.select({
		citizenId: contactWish.citizenId,
		createdAt: contactWish.createdAt,
		answerDays: unit.wishAnswerDays
	}).from(contactWish).innerJoin(citizen, eq(citizen.id, contactWish.citizenId)).innerJoin(unit, eq(unit.id, citizen.unitId)).where(and(inArray(contactWish.citizenId, citizenIds), eq(contactWish.status, "open")));
	for (const row of rows) flags.set(row.citizenId, { isOverdue: isWishOverdue(row.createdAt, row.answerDays, now) });
	return flags;
}
/** Only the citizen's temporary kontaktperson suggests, and only a worker of the same unit. */
async function suggestContact(worker, target, suggestedWorkerId, text) {
	if (!((await currentSupporters([target.id])).get(target.id) ?? []).some((s) => s.workerId === worker.id && s.isTemporary)) return "not_temporary";
	const [suggested] = await db.select({ id: user.id }).from(user).where(and(eq(user.id, suggestedWorkerId), eq(user.role, "worker"), eq(user.unitId, target.unitId), eq(user.isActive, true)));
	if (!suggested) return "not_found";
	await db.transaction(async (tx) => {
		const id = newId();
		await tx.insert(contactSuggestion).values({
			id,
			citizenId: target.id,
			fromWorkerId: worker.id,
			suggestedWorkerId,
			text,
			createdAt: /* @__PURE__ */ new Date()
		});
		await recordAccess([{
			citizenId: target.id,
			actor: worker,
			action: "create",
			area: "contact-person",
			object: `suggestion:${id}`
		}], tx);
	});
	return "suggested";
}
async function openSuggestions(citizenId) {
	const rows = await db.select({
		id: contactSuggestion.id,
		text: contactSuggestion.text,
		suggestedWorkerId: contactSuggestion.suggestedWorkerId,
		fromWorkerId: contactSuggestion.fromWorkerId,
		createdAt: contactSuggestion.createdAt
	}).from(contactSuggestion).where(and(eq(contactSuggestion.citizenId, citizenId), eq(contactSuggestion.status, "open"))).orderBy(desc(contactSuggestion.createdAt));
	const ids = [...new Set(rows.flatMap((r) => [r.suggestedWorkerId, r.fromWorkerId]))];
	const names = new Map((ids.length ? await db.select({
		id: user.id,
		name: user.displayName
	}).from(user).where(inArray(user.id, ids)) : []).map((u) => [u.id, u.name]));
	return rows.map((r) => ({
		...r,
		suggestedName: names.get(r.suggestedWorkerId) ?? "",
		fromName: names.get(r.fromWorkerId) ?? ""
	}));
}
/** The citizen says no thanks to a suggestion (accepting happens by making the wish); false (logged) when it is not theirs. */
async function ignoreSuggestion(target, suggestionId) {
	if ((await db.update(contactSuggestion).set({ status: "ignored" }).where(and(eq(contactSuggestion.id, suggestionId), eq(contactSuggestion.citizenId, target.id))).returning({ id: contactSuggestion.id })).length === 1) return true;
	const [other] = await db.select({ citizenId: contactSuggestion.citizenId }).from(contactSuggestion).where(eq(contactSuggestion.id, suggestionId));
	await logForeignId({
		id: target.userId,
		role: "citizen"
	}, other?.citizenId ?? null, "contact-person", `suggestion:${suggestionId}`);
	return false;
}
// src/lib/server/citizens.ts
var worker = alias(user, "worker");
var supporterColumns = {
	citizenId: contactAssignment.citizenId,
	workerId: contactAssignment.workerId,
	name: worker.displayName,
	role: contactAssignment.role,
	isMain: contactAssignment.isMain,
	isTemporary: contactAssignment.isTemporary,
	fromDate: contactAssignment.fromDate
};
/** Assignments in force on `today` (a date, or a placeholder in a prepared query). */
var inForceOn = (today) => and(lte(contactAssignment.fromDate, today), or(isNull(contactAssignment.toDate), gte(contactAssignment.toDate, today)));
var supporterRows = (whichCitizens, today) => db.select(supporterColumns).from(contactAssignment).innerJoin(worker, eq(worker.id, contactAssignment.workerId)).where(and(whichCitizens, inForceOn(today))).orderBy(asc(worker.displayName));
/** One citizen's supporters, asked on every visit to Min side: built once. */
var supportersOfOne = supporterRows(eq(contactAssignment.citizenId, sql.placeholder("citizenId")), sql.placeholder("today")).prepare();
/** Current supporters of each citizen, main contact first. */
async function currentSupporters(citizenIds, today = todayIso()) {
	const bySupporter = /* @__PURE__ */ new Map();
	if (citizenIds.length === 0) return bySupporter;
	const rows = citizenIds.length === 1 ? await supportersOfOne.all({
		citizenId: citizenIds[0],
		today
	}) : await supporterRows(inArray(contactAssignment.citizenId, citizenIds), today);
	for (const { citizenId, ...supporter } of rows) {
		const list = bySupporter.get(citizenId) ?? [];
		list.push(supporter);
		bySupporter.set(citizenId, list);
	}
	for (const list of bySupporter.values()) list.sort((a, b) => Number(b.isMain) - Number(a.isMain));
	return bySupporter;
}
/** The kontaktperson or team of one citizen on a day: today's supporters without registered cover. */
async function supportTeam(citizenId, today = todayIso()) {
	return ((await currentSupporters([citizenId], today)).get(citizenId) ?? []).filter((s) => s.role !== "cover");
}
var citizenOfUser = db.select({
	citizen,
	unitName: unit.name,
	choicePeriodDays: unit.choicePeriodDays
}).from(citizen).innerJoin(unit, eq(unit.id, citizen.unitId)).where(eq(citizen.userId, sql.placeholder("userId"))).limit(1).prepare();
/** What Min side needs: the citizen, their unit, who supports them, and when they may choose. */
async function getCitizenHome(userId, today = todayIso()) {
	const [row] = await citizenOfUser.all({ userId });
	if (!row) return null;
	const supporters = (await currentSupporters([row.citizen.id], today)).get(row.citizen.id) ?? [];
	const temporary = supporters.find((s) => s.isTemporary);
	return {
		citizenId: row.citizen.id,
		unitName: row.unitName,
		supporters,
		/** The date the citizen may choose their own kontaktperson, while it is temporary. */
		mayChooseFrom: temporary ? addDays(temporary.fromDate, row.choicePeriodDays) : null
	};
}
/**
* "Mine borgere": a worker's currently assigned citizens, or a leader's whole unit — never
* another unit. Each citizen shown is a read by staff, so each lands in the citizen's access log.
*/
async function listCaseload(staff, today = todayIso()) {
	if (!staff.unitId || staff.role !== "worker" && staff.role !== "leader") return [];
	const person = alias(user, "person");
	const inUnit = and(eq(citizen.unitId, staff.unitId), eq(citizen.status, "active"));
	const base = db.selectDistinct({
		id: citizen.id,
		name: person.displayName,
		hoursBand: citizen.hoursBand,
		legalBasis: citizen.legalBasis,
		startDate: citizen.startDate,
		status: citizen.status
	}).from(citizen).innerJoin(person, eq(person.id, citizen.userId));
	const rows = staff.role === "leader" ? await base.where(inUnit).orderBy(asc(person.displayName)) : await base.innerJoin(contactAssignment, eq(contactAssignment.citizenId, citizen.id)).where(and(inUnit, eq(contactAssignment.workerId, staff.id), lte(contactAssignment.fromDate, today), or(isNull(contactAssignment.toDate), gte(contactAssignment.toDate, today)))).orderBy(asc(person.displayName));
	const supporters = await currentSupporters(rows.map((r) => r.id), today);
	const flags = await latestRatingFlags(rows.map((r) => r.id));
	const sparklines = await recentScores(rows.map((r) => r.id));
	const wishes = await openWishFlags(rows.map((r) => r.id));
	const ratingsShown = /* @__PURE__ */ new Set([...flags.keys(), ...sparklines.keys()]);
	await recordAccess([
		...rows.map((r) => ({
			citizenId: r.id,
			actor: staff,
			action: "read",
			area: "overview",
			object: "caseload"
		})),
		...[...ratingsShown].map((citizenId) => ({
			citizenId,
			actor: staff,
			action: "read",
			area: "ratings",
			object: "caseload"
		})),
		...[...wishes.keys()].map((citizenId) => ({
			citizenId,
			actor: staff,
			action: "read",
			area: "contact-person",
			object: "caseload"
		}))
	]);
	return rows.map((r) => ({
		...r,
		supporters: supporters.get(r.id) ?? [],
		ratingFlag: flags.get(r.id) ?? null,
		wishFlag: wishes.get(r.id) ?? null,
		sparkline: sparklines.get(r.id) ?? []
	}));
}
/** The staff view of one citizen, after `requireCitizenAccess` allowed it. */
async function getCitizenOverview(target, today = todayIso()) {
	const [person] = await db.select({ name: user.displayName }).from(user).where(eq(user.id, target.userId));
	const supporters = (await currentSupporters([target.id], today)).get(target.id) ?? [];
	return {
		...target,
		name: person?.name ?? "",
		supporters
	};
}
/** Assignments of a worker that start or end after today: "Ændringer på vej" on the staff page. */
async function upcomingChanges(worker, today = todayIso()) {
	const person = alias(user, "person");
	const rows = await db.select({
		id: contactAssignment.id,
		citizenId: citizen.id,
		citizenName: person.displayName,
		fromDate: contactAssignment.fromDate,
		toDate: contactAssignment.toDate
	}).from(contactAssignment).innerJoin(citizen, eq(citizen.id, contactAssignment.citizenId)).innerJoin(person, eq(person.id, citizen.userId)).where(and(eq(contactAssignment.workerId, worker.id), or(gte(contactAssignment.fromDate, addDays(today, 1)), gte(contactAssignment.toDate, today)))).orderBy(asc(contactAssignment.fromDate));
	await recordAccess(rows.map((r) => ({
		citizenId: r.citizenId,
		actor: worker,
		action: "read",
		area: "overview",
		object: "upcoming"
	})));
	return rows.flatMap((r) => [...r.fromDate > today ? [{
		id: `${r.id}-start`,
		citizenId: r.citizenId,
		citizenName: r.citizenName,
		kind: "start",
		date: r.fromDate
	}] : [], ...r.toDate !== null && r.toDate >= today ? [{
		id: `${r.id}-end`,
		citizenId: r.citizenId,
		citizenName: r.citizenName,
		kind: "end",
		date: r.toDate
	}] : []]);
}
export { listRatings as C, workerTrend as D, unitRatingOverview as E, dismissRatingPrompt as S, ratingPrompt as T, suggestContact as _, supportTeam as a, teamRoles as b, assignmentHistory as c, createWish as d, declineWish as f, openSuggestions as g, listWishes as h, listCaseload as i, choiceToday as l, listWishQueue as m, getCitizenHome as n, upcomingChanges as o, ignoreSuggestion as p, getCitizenOverview as r, approveWish as s, currentSupporters as t, choiceWindowFor as u, withdrawWish as v, markVisitDone as w, createRating as x, answerBy as y };

//# sourceMappingURL=citizens.js.map