import { A as invitation, C as planChange, D as grant, E as deletionRequest, F as contactAssignment, L as citizen, N as session, O as grantInvitation, R as user, S as plan, T as dreamVersion, _ as ratingSubject, a as meetingAgreement, b as goalDream, c as reviewMark, d as contactWishMember, g as ratingQuestion, h as ratingAnswer, i as meeting, j as credential, l as contactSuggestion, m as rating, n as db, o as meetingNote, p as questionSet, s as meetingParticipant, u as contactWish, v as visit, w as dream, x as goalStep, y as goal, z as unit } from "./db.js";
import { s as recordAccess } from "./record.js";
import { n as fullAccessLog } from "./view.js";
import { t as newId } from "./random.js";
import { t as describeDevice } from "./device-name.js";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import { alias } from "drizzle-orm/sqlite-core";
// src/lib/server/my-data/names.ts
/** Display names for the people who wrote or did something; staff and helpers the citizen already sees in the app. */
async function namesOf(ids) {
	const wanted = [...new Set([...ids].filter((id) => !!id))];
	if (wanted.length === 0) return () => null;
	const rows = await db.select({
		id: user.id,
		name: user.displayName
	}).from(user).where(inArray(user.id, wanted));
	const names = new Map(rows.map((r) => [r.id, r.name]));
	return (id) => id ? names.get(id) ?? null : null;
}
/** ISO text for a stored time, null kept as null. */
var iso = (date) => date?.toISOString() ?? null;
// src/lib/server/my-data/account.ts
/**
* The account: name, how the person logs in, the devices logged in and the activation letters made.
* Never the secrets: no password hash, passkey key, session id or code hash leaves the server.
*/
async function exportAccount(userId) {
	const [person] = await db.select().from(user).where(eq(user.id, userId));
	const credentials = await db.select().from(credential).where(eq(credential.userId, userId)).orderBy(asc(credential.createdAt));
	const sessions = await db.select().from(session).where(eq(session.userId, userId)).orderBy(desc(session.lastUsedAt));
	const codes = await db.select().from(invitation).where(eq(invitation.userId, userId)).orderBy(asc(invitation.createdAt));
	const name = await namesOf(codes.map((c) => c.createdBy));
	return {
		person: {
			name: person?.displayName ?? "",
			loginName: person?.loginName ?? null,
			createdAt: iso(person?.createdAt)
		},
		login: {
			hasPassword: credentials.some((c) => c.kind === "password"),
			passkeys: credentials.filter((c) => c.kind === "passkey").map((c) => ({
				name: c.name,
				createdAt: c.createdAt.toISOString(),
				lastUsedAt: iso(c.lastUsedAt)
			})),
			activationCodes: codes.map((c) => ({
				createdBy: name(c.createdBy),
				createdAt: c.createdAt.toISOString(),
				expiresAt: c.expiresAt.toISOString(),
				usedAt: iso(c.usedAt)
			}))
		},
		sessions: sessions.map((s) => ({
			device: describeDevice(s.userAgent),
			createdAt: s.createdAt.toISOString(),
			lastUsedAt: s.lastUsedAt.toISOString()
		}))
	};
}
/** Every relative and guide the citizen invited or was suggested, with the invitation links' dates. */
async function exportHelpers(citizenId) {
	const grants = await db.select().from(grant).where(eq(grant.citizenId, citizenId)).orderBy(asc(grant.createdAt));
	const links = grants.length === 0 ? [] : await db.select().from(grantInvitation).where(inArray(grantInvitation.grantId, grants.map((g) => g.id))).orderBy(asc(grantInvitation.createdAt));
	const name = await namesOf(grants.map((g) => g.suggestedBy));
	return grants.map((g) => ({
		id: g.id,
		name: g.name,
		kind: g.kind,
		status: g.status,
		areas: g.areas,
		canWriteInput: g.canWriteInput,
		endsOn: g.endsOn,
		suggestedBy: name(g.suggestedBy),
		createdAt: g.createdAt.toISOString(),
		acceptedAt: iso(g.acceptedAt),
		revokedAt: iso(g.revokedAt),
		lastSeenAt: iso(g.lastSeenAt),
		invitations: links.filter((l) => l.grantId === g.id).map((l) => ({
			createdAt: l.createdAt.toISOString(),
			expiresAt: l.expiresAt.toISOString(),
			usedAt: iso(l.usedAt)
		}))
	}));
}
// src/lib/server/my-data/contact.ts
/** Who has supported the citizen, from when to when. */
async function exportSupporters(citizenId) {
	const rows = await db.select().from(contactAssignment).where(eq(contactAssignment.citizenId, citizenId)).orderBy(asc(contactAssignment.fromDate));
	const name = await namesOf(rows.map((r) => r.workerId));
	return rows.map((r) => ({
		id: r.id,
		name: name(r.workerId) ?? "",
		role: r.role,
		isMain: r.isMain,
		isTemporary: r.isTemporary,
		fromDate: r.fromDate,
		toDate: r.toDate
	}));
}
/** Every kontaktperson wish with whom it named and the leader's answer, and staff's suggestions. */
async function exportContactWishes(citizenId) {
	const wishes = await db.select().from(contactWish).where(eq(contactWish.citizenId, citizenId)).orderBy(asc(contactWish.createdAt));
	const members = wishes.length === 0 ? [] : await db.select().from(contactWishMember).where(inArray(contactWishMember.wishId, wishes.map((w) => w.id)));
	const suggestions = await db.select().from(contactSuggestion).where(eq(contactSuggestion.citizenId, citizenId)).orderBy(asc(contactSuggestion.createdAt));
	const name = await namesOf([
		...wishes.flatMap((w) => [w.writtenWithHelpBy, w.answeredBy]),
		...members.map((mb) => mb.workerId),
		...suggestions.flatMap((s) => [s.fromWorkerId, s.suggestedWorkerId])
	]);
	return {
		contactWishes: wishes.map((w) => ({
			id: w.id,
			kind: w.kind,
			members: members.filter((mb) => mb.wishId === w.id).map((mb) => ({
				role: mb.role,
				name: name(mb.workerId) ?? "",
				isMain: mb.isMain
			})),
			reason: w.reason,
			writtenWithHelpBy: name(w.writtenWithHelpBy),
			createdAt: w.createdAt.toISOString(),
			status: w.status,
			answeredBy: name(w.answeredBy),
			answeredAt: iso(w.answeredAt),
			startDate: w.startDate,
			isOverCapacityConfirmed: w.isOverCapacityConfirmed,
			declineReason: w.declineReason,
			declineText: w.declineText,
			insteadText: w.insteadText
		})),
		contactSuggestions: suggestions.map((s) => ({
			id: s.id,
			from: name(s.fromWorkerId),
			suggested: name(s.suggestedWorkerId),
			text: s.text,
			status: s.status,
			createdAt: s.createdAt.toISOString()
		}))
	};
}
// src/lib/server/my-data/dreams-plan.ts
/** Every dream with every version, deleted ones too (they are kept, so they are the citizen's data). */
async function exportDreams(citizenId) {
	const dreams = await db.select().from(dream).where(eq(dream.citizenId, citizenId)).orderBy(asc(dream.createdAt));
	const versions = dreams.length === 0 ? [] : await db.select().from(dreamVersion).where(inArray(dreamVersion.dreamId, dreams.map((d) => d.id))).orderBy(asc(dreamVersion.dreamId), asc(dreamVersion.version), asc(dreamVersion.id));
	const name = await namesOf([...dreams.map((d) => d.writtenWithHelpBy), ...versions.map((v) => v.changedBy)]);
	return dreams.map((d) => ({
		id: d.id,
		text: d.text,
		lifeArea: d.lifeArea,
		visibility: d.visibility,
		talkAtNextMeeting: d.talkAtNextMeeting,
		writtenWithHelpBy: name(d.writtenWithHelpBy),
		confirmedAt: iso(d.confirmedAt),
		version: d.version,
		createdAt: d.createdAt.toISOString(),
		updatedAt: d.updatedAt.toISOString(),
		isDeleted: d.deletedAt !== null,
		deletedAt: iso(d.deletedAt),
		versions: versions.filter((v) => v.dreamId === d.id).map((v) => ({
			version: v.version,
			change: v.change,
			text: v.text,
			lifeArea: v.lifeArea,
			visibility: v.visibility,
			talkAtNextMeeting: v.talkAtNextMeeting,
			changedBy: name(v.changedBy),
			changedAt: v.changedAt.toISOString()
		}))
	}));
}
/** The plan: its date, every goal (deleted ones too) with its steps and dreams, and its whole history. */
async function exportPlan(citizenId) {
	const [row] = await db.select().from(plan).where(eq(plan.citizenId, citizenId));
	const goals = await db.select().from(goal).where(eq(goal.citizenId, citizenId)).orderBy(asc(goal.createdAt));
	const goalIds = goals.map((g) => g.id);
	const steps = goalIds.length === 0 ? [] : await db.select().from(goalStep).where(inArray(goalStep.goalId, goalIds)).orderBy(asc(goalStep.createdAt));
	const links = goalIds.length === 0 ? [] : await db.select().from(goalDream).where(inArray(goalDream.goalId, goalIds));
	const history = await db.select().from(planChange).where(eq(planChange.citizenId, citizenId)).orderBy(asc(planChange.at), asc(planChange.id));
	const name = await namesOf(history.map((h) => h.changedBy));
	return {
		planDate: row?.planDate ?? null,
		updatedAt: iso(row?.updatedAt),
		goals: goals.map((g) => ({
			id: g.id,
			text: g.text,
			progress: g.progress,
			dreamIds: links.filter((l) => l.goalId === g.id).map((l) => l.dreamId),
			createdAt: g.createdAt.toISOString(),
			updatedAt: g.updatedAt.toISOString(),
			isDeleted: g.deletedAt !== null,
			deletedAt: iso(g.deletedAt),
			steps: steps.filter((s) => s.goalId === g.id).map((s) => ({
				id: s.id,
				text: s.text,
				owner: s.owner,
				isDone: s.isDone,
				createdAt: s.createdAt.toISOString()
			}))
		})),
		history: history.map((h) => ({
			id: h.id,
			kind: h.kind,
			summary: h.summary,
			changedBy: name(h.changedBy),
			at: h.at.toISOString()
		}))
	};
}
// src/lib/server/my-data/meetings.ts
/**
* Every meeting, cancelled ones too: who took part, the citizen's topics, relatives' input,
* "Sådan husker jeg det ikke", the summary, the agreements, and staff's "read" marks before it.
*/
async function exportMeetings(citizenId) {
	const meetings = await db.select().from(meeting).where(eq(meeting.citizenId, citizenId)).orderBy(asc(meeting.startsAt));
	const ids = meetings.map((mt) => mt.id);
	if (ids.length === 0) return [];
	const [participants, notes, agreements, marks] = await Promise.all([
		db.select().from(meetingParticipant).where(inArray(meetingParticipant.meetingId, ids)),
		db.select().from(meetingNote).where(inArray(meetingNote.meetingId, ids)).orderBy(asc(meetingNote.createdAt)),
		db.select().from(meetingAgreement).where(inArray(meetingAgreement.meetingId, ids)).orderBy(asc(meetingAgreement.position)),
		db.select().from(reviewMark).where(inArray(reviewMark.meetingId, ids)).orderBy(asc(reviewMark.readAt))
	]);
	const name = await namesOf([
		...meetings.map((mt) => mt.createdBy),
		...participants.map((p) => p.userId),
		...notes.map((n) => n.authorId),
		...marks.map((r) => r.readBy)
	]);
	return meetings.map((mt) => ({
		id: mt.id,
		type: mt.type,
		startsAt: mt.startsAt.toISOString(),
		place: mt.place,
		citizenBrings: mt.citizenBrings,
		participants: participants.filter((p) => p.meetingId === mt.id).map((p) => name(p.userId) ?? ""),
		createdBy: name(mt.createdBy),
		createdAt: mt.createdAt.toISOString(),
		cancelledAt: iso(mt.cancelledAt),
		notes: notes.filter((n) => n.meetingId === mt.id).map((n) => ({
			id: n.id,
			kind: n.kind,
			text: n.text,
			author: name(n.authorId),
			createdAt: n.createdAt.toISOString()
		})),
		summary: mt.summary,
		summaryAt: iso(mt.summaryAt),
		agreements: agreements.filter((a) => a.meetingId === mt.id).map((a) => ({
			id: a.id,
			text: a.text
		})),
		readMarks: marks.filter((r) => r.meetingId === mt.id).map((r) => ({
			item: r.itemKey,
			readBy: name(r.readBy),
			readAt: r.readAt.toISOString()
		}))
	}));
}
// src/lib/server/my-data/ratings.ts
/** The visits staff marked as done (each may bring "Hvordan gik det?"). */
async function exportVisits(citizenId) {
	const visits = await db.select().from(visit).where(eq(visit.citizenId, citizenId)).orderBy(asc(visit.doneAt));
	const name = await namesOf(visits.map((v) => v.workerId));
	return visits.map((v) => ({
		id: v.id,
		worker: name(v.workerId),
		doneAt: v.doneAt.toISOString()
	}));
}
/** Every rating of the collaboration: each answer with its question's words, the comment, who it was about. */
async function exportRatings(citizenId) {
	const ratings = await db.select({
		rating,
		setName: questionSet.name
	}).from(rating).innerJoin(questionSet, eq(questionSet.id, rating.setId)).where(eq(rating.citizenId, citizenId)).orderBy(asc(rating.createdAt));
	const ids = ratings.map((r) => r.rating.id);
	if (ids.length === 0) return [];
	const [answers, subjects] = await Promise.all([db.select({
		ratingId: ratingAnswer.ratingId,
		questionId: ratingAnswer.questionId,
		score: ratingAnswer.score,
		question: ratingQuestion
	}).from(ratingAnswer).innerJoin(ratingQuestion, eq(ratingQuestion.id, ratingAnswer.questionId)).where(inArray(ratingAnswer.ratingId, ids)).orderBy(asc(ratingQuestion.position)), db.select().from(ratingSubject).where(inArray(ratingSubject.ratingId, ids))]);
	const name = await namesOf(subjects.map((s) => s.workerId));
	return ratings.map(({ rating: r, setName }) => ({
		id: r.id,
		createdAt: r.createdAt.toISOString(),
		visitId: r.visitId,
		questionSet: setName,
		answers: answers.filter((a) => a.ratingId === r.id).map((a) => ({
			questionId: a.questionId,
			question: {
				da: a.question.textDa,
				en: a.question.textEn || a.question.textDa
			},
			score: a.score
		})),
		comment: r.comment,
		score: r.score,
		about: subjects.filter((s) => s.ratingId === r.id).map((s) => name(s.workerId) ?? ""),
		/** Flags staff see on their caseload, decided when the rating was written. */
		isLow: r.isLow,
		isFalling: r.isFalling
	}));
}
// src/lib/server/my-data.ts
/** Version of the export's structure; the README documents it. 2: every area of the citizen's data. */
var EXPORT_FORMAT = {
	format: "samklang-export",
	version: 2
};
/** The citizen's whole access log for the export, every line, as the log page shows it (refusals folded, with their count). */
async function exportAccessLog(citizenId) {
	return (await fullAccessLog(citizenId)).entries.map((e) => ({
		at: e.at,
		who: e.actorName,
		relation: e.relation,
		action: e.action,
		area: e.area,
		repeatCount: e.repeatCount,
		lastAt: e.lastAt
	}));
}
/**
* Everything Samklang stores about a citizen, as one plain object (DESIGN.md §2.9, GDPR art. 15 and 20),
* uncapped. my-data.spec.ts checks it against every table of the schema that holds a citizen's data.
* The export itself is logged, also when the citizen makes it, so the log shows every copy made.
*/
async function exportCitizenData(target, actor, how) {
	const [home] = await db.select({ name: unit.name }).from(unit).where(eq(unit.id, target.unitId));
	const [account, supporters, helpers, dreams, plan, meetings, visits, ratings, wishes, requests, accessLog] = await Promise.all([
		exportAccount(target.userId),
		exportSupporters(target.id),
		exportHelpers(target.id),
		exportDreams(target.id),
		exportPlan(target.id),
		exportMeetings(target.id),
		exportVisits(target.id),
		exportRatings(target.id),
		exportContactWishes(target.id),
		listDeletionRequests(target.id),
		exportAccessLog(target.id)
	]);
	const name = await namesOf(requests.map((r) => r.handledBy));
	await recordAccess([{
		citizenId: target.id,
		actor,
		action: "export",
		area: "data",
		object: how
	}]);
	return {
		...EXPORT_FORMAT,
		exportedAt: (/* @__PURE__ */ new Date()).toISOString(),
		person: account.person,
		citizen: {
			id: target.id,
			unit: home?.name ?? "",
			hoursBand: target.hoursBand,
			legalBasis: target.legalBasis,
			startDate: target.startDate,
			status: target.status,
			createdAt: target.createdAt.toISOString(),
			ratingPromptDismissedAt: iso(target.ratingPromptDismissedAt)
		},
		supporters,
		helpers,
		login: account.login,
		sessions: account.sessions,
		dreams,
		plan,
		meetings,
		visits,
		ratings,
		contactWishes: wishes.contactWishes,
		contactSuggestions: wishes.contactSuggestions,
		accessLog,
		deletionRequests: requests.map((r) => ({
			id: r.id,
			requestedAt: r.requestedAt.toISOString(),
			message: r.message,
			status: r.status,
			answer: r.answer,
			handledBy: name(r.handledBy),
			handledAt: iso(r.handledAt)
		}))
	};
}
async function requestDeletion(citizenId, message) {
	await db.insert(deletionRequest).values({
		id: newId(),
		citizenId,
		message,
		requestedAt: /* @__PURE__ */ new Date()
	});
}
async function listDeletionRequests(citizenId) {
	return db.select().from(deletionRequest).where(eq(deletionRequest.citizenId, citizenId)).orderBy(desc(deletionRequest.requestedAt));
}
/** The leader's list: every request from the unit's citizens, open ones first. */
async function listDeletionRequestsForUnit(unitId) {
	const person = alias(user, "person");
	return (await db.select({
		request: deletionRequest,
		name: person.displayName
	}).from(deletionRequest).innerJoin(citizen, eq(citizen.id, deletionRequest.citizenId)).innerJoin(person, eq(person.id, citizen.userId)).where(eq(citizen.unitId, unitId)).orderBy(desc(deletionRequest.requestedAt))).sort((a, b) => Number(b.request.status === "open") - Number(a.request.status === "open"));
}
/** The leader answers a request of their own unit; the answer and the change are logged together. */
async function answerDeletionRequest(leader, requestId, status, answer) {
	return db.transaction(async (tx) => {
		const [row] = await tx.select({ citizenId: deletionRequest.citizenId }).from(deletionRequest).innerJoin(citizen, eq(citizen.id, deletionRequest.citizenId)).where(and(eq(deletionRequest.id, requestId), eq(citizen.unitId, leader.unitId ?? ""), eq(deletionRequest.status, "open")));
		if (!row) return false;
		await tx.update(deletionRequest).set({
			status,
			answer,
			handledBy: leader.id,
			handledAt: /* @__PURE__ */ new Date()
		}).where(eq(deletionRequest.id, requestId));
		await recordAccess([{
			citizenId: row.citizenId,
			actor: leader,
			action: "update",
			area: "data",
			object: `deletion-request:${requestId}`
		}], tx);
		return true;
	});
}
export { requestDeletion as a, listDeletionRequestsForUnit as i, exportCitizenData as n, listDeletionRequests as r, answerDeletionRequest as t };

//# sourceMappingURL=my-data.js.map