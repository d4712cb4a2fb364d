import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { db } from '../db/index.js';
import { meeting, unit } from '../db/schema/index.js';
import type { SessionUser } from '../auth/session.js';
import type { CaseloadRow } from '../citizens.js';
import { addDays, DAY, todayIso } from '../time.js';
import { attentionScore, isEvaluationDue, isReviewLate, proposedMeetings, teamStartDate } from './meeting-rules.js';
import { reviewFor } from './meetings.js';

/** Mine borgere, extended: next meeting, unread items and flags, most urgent first (the trend line and its log line come from listCaseload). */
export async function withAttention(staff: SessionUser, rows: CaseloadRow[], now = new Date()) {
	const ids = rows.map((r) => r.id);
	if (ids.length === 0) return [];
	const today = todayIso(now);
	const [settings] = await db.select({ choicePeriodDays: unit.choicePeriodDays }).from(unit).where(eq(unit.id, staff.unitId ?? ''));
	const meetings = await db
		.select()
		.from(meeting)
		.where(and(inArray(meeting.citizenId, ids), isNull(meeting.cancelledAt)))
		.orderBy(asc(meeting.startsAt));

	const extended = await Promise.all(
		rows.map(async (row) => {
			const own = meetings.filter((m) => m.citizenId === row.id);
			const next = own.find((m) => m.startsAt.getTime() >= now.getTime() - 2 * 3_600_000) ?? null;
			// Unread items are counted for meetings in the next two weeks: that is when they are read.
			const review = next && next.startsAt.getTime() - now.getTime() <= 14 * DAY ? await reviewFor(row, next) : null;
			const proposals = proposedMeetings({
				startDate: row.startDate,
				teamStartDate: teamStartDate(row.supporters.filter((s) => s.role !== 'cover')),
				meetings: own.map((m) => ({ type: m.type, startsOn: m.startsAt.toISOString().slice(0, 10), isCancelled: false })),
				today
			});
			const flags = {
				lowOrFallingRating: row.ratingFlag !== null,
				openWish: row.wishFlag !== null,
				temporaryPeriodOver: row.supporters.some((s) => s.isTemporary && addDays(s.fromDate, settings?.choicePeriodDays ?? 91) <= today),
				evaluationDue: isEvaluationDue(proposals, today),
				reviewLate: next !== null && review !== null && isReviewLate(next.startsAt, review.isReviewed, now)
			};
			return {
				...row,
				nextMeeting: next ? { id: next.id, type: next.type, startsAt: next.startsAt.toISOString() } : null,
				unread: review?.unread ?? 0,
				flags,
				attention: attentionScore(flags)
			};
		})
	);
	return extended.sort((a, b) => b.attention - a.attention || a.name.localeCompare(b.name, 'da'));
}
