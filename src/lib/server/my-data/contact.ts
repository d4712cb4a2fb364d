import { asc, eq, inArray } from 'drizzle-orm';
import { db } from '../db/index.js';
import { contactAssignment, contactSuggestion, contactWish, contactWishMember } from '../db/schema/index.js';
import { iso, namesOf } from './names.js';

/** Who has supported the citizen, from when to when. */
export async function exportSupporters(citizenId: string) {
	const rows = await db.select().from(contactAssignment).where(eq(contactAssignment.citizenId, citizenId)).orderBy(asc(contactAssignment.fromDate));
	const name = await namesOf(rows.map((r) => r.workerId));
	return rows.map((r) => ({
		id: r.id,
		name: name(r.workerId) ?? '',
		role: r.role,
		isMain: r.isMain,
		isTemporary: r.isTemporary,
		fromDate: r.fromDate,
		toDate: r.toDate
	}));
}

/** Every kontaktperson wish with whom it named and the leader's answer, and staff's suggestions. */
export async function exportContactWishes(citizenId: string) {
	const wishes = await db.select().from(contactWish).where(eq(contactWish.citizenId, citizenId)).orderBy(asc(contactWish.createdAt));
	const members =
		wishes.length === 0
			? []
			: await db
					.select()
					.from(contactWishMember)
					.where(inArray(contactWishMember.wishId, wishes.map((w) => w.id)));
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
			members: members.filter((mb) => mb.wishId === w.id).map((mb) => ({ role: mb.role, name: name(mb.workerId) ?? '', isMain: mb.isMain })),
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
