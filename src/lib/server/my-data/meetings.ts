import { asc, eq, inArray } from 'drizzle-orm';
import { db } from '../db/index.js';
import { meeting, meetingAgreement, meetingNote, meetingParticipant, reviewMark } from '../db/schema/index.js';
import { iso, namesOf } from './names.js';

/**
 * Every meeting, cancelled ones too: who took part, the citizen's topics, relatives' input,
 * "Sådan husker jeg det ikke", the summary, the agreements, and staff's "read" marks before it.
 */
export async function exportMeetings(citizenId: string) {
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
		participants: participants.filter((p) => p.meetingId === mt.id).map((p) => name(p.userId) ?? ''),
		createdBy: name(mt.createdBy),
		createdAt: mt.createdAt.toISOString(),
		cancelledAt: iso(mt.cancelledAt),
		notes: notes
			.filter((n) => n.meetingId === mt.id)
			.map((n) => ({ id: n.id, kind: n.kind, text: n.text, author: name(n.authorId), createdAt: n.createdAt.toISOString() })),
		summary: mt.summary,
		summaryAt: iso(mt.summaryAt),
		agreements: agreements.filter((a) => a.meetingId === mt.id).map((a) => ({ id: a.id, text: a.text })),
		readMarks: marks
			.filter((r) => r.meetingId === mt.id)
			.map((r) => ({ item: r.itemKey, readBy: name(r.readBy), readAt: r.readAt.toISOString() }))
	}));
}
