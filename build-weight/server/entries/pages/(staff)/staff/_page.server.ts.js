import { i as requireRole } from "../../../../chunks/guards.js";
import { i as listCaseload, o as upcomingChanges } from "../../../../chunks/citizens.js";
import { i as meeting, n as db, z as unit } from "../../../../chunks/db.js";
import { i as addDays, s as todayIso } from "../../../../chunks/time.js";
import { a as reviewFor, d as isReviewLate, f as proposedMeetings, l as attentionScore, p as teamStartDate, u as isEvaluationDue } from "../../../../chunks/meetings.js";
import { and, asc, eq, inArray, isNull } from "drizzle-orm";
// src/lib/server/meetings/caseload.ts
/** Mine borgere, extended: next meeting, unread items and flags, most urgent first (the trend line and its log line come from listCaseload). */
async function withAttention(staff, rows, now = /* @__PURE__ */ new Date()) {
	const ids = rows.map((r) => r.id);
	if (ids.length === 0) return [];
	const today = todayIso(now);
	const [settings] = await db.select({ choicePeriodDays: unit.choicePeriodDays }).from(unit).where(eq(unit.id, staff.unitId ?? ""));
	const meetings = await db.select().from(meeting).where(and(inArray(meeting.citizenId, ids), isNull(meeting.cancelledAt))).orderBy(asc(meeting.startsAt));
	return (await Promise.all(rows.map(async (row) => {
		const own = meetings.filter((m) => m.citizenId === row.id);
		const next = own.find((m) => m.startsAt.getTime() >= now.getTime() - 72e5) ?? null;
		const review = next && next.startsAt.getTime() - now.getTime() <= 12096e5 ? await reviewFor(row, next) : null;
		const proposals = proposedMeetings({
			startDate: row.startDate,
			teamStartDate: teamStartDate(row.supporters.filter((s) => s.role !== "cover")),
			meetings: own.map((m) => ({
				type: m.type,
				startsOn: m.startsAt.toISOString().slice(0, 10),
				isCancelled: false
			})),
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
			nextMeeting: next ? {
				id: next.id,
				type: next.type,
				startsAt: next.startsAt.toISOString()
			} : null,
			unread: review?.unread ?? 0,
			flags,
			attention: attentionScore(flags)
		};
	}))).sort((a, b) => b.attention - a.attention || a.name.localeCompare(b.name, "da"));
}
// src/routes/(staff)/staff/+page.server.ts
var load = (async () => {
	const user = requireRole(["worker", "leader"]);
	return {
		isLeader: user.role === "leader",
		unitName: user.unitName ?? "",
		/** The worker's assigned citizens, or the leader's whole unit. */
		/** Most urgent first: a review not done before a meeting, low ratings, open wishes, … */
		citizens: await withAttention(user, await listCaseload(user)),
		/** Kontaktperson changes that involve this worker and have not happened yet. */
		changes: user.role === "worker" ? await upcomingChanges(user) : [],
		userId: user.id
	};
});
export { load };

//# sourceMappingURL=_page.server.ts.js.map