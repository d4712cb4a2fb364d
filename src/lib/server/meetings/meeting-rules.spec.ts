import { describe, expect, it } from 'vitest';
import { attentionScore, citizenFirst, isEvaluationDue, isReviewLate, proposedMeetings, reviewState, sinceLastMeeting, teamStartDate } from './meeting-rules.js';

const at = (iso: string) => new Date(iso);

describe('new since the last meeting', () => {
	const items = [
		{ key: 'a', at: at('2026-09-01T10:00:00Z') },
		{ key: 'b', at: at('2026-10-02T10:00:00Z') },
		{ key: 'c', at: at('2026-11-20T10:00:00Z') },
		{ key: 'd', at: at('2026-12-05T10:00:00Z') }
	];

	it('takes what came after the previous meeting and up to this one', () => {
		expect(sinceLastMeeting(items, at('2026-10-01T09:00:00Z'), at('2026-12-01T09:00:00Z')).map((i) => i.key)).toEqual(['b', 'c']);
	});

	it('takes everything up to the meeting when there was no meeting before', () => {
		expect(sinceLastMeeting(items, null, at('2026-12-01T09:00:00Z')).map((i) => i.key)).toEqual(['a', 'b', 'c']);
	});

	it('is reviewed when every item is read, and counts the unread', () => {
		expect(reviewState(['x', 'y'], new Set(['x']))).toEqual({ unread: 1, isReviewed: false });
		expect(reviewState(['x', 'y'], new Set(['x', 'y', 'old']))).toEqual({ unread: 0, isReviewed: true });
		expect(reviewState([], new Set())).toEqual({ unread: 0, isReviewed: true });
	});
});

describe('proposed meetings and flags', () => {
	it('proposes the 3-month evaluation from the start date until one is planned', () => {
		expect(proposedMeetings({ startDate: '2026-10-01', teamStartDate: null, meetings: [], today: '2026-11-22' })).toEqual([{ type: 'evaluation_3m', date: '2026-12-31' }]);
		expect(proposedMeetings({ startDate: '2026-01-01', teamStartDate: null, meetings: [], today: '2026-11-22' })).toEqual([{ type: 'evaluation_3m', date: '2026-11-22' }]);
		const planned = [{ type: 'evaluation_3m' as const, startsOn: '2026-12-30', isCancelled: false }];
		expect(proposedMeetings({ startDate: '2026-10-01', teamStartDate: null, meetings: planned, today: '2026-11-22' })).toEqual([]);
		const cancelled = [{ ...planned[0]!, isCancelled: true }];
		expect(proposedMeetings({ startDate: '2026-10-01', teamStartDate: null, meetings: cancelled, today: '2026-11-22' })).toHaveLength(1);
	});

	it('a team begins when its newest member started; one kontaktperson is not a team', () => {
		expect(teamStartDate([{ fromDate: '2026-01-01' }, { fromDate: '2026-02-01' }])).toBe('2026-02-01');
		expect(teamStartDate([{ fromDate: '2026-01-01' }])).toBeNull();
	});

	it('proposes a team’s yearly evaluation a year after the team started', () => {
		const meetings = [{ type: 'evaluation_3m' as const, startsOn: '2025-04-01', isCancelled: false }];
		expect(proposedMeetings({ startDate: '2025-01-01', teamStartDate: '2026-02-01', meetings, today: '2026-11-22' })).toEqual([{ type: 'team_yearly', date: '2027-02-01' }]);
	});

	it('flags an evaluation due within two weeks, and a review not done two days before', () => {
		expect(isEvaluationDue([{ date: '2026-12-06' }], '2026-11-22')).toBe(true);
		expect(isEvaluationDue([{ date: '2026-12-07' }], '2026-11-22')).toBe(false);
		const now = at('2026-11-22T12:00:00Z');
		expect(isReviewLate(at('2026-11-24T11:00:00Z'), false, now)).toBe(true);
		expect(isReviewLate(at('2026-11-24T13:00:00Z'), false, now)).toBe(false);
		expect(isReviewLate(at('2026-11-23T12:00:00Z'), true, now)).toBe(false);
	});

	it('sorts by what needs attention first', () => {
		const none = { lowOrFallingRating: false, openWish: false, temporaryPeriodOver: false, evaluationDue: false, reviewLate: false };
		expect(attentionScore(none)).toBe(0);
		expect(attentionScore({ ...none, reviewLate: true })).toBeGreaterThan(attentionScore({ ...none, lowOrFallingRating: true, openWish: true, temporaryPeriodOver: true, evaluationDue: true }));
	});
});

describe('the order of Før mødet', () => {
	it('puts the citizen\'s topics first, then the dreams they want to talk about, then the rest, each oldest first', () => {
		const items = [
			{ key: 'rating', kind: 'rating', at: at('2026-11-01T10:00:00Z') },
			{ key: 'late topic', kind: 'topic', at: at('2026-11-20T10:00:00Z') },
			{ key: 'dream', kind: 'dream', at: at('2026-11-02T10:00:00Z'), wantsToTalk: false },
			{ key: 'talk dream', kind: 'dream', at: at('2026-11-21T10:00:00Z'), wantsToTalk: true },
			{ key: 'input', kind: 'input', at: at('2026-10-30T10:00:00Z') },
			{ key: 'early topic', kind: 'topic', at: at('2026-11-03T10:00:00Z') }
		];
		expect(citizenFirst(items).map((item) => item.key)).toEqual(['early topic', 'late topic', 'talk dream', 'input', 'rating', 'dream']);
	});
});
