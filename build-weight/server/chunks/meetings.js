import { C as planChange, R as user, a as meetingAgreement, c as reviewMark, i as meeting, m as rating, n as db, o as meetingNote, s as meetingParticipant, w as dream } from "./db.js";
import { s as recordAccess } from "./record.js";
import { n as logForeignId, t as ForeignId } from "./foreign-id.js";
import { t as newId } from "./random.js";
import { a as daysBetween, i as addDays } from "./time.js";
import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lt, lte } from "drizzle-orm";
// src/lib/server/meetings/meeting-rules.ts
/**
* What Før mødet shows: everything new or changed after the citizen's previous meeting and up to
* this one's start (later items belong to the next meeting).
*/
function sinceLastMeeting(items, previousMeetingAt, startsAt) {
	return items.filter((item) => (previousMeetingAt === null || item.at > previousMeetingAt) && item.at <= startsAt);
}
/** Unread items and whether the meeting counts as reviewed (every item read; nothing to read counts). */
function reviewState(itemKeys, readKeys) {
	const unread = itemKeys.filter((key) => !readKeys.has(key)).length;
	return {
		unread,
		isReviewed: unread === 0
	};
}
/** When a team of two or more began: the day its newest member started. Null for one kontaktperson. */
function teamStartDate(team) {
	return team.length > 1 ? team.map((s) => s.fromDate).sort().at(-1) : null;
}
/** The 3-month evaluation from the start date, and for a team the yearly evaluation from the team's start. */
function proposedMeetings(input) {
	const proposals = [];
	const held = input.meetings.filter((m) => !m.isCancelled);
	if (!held.some((m) => m.type === "evaluation_3m")) {
		const date = addDays(input.startDate, 91);
		proposals.push({
			type: "evaluation_3m",
			date: date < input.today ? input.today : date
		});
	}
	if (input.teamStartDate) {
		const anniversary = addDays(input.teamStartDate, 365);
		if (!held.some((m) => m.type === "team_yearly" && m.startsOn >= input.teamStartDate)) proposals.push({
			type: "team_yearly",
			date: anniversary < input.today ? input.today : anniversary
		});
	}
	return proposals;
}
/** A proposal within two weeks (or past) is due: it becomes a flag on Mine borgere. */
function isEvaluationDue(proposals, today) {
	return proposals.some((p) => daysBetween(today, p.date) <= 14);
}
/** The review is late when the next meeting is two days away or less and not every item is read. */
function isReviewLate(startsAt, isReviewed, now) {
	const hoursLeft = (startsAt.getTime() - now.getTime()) / 36e5;
	return !isReviewed && hoursLeft >= 0 && hoursLeft <= 48;
}
var weights = {
	reviewLate: 16,
	lowOrFallingRating: 8,
	openWish: 4,
	temporaryPeriodOver: 2,
	evaluationDue: 1
};
/** How much a case needs attention: Mine borgere sorts by this, highest first. */
function attentionScore(flags) {
	return Object.keys(weights).reduce((sum, flag) => sum + (flags[flag] ? weights[flag] : 0), 0);
}
// src/lib/server/meetings/meetings.ts
/**
* A worker or leader plans a meeting with the citizen; participants must be staff of the unit.
* Anyone else named is refused (logged, `ForeignId` thrown), and nothing is stored.
*/
async function scheduleMeeting(staff, target, input) {
	const named = [...new Set(input.participantIds)];
	const staffIds = named.length ? (await db.select({ id: user.id }).from(user).where(and(inArray(user.id, named), eq(user.unitId, target.unitId), inArray(user.role, ["worker", "leader"])))).map((u) => u.id) : [];
	const stranger = named.find((participantId) => !staffIds.includes(participantId));
	if (stranger !== void 0) {
		await logForeignId(staff, target.id, "meetings", `participant:${stranger}`);
		throw new ForeignId(`participant:${stranger}`);
	}
	const id = newId();
	await db.transaction(async (tx) => {
		await tx.insert(meeting).values({
			id,
			citizenId: target.id,
			type: input.type,
			startsAt: input.startsAt,
			place: input.place,
			createdBy: staff.id,
			createdAt: /* @__PURE__ */ new Date()
		});
		if (staffIds.length > 0) await tx.insert(meetingParticipant).values(staffIds.map((userId) => ({
			meetingId: id,
			userId
		})));
		await recordAccess([{
			citizenId: target.id,
			actor: staff,
			action: "create",
			area: "meetings",
			object: `meeting:${id}`
		}], tx);
	});
	return id;
}
/** One of the citizen's meetings, or null (another citizen's meeting is never found). */
async function findMeeting(citizenId, meetingId) {
	const [row] = await db.select().from(meeting).where(and(eq(meeting.id, meetingId), eq(meeting.citizenId, citizenId)));
	return row ?? null;
}
/** The citizen's meetings, newest first, with participants, notes (with authors) and agreements. */
async function listMeetings(citizenId) {
	const rows = await db.select().from(meeting).where(and(eq(meeting.citizenId, citizenId), isNull(meeting.cancelledAt))).orderBy(desc(meeting.startsAt));
	const ids = rows.map((r) => r.id);
	if (ids.length === 0) return [];
	const participants = await db.select({
		meetingId: meetingParticipant.meetingId,
		name: user.displayName
	}).from(meetingParticipant).innerJoin(user, eq(user.id, meetingParticipant.userId)).where(inArray(meetingParticipant.meetingId, ids));
	const notes = await db.select({
		note: meetingNote,
		authorName: user.displayName,
		authorRole: user.role
	}).from(meetingNote).innerJoin(user, eq(user.id, meetingNote.authorId)).where(inArray(meetingNote.meetingId, ids)).orderBy(asc(meetingNote.createdAt));
	const agreements = await db.select().from(meetingAgreement).where(inArray(meetingAgreement.meetingId, ids)).orderBy(asc(meetingAgreement.position));
	return rows.map((m) => ({
		...m,
		participants: participants.filter((p) => p.meetingId === m.id).map((p) => p.name),
		notes: notes.filter((n) => n.note.meetingId === m.id).map((n) => ({
			...n.note,
			authorName: n.authorName,
			authorRole: n.authorRole
		})),
		agreements: agreements.filter((a) => a.meetingId === m.id).map((a) => a.text)
	}));
}
/**
* The citizen's topic or "Sådan husker jeg det ikke", or a relative's input. Someone other than
* the citizen writing is logged in the same transaction. With a client id, a repeated send stores one.
*/
async function addMeetingNote(actor, target, meetingId, kind, text, clientId = null) {
	const found = await findMeeting(target.id, meetingId);
	if (!found) return "not_found";
	if (kind === "remembers_differently" && !found.summaryAt) return "not_held";
	return db.transaction(async (tx) => {
		if (clientId) {
			const [earlier] = await tx.select({ id: meetingNote.id }).from(meetingNote).where(and(eq(meetingNote.meetingId, meetingId), eq(meetingNote.clientId, clientId)));
			if (earlier) return "saved";
		}
		const id = newId();
		await tx.insert(meetingNote).values({
			id,
			meetingId,
			kind,
			text,
			authorId: actor.id,
			clientId,
			createdAt: /* @__PURE__ */ new Date()
		});
		if (actor.id !== target.userId) await recordAccess([{
			citizenId: target.id,
			actor,
			action: "create",
			area: "meetings",
			object: `note:${id}`
		}], tx);
		return "saved";
	});
}
/** Who the citizen brings to the meeting, in their words. */
async function setCitizenBrings(citizenId, meetingId, text) {
	await db.update(meeting).set({ citizenBrings: text }).where(and(eq(meeting.id, meetingId), eq(meeting.citizenId, citizenId)));
}
/**
* Før mødet: everything new or changed since the previous meeting — the citizen's topics and
* relatives' input for this meeting, dreams shared with the team, plan changes and ratings —
* with whether each is read.
*/
async function reviewFor(target, current) {
	const [previous] = await db.select({ startsAt: meeting.startsAt }).from(meeting).where(and(eq(meeting.citizenId, target.id), lt(meeting.startsAt, current.startsAt), isNull(meeting.cancelledAt))).orderBy(desc(meeting.startsAt)).limit(1);
	const after = previous?.startsAt ?? null;
	const window = after ? and(gt(dream.updatedAt, after), lte(dream.updatedAt, current.startsAt)) : lte(dream.updatedAt, current.startsAt);
	const notes = await db.select({
		note: meetingNote,
		by: user.displayName
	}).from(meetingNote).innerJoin(user, eq(user.id, meetingNote.authorId)).where(and(eq(meetingNote.meetingId, current.id), inArray(meetingNote.kind, ["topic", "input"])));
	const dreams = await db.select().from(dream).where(and(eq(dream.citizenId, target.id), isNull(dream.deletedAt), isNotNull(dream.confirmedAt), inArray(dream.visibility, ["team", "relatives"]), window));
	const changes = await db.select({
		change: planChange,
		by: user.displayName
	}).from(planChange).innerJoin(user, eq(user.id, planChange.changedBy)).where(and(eq(planChange.citizenId, target.id), lte(planChange.at, current.startsAt), ...after ? [gt(planChange.at, after)] : []));
	const ratings = await db.select().from(rating).where(and(eq(rating.citizenId, target.id), lte(rating.createdAt, current.startsAt), ...after ? [gt(rating.createdAt, after)] : []));
	const forThisMeeting = notes.map(({ note, by }) => ({
		key: `${note.kind}:${note.id}`,
		kind: note.kind,
		at: note.createdAt,
		text: note.text,
		by
	}));
	const changed = sinceLastMeeting([
		...dreams.map((d) => ({
			key: `dream:${d.id}:${d.version}`,
			kind: "dream",
			at: d.updatedAt,
			text: d.text,
			by: ""
		})),
		...changes.map(({ change, by }) => ({
			key: `plan:${change.id}`,
			kind: "plan",
			at: change.at,
			text: change.summary,
			by,
			change: change.kind
		})),
		...ratings.map((r) => ({
			key: `rating:${r.id}`,
			kind: "rating",
			at: r.createdAt,
			text: r.comment,
			by: "",
			score: r.score
		}))
	], after, current.startsAt);
	const all = [...forThisMeeting, ...changed].sort((a, b) => a.at.getTime() - b.at.getTime());
	const marks = await db.select({ itemKey: reviewMark.itemKey }).from(reviewMark).where(eq(reviewMark.meetingId, current.id));
	const read = new Set(marks.map((m) => m.itemKey));
	return {
		items: all.map((item) => ({
			...item,
			isRead: read.has(item.key)
		})),
		previousAt: after,
		...reviewState(all.map((i) => i.key), read)
	};
}
/** "Markér som læst" for one item; a second mark changes nothing. */
async function markRead(staff, meetingId, itemKey) {
	await db.insert(reviewMark).values({
		meetingId,
		itemKey,
		readBy: staff.id,
		readAt: /* @__PURE__ */ new Date()
	}).onConflictDoNothing();
}
/**
* After the meeting: the summary in easy-read words and the agreements, visible to the citizen.
* Refused before the meeting's time: a summary marks the meeting held, which closes the citizen's
* "Det vil jeg tale om" for a meeting that has not happened.
*/
async function writeSummary(staff, target, meetingId, summary, agreements, now = /* @__PURE__ */ new Date()) {
	const found = await findMeeting(target.id, meetingId);
	if (!found) return "not_found";
	if (found.startsAt.getTime() > now.getTime()) return "not_held_yet";
	await db.transaction(async (tx) => {
		await tx.update(meeting).set({
			summary,
			summaryAt: /* @__PURE__ */ new Date()
		}).where(eq(meeting.id, meetingId));
		await tx.delete(meetingAgreement).where(eq(meetingAgreement.meetingId, meetingId));
		if (agreements.length > 0) await tx.insert(meetingAgreement).values(agreements.map((text, position) => ({
			id: newId(),
			meetingId,
			position,
			text
		})));
		await recordAccess([{
			citizenId: target.id,
			actor: staff,
			action: "update",
			area: "meetings",
			object: `meeting:${meetingId}`
		}], tx);
	});
	return "saved";
}
export { reviewFor as a, writeSummary as c, isReviewLate as d, proposedMeetings as f, markRead as i, attentionScore as l, findMeeting as n, scheduleMeeting as o, teamStartDate as p, listMeetings as r, setCitizenBrings as s, addMeetingNote as t, isEvaluationDue as u };

//# sourceMappingURL=meetings.js.map