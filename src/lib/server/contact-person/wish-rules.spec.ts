import { describe, expect, it } from 'vitest';
import { choiceWindow, exceedsCapacity, isWishOverdue, nextWishStatus, wishProblems, type WishMember } from './wish-rules.js';

describe('the choice window', () => {
	it('waits with a temporary kontaktperson until the choice period has passed, then opens the first choice', () => {
		const supporters = [{ isTemporary: true, fromDate: '2026-10-01' }];
		expect(choiceWindow({ supporters, choicePeriodDays: 91, today: '2026-11-22' })).toEqual({ state: 'waiting', from: '2026-12-31', daysLeft: 39 });
		expect(choiceWindow({ supporters, choicePeriodDays: 91, today: '2026-12-31' })).toEqual({ state: 'first-choice' });
		expect(choiceWindow({ supporters, choicePeriodDays: 30, today: '2026-11-22' })).toEqual({ state: 'first-choice' });
	});

	it('after a choice, a change may be asked for at any time', () => {
		expect(choiceWindow({ supporters: [{ isTemporary: false, fromDate: '2026-11-20' }], choicePeriodDays: 91, today: '2026-11-22' })).toEqual({ state: 'may-change' });
		expect(choiceWindow({ supporters: [], choicePeriodDays: 91, today: '2026-11-22' })).toEqual({ state: 'first-choice' });
	});
});

describe('team role rules', () => {
	const team = (members: [WishMember['role'], string, boolean?][]): WishMember[] => members.map(([role, workerId, isMain]) => ({ role, workerId, isMain: isMain ?? false }));

	it('one kontaktperson is one person', () => {
		expect(wishProblems('one', team([['contact', 'a', true]]))).toEqual([]);
		expect(wishProblems('one', team([]))).toEqual(['wish_error_one']);
		expect(wishProblems('one', team([['contact', 'a'], ['contact', 'b']]))).toEqual(['wish_error_one']);
	});

	it('a team fills each role once, with 2–4 people and one main contact', () => {
		expect(wishProblems('team', team([['practical', 'a', true], ['personal', 'b'], ['plan', 'c']]))).toEqual([]);
		// One person may hold two roles: still a team of two.
		expect(wishProblems('team', team([['practical', 'a', true], ['personal', 'b'], ['plan', 'a', true]]))).toEqual([]);
		expect(wishProblems('team', team([['practical', 'a', true], ['personal', 'b'], ['plan', 'c'], ['member', 'd']]))).toEqual([]);
		expect(wishProblems('team', team([['practical', 'a', true], ['personal', 'b']]))).toEqual(['wish_error_role_plan']);
		expect(wishProblems('team', team([['practical', 'a', true], ['personal', 'a'], ['plan', 'a']]))).toEqual(['wish_error_team_size']);
		expect(wishProblems('team', team([['practical', 'a'], ['personal', 'b'], ['plan', 'c']]))).toEqual(['wish_error_main']);
		expect(wishProblems('team', team([['practical', 'a', true], ['personal', 'b', true], ['plan', 'c']]))).toEqual(['wish_error_main']);
	});
});

describe('capacity', () => {
	it('is exceeded only by a new citizen beyond the maximum', () => {
		expect(exceedsCapacity(9, 10, false)).toBe(false);
		expect(exceedsCapacity(10, 10, false)).toBe(true);
		expect(exceedsCapacity(10, 10, true)).toBe(false);
	});
});

describe('the state machine of a wish', () => {
	it('open → approved, declined or withdrawn; nothing after that', () => {
		expect(nextWishStatus('open', 'approve')).toBe('approved');
		expect(nextWishStatus('open', 'decline')).toBe('declined');
		expect(nextWishStatus('open', 'withdraw')).toBe('withdrawn');
		for (const done of ['approved', 'declined', 'withdrawn'] as const) {
			for (const event of ['approve', 'decline', 'withdraw'] as const) expect(nextWishStatus(done, event)).toBeNull();
		}
	});

	it('is overdue after the unit’s answer time', () => {
		const created = new Date('2026-11-01T10:00:00Z');
		expect(isWishOverdue(created, 14, new Date('2026-11-15T09:00:00Z'))).toBe(false);
		expect(isWishOverdue(created, 14, new Date('2026-11-15T11:00:00Z'))).toBe(true);
	});
});
