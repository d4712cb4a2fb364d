import { and, asc, desc, eq, gt, inArray, isNotNull, isNull, lte, lt } from 'drizzle-orm';
import { db } from '../db/index.js';
import {
	dream,
	meeting,
	meetingAgreement,
	meetingNote,
	meetingParticipant,
	planChange,
	rating,
	reviewMark,
	user,
	type Citizen,
	type Meeting,
	type MeetingType
} from '../db/schema/index.js';
import type { SessionUser } from '../auth/session.js';
import { recordAccess } from '../access-log/record.js';
import { ForeignId, logForeignId } from '../access/foreign-id.js';
import { newId } from '../random.js';
import { citizenFirst, reviewState, sinceLastMeeting } from './meeting-rules.js';

export type MeetingInput = { type: MeetingType; startsAt: Date; place: string; participantIds: string[] };

/**
 * A worker or leader plans a meeting with the citizen; participants must be staff of the unit.
 * Anyone else named is refused (logged, `ForeignId` thrown), and nothing is stored.
 */
export async function scheduleMeeting(staff: SessionUser, target: Citizen, input: MeetingInput) {
	const named = [...new Set(input.participantIds)];
	const staffIds = named.length
		? (await db.select({ id: user.id }).from(user).where(and(inArray(user.id, named), eq(user.unitId, target.unitId), inArray(user.role, ['worker', 'leader'])))).map((u) => u.id)
		: [];
	const stranger = named.find((participantId) => !staffIds.includes(participantId));
	if (stranger !== undefined) {
		await logForeignId(staff, target.id, 'meetings', `participant:${stranger}`);
		throw new ForeignId(`participant:${stranger}`);
	}
	const id = newId();
	await db.transaction(async (tx) => {
		await tx.insert(meeting).values({ id, citizenId: target.id, type: input.type, startsAt: input.startsAt, place: input.place, createdBy: staff.id, createdAt: new Date() });
		if (staffIds.length > 0) await tx.insert(meetingParticipant).values(staffIds.map((userId) => ({ meetingId: id, userId })));
		await recordAccess([{ citizenId: target.id, actor: staff, action: 'create', area: 'meetings', object: `meeting:${id}` }], tx);
	});
	return id;
}

/** One of the citizen's meetings, or null (another citizen's meeting is never found). */
export async function findMeeting(citizenId: string, meetingId: string): Promise<Meeting | null> {
	const [row] = await db.select().from(meeting).where(and(eq(meeting.id, meetingId), eq(meeting.citizenId, citizenId)));
	return row ?? null;
}

/** The citizen's meetings, newest first, with participants, notes (with authors) and agreements. */
export async function listMeetings(citizenId: string) {
	const rows = await db.select().from(meeting).where(and(eq(meeting.citizenId, citizenId), isNull(meeting.cancelledAt))).orderBy(desc(meeting.startsAt));
	const ids = rows.map((r) => r.id);
	if (ids.length === 0) return [];
	const participants = await db
		.select({ meetingId: meetingParticipant.meetingId, name: user.displayName })
		.from(meetingParticipant)
		.innerJoin(user, eq(user.id, meetingParticipant.userId))
		.where(inArray(meetingParticipant.meetingId, ids));
	const notes = await db
		.select({ note: meetingNote, authorName: user.displayName, authorRole: user.role })
		.from(meetingNote)
		.innerJoin(user, eq(user.id, meetingNote.authorId))
		.where(inArray(meetingNote.meetingId, ids))
		.orderBy(asc(meetingNote.createdAt));
	const agreements = await db.select().from(meetingAgreement).where(inArray(meetingAgreement.meetingId, ids)).orderBy(asc(meetingAgreement.position));
	return rows.map((m) => ({
		...m,
		participants: participants.filter((p) => p.meetingId === m.id).map((p) => p.name),
		notes: notes.filter((n) => n.note.meetingId === m.id).map((n) => ({ ...n.note, authorName: n.authorName, authorRole: n.authorRole })),
		agreements: agreements.filter((a) => a.meetingId === m.id).map((a) => a.text)
	}));
}

export type NoteKind = 'topic' | 'input' | 'remembers_differently';

/**
 * The citizen's topic or "Sådan husker jeg det ikke", or a relative's input. Someone other than
 * the citizen writing is logged in the same transaction. With a client id, a repeated send stores one.
 */
export async function addMeetingNote(actor: SessionUser, target: Citizen, meetingId: string, kind: NoteKind, text: string, clientId: string | null = null) {
	const found = await findMeeting(target.id, meetingId);
	if (!found) return 'not_found' as const;
	if (kind === 'remembers_differently' && !found.summaryAt) return 'not_held' as const;
	return db.transaction(async (tx) => {
		if (clientId) {
			const [earlier] = await tx.select({ id: meetingNote.id }).from(meetingNote).where(and(eq(meetingNote.meetingId, meetingId), eq(meetingNote.clientId, clientId)));
			if (earlier) return 'saved' as const;
		}
		const id = newId();
		await tx.insert(meetingNote).values({ id, meetingId, kind, text, authorId: actor.id, clientId, createdAt: new Date() });
		if (actor.id !== target.userId) await recordAccess([{ citizenId: target.id, actor, action: 'create', area: 'meetings', object: `note:${id}` }], tx);
		return 'saved' as const;
	});
}

/** Who the citizen brings to the meeting, in their words. */
export async function setCitizenBrings(citizenId: string, meetingId: string, text: string) {
	await db.update(meeting).set({ citizenBrings: text }).where(and(eq(meeting.id, meetingId), eq(meeting.citizenId, citizenId)));
}

export type ReviewItem = {
	key: string;
	kind: 'topic' | 'input' | 'dream' | 'plan' | 'rating';
	at: Date;
	text: string;
	by: string;
	/** A rating's mean, 0–10. */
	score?: number | null;
	/** A dream the citizen wants to talk about at the next meeting ("tal om det"). */
	wantsToTalk?: boolean;
	/** What a plan change did; its `text` is then a stored key or date, shown in words through a message. */
	change?: (typeof planChange.$inferSelect)['kind'];
};

/**
 * Før mødet: everything new or changed since the previous meeting — the citizen's topics and
 * relatives' input for this meeting, dreams shared with the team, plan changes and ratings —
 * with whether each is read.
 */
export async function reviewFor(target: Pick<Citizen, 'id'>, current: Meeting) {
	const [previous] = await db
		.select({ startsAt: meeting.startsAt })
		.from(meeting)
		.where(and(eq(meeting.citizenId, target.id), lt(meeting.startsAt, current.startsAt), isNull(meeting.cancelledAt)))
		.orderBy(desc(meeting.startsAt))
		.limit(1);
	const after = previous?.startsAt ?? null;
	const window = after ? and(gt(dream.updatedAt, after), lte(dream.updatedAt, current.startsAt)) : lte(dream.updatedAt, current.startsAt);

	const notes = await db
		.select({ note: meetingNote, by: user.displayName })
		.from(meetingNote)
		.innerJoin(user, eq(user.id, meetingNote.authorId))
		.where(and(eq(meetingNote.meetingId, current.id), inArray(meetingNote.kind, ['topic', 'input'])));
	const dreams = await db
		.select()
		.from(dream)
		.where(and(eq(dream.citizenId, target.id), isNull(dream.deletedAt), isNotNull(dream.confirmedAt), inArray(dream.visibility, ['team', 'relatives']), window));
	const changes = await db
		.select({ change: planChange, by: user.displayName })
		.from(planChange)
		.innerJoin(user, eq(user.id, planChange.changedBy))
		.where(and(eq(planChange.citizenId, target.id), lte(planChange.at, current.startsAt), ...(after ? [gt(planChange.at, after)] : [])));
	const ratings = await db
		.select()
		.from(rating)
		.where(and(eq(rating.citizenId, target.id), lte(rating.createdAt, current.startsAt), ...(after ? [gt(rating.createdAt, after)] : [])));

	// The citizen's topics and relatives' input belong to this meeting whenever they were written.
	const forThisMeeting: ReviewItem[] = notes.map(({ note, by }) => ({ key: `${note.kind}:${note.id}`, kind: note.kind as 'topic' | 'input', at: note.createdAt, text: note.text, by }));
	// The queries above already keep to the window (so they stay fast); the rule itself decides.
	const changed = sinceLastMeeting<ReviewItem>(
		[
			...dreams.map((d) => ({ key: `dream:${d.id}:${d.version}`, kind: 'dream' as const, at: d.updatedAt, text: d.text, by: '', wantsToTalk: d.talkAtNextMeeting })),
			...changes.map(({ change, by }) => ({ key: `plan:${change.id}`, kind: 'plan' as const, at: change.at, text: change.summary, by, change: change.kind })),
			...ratings.map((r) => ({ key: `rating:${r.id}`, kind: 'rating' as const, at: r.createdAt, text: r.comment, by: '', score: r.score }))
		],
		after,
		current.startsAt
	);
	const all = citizenFirst([...forThisMeeting, ...changed]);
	const marks = await db.select({ itemKey: reviewMark.itemKey }).from(reviewMark).where(eq(reviewMark.meetingId, current.id));
	const read = new Set(marks.map((m) => m.itemKey));
	return { items: all.map((item) => ({ ...item, isRead: read.has(item.key) })), previousAt: after, ...reviewState(all.map((i) => i.key), read) };
}

/** "Markér som læst" for one item; a second mark changes nothing. */
export async function markRead(staff: SessionUser, meetingId: string, itemKey: string) {
	await db.insert(reviewMark).values({ meetingId, itemKey, readBy: staff.id, readAt: new Date() }).onConflictDoNothing();
}

/**
 * After the meeting: the summary in easy-read words and the agreements, visible to the citizen.
 * Refused before the meeting's time: a summary marks the meeting held, which closes the citizen's
 * "Det vil jeg tale om" for a meeting that has not happened.
 */
export async function writeSummary(
	staff: SessionUser,
	target: Citizen,
	meetingId: string,
	summary: string,
	agreements: string[],
	now = new Date()
): Promise<'saved' | 'not_found' | 'not_held_yet'> {
	const found = await findMeeting(target.id, meetingId);
	if (!found) return 'not_found';
	if (found.startsAt.getTime() > now.getTime()) return 'not_held_yet';
	await db.transaction(async (tx) => {
		await tx.update(meeting).set({ summary, summaryAt: new Date() }).where(eq(meeting.id, meetingId));
		await tx.delete(meetingAgreement).where(eq(meetingAgreement.meetingId, meetingId));
		if (agreements.length > 0) await tx.insert(meetingAgreement).values(agreements.map((text, position) => ({ id: newId(), meetingId, position, text })));
		await recordAccess([{ citizenId: target.id, actor: staff, action: 'update', area: 'meetings', object: `meeting:${meetingId}` }], tx);
	});
	return 'saved';
}
