import type { MeetingType } from '../../meeting-options.js';
import { addDays, daysBetween } from '../time.js';

/**
 * What Før mødet shows: everything new or changed after the citizen's previous meeting and up to
 * this one's start (later items belong to the next meeting).
 */
export function sinceLastMeeting<T extends { at: Date }>(items: readonly T[], previousMeetingAt: Date | null, startsAt: Date): T[] {
	return items.filter((item) => (previousMeetingAt === null || item.at > previousMeetingAt) && item.at <= startsAt);
}

/**
 * The order of Før mødet: the citizen's own words come first — their topics, then the dreams they
 * want to talk about —, then everything else; within each group, oldest first.
 */
export function citizenFirst<T extends { kind: string; at: Date; wantsToTalk?: boolean }>(items: readonly T[]): T[] {
	const rank = (item: T) => (item.kind === 'topic' ? 0 : item.wantsToTalk ? 1 : 2);
	return [...items].sort((a, b) => rank(a) - rank(b) || a.at.getTime() - b.at.getTime());
}

/** Unread items and whether the meeting counts as reviewed (every item read; nothing to read counts). */
export function reviewState(itemKeys: readonly string[], readKeys: ReadonlySet<string>) {
	const unread = itemKeys.filter((key) => !readKeys.has(key)).length;
	return { unread, isReviewed: unread === 0 };
}

/** When a team of two or more began: the day its newest member started. Null for one kontaktperson. */
export function teamStartDate(team: readonly { fromDate: string }[]): string | null {
	return team.length > 1 ? team.map((s) => s.fromDate).sort().at(-1)! : null;
}

/** The 3-month evaluation from the start date, and for a team the yearly evaluation from the team's start. */
export function proposedMeetings(input: {
	startDate: string;
	teamStartDate: string | null;
	meetings: readonly { type: MeetingType; startsOn: string; isCancelled: boolean }[];
	today: string;
}): { type: MeetingType; date: string }[] {
	const proposals: { type: MeetingType; date: string }[] = [];
	const held = input.meetings.filter((m) => !m.isCancelled);
	if (!held.some((m) => m.type === 'evaluation_3m')) {
		const date = addDays(input.startDate, 91);
		proposals.push({ type: 'evaluation_3m', date: date < input.today ? input.today : date });
	}
	if (input.teamStartDate) {
		const anniversary = addDays(input.teamStartDate, 365);
		if (!held.some((m) => m.type === 'team_yearly' && m.startsOn >= input.teamStartDate!)) {
			proposals.push({ type: 'team_yearly', date: anniversary < input.today ? input.today : anniversary });
		}
	}
	return proposals;
}

/** A proposal within two weeks (or past) is due: it becomes a flag on Mine borgere. */
export function isEvaluationDue(proposals: readonly { date: string }[], today: string): boolean {
	return proposals.some((p) => daysBetween(today, p.date) <= 14);
}

/** The review is late when the next meeting is two days away or less and not every item is read. */
export function isReviewLate(startsAt: Date, isReviewed: boolean, now: Date): boolean {
	const hoursLeft = (startsAt.getTime() - now.getTime()) / 3_600_000;
	return !isReviewed && hoursLeft >= 0 && hoursLeft <= 48;
}

export type CaseFlags = {
	lowOrFallingRating: boolean;
	openWish: boolean;
	temporaryPeriodOver: boolean;
	evaluationDue: boolean;
	reviewLate: boolean;
};

const weights: Record<keyof CaseFlags, number> = {
	reviewLate: 16,
	lowOrFallingRating: 8,
	openWish: 4,
	temporaryPeriodOver: 2,
	evaluationDue: 1
};

/** How much a case needs attention: Mine borgere sorts by this, highest first. */
export function attentionScore(flags: CaseFlags): number {
	return (Object.keys(weights) as (keyof CaseFlags)[]).reduce((sum, flag) => sum + (flags[flag] ? weights[flag] : 0), 0);
}
