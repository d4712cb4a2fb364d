import type { WishKind, WishRole, WishStatus } from '../db/schema/index.js';
import { addDays, daysBetween } from '../time.js';

export type ChoiceWindow =
	/** Still with the temporary kontaktperson: the citizen may choose from `from`. */
	| { state: 'waiting'; from: string; daysLeft: number }
	/** The first choice is open. */
	| { state: 'first-choice' }
	/** After the first choice the citizen may ask for a change at any time. */
	| { state: 'may-change' };

/**
 * When the citizen may choose (DESIGN.md §2.4): a temporary kontaktperson for the unit's choice
 * period, then the first choice; after that a change at any time.
 */
export function choiceWindow(input: {
	supporters: readonly { isTemporary: boolean; fromDate: string }[];
	choicePeriodDays: number;
	today: string;
}): ChoiceWindow {
	const temporary = input.supporters.find((s) => s.isTemporary);
	if (!temporary) return input.supporters.length === 0 ? { state: 'first-choice' } : { state: 'may-change' };
	const from = addDays(temporary.fromDate, input.choicePeriodDays);
	const daysLeft = daysBetween(input.today, from);
	return daysLeft > 0 ? { state: 'waiting', from, daysLeft } : { state: 'first-choice' };
}

export type WishMember = { role: WishRole; workerId: string; isMain: boolean };

/** The three team roles, each filled exactly once; a fourth person may join as `member`. */
export const teamRoles = ['practical', 'personal', 'plan'] as const satisfies readonly WishRole[];

/**
 * What is wrong with a wish's people, as error keys (empty: nothing). One kontaktperson: one
 * person. A team: every role filled once, 2–4 different people, and one of them the main contact.
 */
export function wishProblems(kind: WishKind, members: readonly WishMember[]): string[] {
	const problems: string[] = [];
	const people = new Set(members.map((m) => m.workerId));
	if (kind === 'one') {
		if (members.length !== 1 || members[0]!.role !== 'contact') problems.push('wish_error_one');
		return problems;
	}
	for (const role of teamRoles) {
		if (members.filter((m) => m.role === role).length !== 1) problems.push(`wish_error_role_${role}`);
	}
	if (members.some((m) => m.role === 'contact')) problems.push('wish_error_team_size');
	if (members.filter((m) => m.role === 'member').length > 1 || people.size < 2 || people.size > 4) problems.push('wish_error_team_size');
	const mains = new Set(members.filter((m) => m.isMain).map((m) => m.workerId));
	if (mains.size !== 1) problems.push('wish_error_main');
	return [...new Set(problems)];
}

/** Taking one more citizen exceeds the worker's maximum (someone already assigned adds no load). */
export function exceedsCapacity(load: number, capacity: number, isAlreadyAssigned: boolean): boolean {
	return !isAlreadyAssigned && load + 1 > capacity;
}

export type WishEvent = 'approve' | 'decline' | 'withdraw';

/** The state machine of a wish: only an open wish changes, and only once. */
export function nextWishStatus(current: WishStatus, event: WishEvent): WishStatus | null {
	if (current !== 'open') return null;
	return event === 'approve' ? 'approved' : event === 'decline' ? 'declined' : 'withdrawn';
}

/** An open wish not answered within the unit's answer time. */
export function isWishOverdue(createdAt: Date, answerDays: number, now: Date): boolean {
	return now.getTime() - createdAt.getTime() > answerDays * 24 * 60 * 60 * 1000;
}

/** The last day to answer, as an ISO date. */
export function answerBy(createdOn: string, answerDays: number): string {
	return addDays(createdOn, answerDays);
}
