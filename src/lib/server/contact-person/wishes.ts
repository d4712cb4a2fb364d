import { and, asc, desc, eq, gte, inArray, isNull, lt, or } from 'drizzle-orm';
import { db } from '../db/index.js';
import {
	citizen,
	contactAssignment,
	contactSuggestion,
	contactWish,
	contactWishMember,
	unit,
	user,
	workerProfile,
	type Citizen,
	type ContactWish,
	type DeclineReason,
	type WishKind
} from '../db/schema/index.js';
import type { SessionUser } from '../auth/session.js';
import { recordAccess } from '../access-log/record.js';
import { logForeignId } from '../access/foreign-id.js';
import { currentSupporters } from '../citizens.js';
import { newId } from '../random.js';
import { addDays, todayIso } from '../time.js';
import { workerLoads } from './workers.js';
import { choiceWindow, exceedsCapacity, isWishOverdue, nextWishStatus, wishProblems, type ChoiceWindow, type WishMember } from './wish-rules.js';

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];

/** When the citizen may choose, from today's supporters and the unit's choice period. */
export async function choiceWindowFor(target: Citizen, today = todayIso()): Promise<ChoiceWindow> {
	const [row] = await db.select({ days: unit.choicePeriodDays }).from(unit).where(eq(unit.id, target.unitId));
	const supporters = (await currentSupporters([target.id], today)).get(target.id) ?? [];
	return choiceWindow({ supporters, choicePeriodDays: row?.days ?? 91, today });
}

async function membersOf(wishIds: string[]) {
	if (wishIds.length === 0) return [];
	return db
		.select({ wishId: contactWishMember.wishId, role: contactWishMember.role, workerId: contactWishMember.workerId, isMain: contactWishMember.isMain, name: user.displayName })
		.from(contactWishMember)
		.innerJoin(user, eq(user.id, contactWishMember.workerId))
		.where(inArray(contactWishMember.wishId, wishIds));
}

export type WishInput = { kind: WishKind; members: WishMember[]; reason: string; helperId: string | null };

export type CreateWishResult =
	| { status: 'created'; wishId: string }
	| { status: 'waiting' }
	| { status: 'already_open' }
	| { status: 'invalid'; problems: string[] };

/**
 * The citizen's wish. Only the citizen makes it (a guide may sit beside them: marked as written
 * with help). Refused while the choice period runs, while another wish is open, when the people
 * break the role rules, or when someone is not an active worker of the citizen's unit.
 */
export async function createWish(target: Citizen, input: WishInput, today = todayIso()): Promise<CreateWishResult> {
	if ((await choiceWindowFor(target, today)).state === 'waiting') return { status: 'waiting' };
	const problems = wishProblems(input.kind, input.members);
	const workerIds = [...new Set(input.members.map((m) => m.workerId))];
	const workers = workerIds.length
		? await db
				.select({ id: user.id })
				.from(user)
				.where(and(inArray(user.id, workerIds), eq(user.role, 'worker'), eq(user.unitId, target.unitId), eq(user.isActive, true)))
		: [];
	if (workers.length !== workerIds.length) problems.push('wish_error_worker');
	if (problems.length > 0) return { status: 'invalid', problems };
	return db.transaction(async (tx): Promise<CreateWishResult> => {
		const [open] = await tx.select({ id: contactWish.id }).from(contactWish).where(and(eq(contactWish.citizenId, target.id), eq(contactWish.status, 'open')));
		if (open) return { status: 'already_open' };
		const wishId = newId();
		await tx.insert(contactWish).values({
			id: wishId,
			citizenId: target.id,
			kind: input.kind,
			reason: input.reason,
			writtenWithHelpBy: input.helperId,
			createdAt: new Date()
		});
		await tx.insert(contactWishMember).values(input.members.map((m) => ({ wishId, ...m })));
		await tx.update(contactSuggestion).set({ status: 'accepted' }).where(and(eq(contactSuggestion.citizenId, target.id), eq(contactSuggestion.status, 'open'), inArray(contactSuggestion.suggestedWorkerId, workerIds)));
		return { status: 'created', wishId };
	});
}

/** The citizen takes back an open wish. */
export async function withdrawWish(citizenId: string, wishId: string) {
	return changeStatus(citizenId, wishId, 'withdraw', {});
}

async function changeStatus(citizenId: string | null, wishId: string, event: 'approve' | 'decline' | 'withdraw', set: Partial<ContactWish>, tx?: Tx) {
	const run = async (t: Tx) => {
		const [wish] = await t.select().from(contactWish).where(eq(contactWish.id, wishId));
		if (!wish || (citizenId !== null && wish.citizenId !== citizenId)) return null;
		const status = nextWishStatus(wish.status, event);
		if (!status) return null;
		await t.update(contactWish).set({ ...set, status }).where(and(eq(contactWish.id, wishId), eq(contactWish.status, 'open')));
		return { ...wish, status };
	};
	return tx ? run(tx) : db.transaction(run);
}

/** Whether the citizen has a wish waiting for the leader's answer (then no new one can be made). */
export async function hasOpenWish(citizenId: string): Promise<boolean> {
	const [open] = await db.select({ id: contactWish.id }).from(contactWish).where(and(eq(contactWish.citizenId, citizenId), eq(contactWish.status, 'open')));
	return open !== undefined;
}

/** Whether the citizen may ask for another kontaktperson today; if not, why: the choice period, or a wish waiting. */
export async function choiceToday(target: Citizen): Promise<{ state: 'waiting'; from: string } | { state: 'wish-open' } | { state: 'may-choose' }> {
	const window = await choiceWindowFor(target);
	if (window.state === 'waiting') return { state: 'waiting', from: window.from };
	if (await hasOpenWish(target.id)) return { state: 'wish-open' };
	return { state: 'may-choose' };
}

/** What the citizen sees: wishes newest first with the people and the answer. */
export async function listWishes(citizenId: string) {
	const wishes = await db.select().from(contactWish).where(eq(contactWish.citizenId, citizenId)).orderBy(desc(contactWish.createdAt));
	const members = await membersOf(wishes.map((w) => w.id));
	return wishes.map((wish) => ({ ...wish, members: members.filter((m) => m.wishId === wish.id) }));
}

/** Every kontaktperson and team the citizen has had, newest first. */
export async function assignmentHistory(citizenId: string) {
	return db
		.select({ id: contactAssignment.id, name: user.displayName, role: contactAssignment.role, isMain: contactAssignment.isMain, isTemporary: contactAssignment.isTemporary, fromDate: contactAssignment.fromDate, toDate: contactAssignment.toDate })
		.from(contactAssignment)
		.innerJoin(user, eq(user.id, contactAssignment.workerId))
		.where(eq(contactAssignment.citizenId, citizenId))
		.orderBy(desc(contactAssignment.fromDate), asc(user.displayName));
}

/** The leader's queue: open wishes of the unit (oldest first) and the last answered ones, each read logged. */
export async function listWishQueue(leader: SessionUser, now = new Date()) {
	if (!leader.unitId) return { open: [], answered: [] };
	const [settings] = await db.select({ answerDays: unit.wishAnswerDays }).from(unit).where(eq(unit.id, leader.unitId));
	const answerDays = settings?.answerDays ?? 14;
	const rows = await db
		.select({ wish: contactWish, citizenName: user.displayName })
		.from(contactWish)
		.innerJoin(citizen, eq(citizen.id, contactWish.citizenId))
		.innerJoin(user, eq(user.id, citizen.userId))
		.where(eq(citizen.unitId, leader.unitId))
		.orderBy(asc(contactWish.createdAt));
	const members = await membersOf(rows.map((r) => r.wish.id));
	const workerIds = [...new Set(members.map((m) => m.workerId))];
	const loads = await workerLoads(workerIds);
	const capacities = new Map(
		(workerIds.length ? await db.select().from(workerProfile).where(inArray(workerProfile.userId, workerIds)) : []).map((p) => [p.userId, p.capacity])
	);
	const current = await currentSupporters([...new Set(rows.map((r) => r.wish.citizenId))]);
	const view = rows.map(({ wish, citizenName }) => ({
		...wish,
		citizenName,
		isOverdue: wish.status === 'open' && isWishOverdue(wish.createdAt, answerDays, now),
		answerBy: addDays(todayIso(wish.createdAt), answerDays),
		current: current.get(wish.citizenId) ?? [],
		members: members
			.filter((m) => m.wishId === wish.id)
			.map((m) => {
				const load = loads.get(m.workerId) ?? 0;
				const capacity = capacities.get(m.workerId) ?? 0;
				const isAssigned = (current.get(wish.citizenId) ?? []).some((s) => s.workerId === m.workerId);
				return { ...m, load, capacity, isOverCapacity: exceedsCapacity(load, capacity, isAssigned) };
			})
	}));
	const open = view.filter((w) => w.status === 'open');
	const answered = view.filter((w) => w.status !== 'open').reverse().slice(0, 20);
	await recordAccess([...open, ...answered].map((w) => ({ citizenId: w.citizenId, actor: leader, action: 'read' as const, area: 'contact-person', object: `wish:${w.id}` })));
	return { open, answered };
}

async function wishInUnit(leader: SessionUser, wishId: string) {
	const [row] = await db
		.select({ wish: contactWish, unitId: citizen.unitId })
		.from(contactWish)
		.innerJoin(citizen, eq(citizen.id, contactWish.citizenId))
		.where(eq(contactWish.id, wishId));
	return row && leader.unitId !== null && row.unitId === leader.unitId ? row.wish : null;
}

export type ApproveResult = 'approved' | 'not_found' | 'not_open' | 'bad_date' | 'over_capacity';

/**
 * Approves a wish from a start date: today's assignments end the day before, the wished people
 * start on the date (history kept). Capacity is never exceeded silently: the leader must say so.
 */
export async function approveWish(leader: SessionUser, wishId: string, startDate: string, confirmOverCapacity: boolean, today = todayIso()): Promise<ApproveResult> {
	const wish = await wishInUnit(leader, wishId);
	if (!wish) return 'not_found';
	if (wish.status !== 'open') return 'not_open';
	if (startDate < today) return 'bad_date';
	const members = await membersOf([wish.id]);
	const current = (await currentSupporters([wish.citizenId], today)).get(wish.citizenId) ?? [];
	const loads = await workerLoads(members.map((m) => m.workerId), startDate);
	const profiles = await db.select().from(workerProfile).where(inArray(workerProfile.userId, members.map((m) => m.workerId)));
	const isOver = profiles.some((p) => exceedsCapacity(loads.get(p.userId) ?? 0, p.capacity, current.some((s) => s.workerId === p.userId)));
	if (isOver && !confirmOverCapacity) return 'over_capacity';
	const done = await db.transaction(async (tx) => {
		const changed = await changeStatus(null, wish.id, 'approve', { answeredAt: new Date(), answeredBy: leader.id, startDate, isOverCapacityConfirmed: isOver }, tx);
		if (!changed) return false;
		const dayBefore = addDays(startDate, -1);
		// Assignments running on the start date end the day before (or are dropped if they had not begun).
		await tx
			.update(contactAssignment)
			.set({ toDate: dayBefore })
			.where(and(eq(contactAssignment.citizenId, wish.citizenId), lt(contactAssignment.fromDate, startDate), or(isNull(contactAssignment.toDate), gte(contactAssignment.toDate, startDate))));
		await tx
			.update(contactAssignment)
			.set({ toDate: dayBefore })
			.where(and(eq(contactAssignment.citizenId, wish.citizenId), gte(contactAssignment.fromDate, startDate), isNull(contactAssignment.toDate)));
		await tx.insert(contactAssignment).values(
			members.map((m) => ({
				id: newId(),
				citizenId: wish.citizenId,
				workerId: m.workerId,
				role: m.role,
				isMain: m.isMain,
				isTemporary: false,
				fromDate: startDate
			}))
		);
		await recordAccess([{ citizenId: wish.citizenId, actor: leader, action: 'update', area: 'contact-person', object: `wish:${wish.id}` }], tx);
		return true;
	});
	return done ? 'approved' : 'not_open';
}

export type DeclineInput = { reason: DeclineReason; text: string; instead: string };

/** Declines with a reason from the templates, free words, and what can happen instead. */
export async function declineWish(leader: SessionUser, wishId: string, input: DeclineInput): Promise<'declined' | 'not_found' | 'not_open'> {
	const wish = await wishInUnit(leader, wishId);
	if (!wish) return 'not_found';
	const done = await db.transaction(async (tx) => {
		const changed = await changeStatus(null, wish.id, 'decline', { answeredAt: new Date(), answeredBy: leader.id, declineReason: input.reason, declineText: input.text, insteadText: input.instead }, tx);
		if (!changed) return false;
		await recordAccess([{ citizenId: wish.citizenId, actor: leader, action: 'update', area: 'contact-person', object: `wish:${wish.id}` }], tx);
		return true;
	});
	return done ? 'declined' : 'not_open';
}

/** The citizen's open wish, if any, and whether it is past the answer time (for the caseload). */
export async function openWishFlags(citizenIds: string[], now = new Date()) {
	const flags = new Map<string, { isOverdue: boolean }>();
	if (citizenIds.length === 0) return flags;
	const rows = await db
		.select({ citizenId: contactWish.citizenId, createdAt: contactWish.createdAt, answerDays: unit.wishAnswerDays })
		.from(contactWish)
		.innerJoin(citizen, eq(citizen.id, contactWish.citizenId))
		.innerJoin(unit, eq(unit.id, citizen.unitId))
		.where(and(inArray(contactWish.citizenId, citizenIds), eq(contactWish.status, 'open')));
	for (const row of rows) flags.set(row.citizenId, { isOverdue: isWishOverdue(row.createdAt, row.answerDays, now) });
	return flags;
}

/** Only the citizen's temporary kontaktperson suggests, and only a worker of the same unit. */
export async function suggestContact(worker: SessionUser, target: Citizen, suggestedWorkerId: string, text: string) {
	const supporters = (await currentSupporters([target.id])).get(target.id) ?? [];
	if (!supporters.some((s) => s.workerId === worker.id && s.isTemporary)) return 'not_temporary' as const;
	const [suggested] = await db
		.select({ id: user.id })
		.from(user)
		.where(and(eq(user.id, suggestedWorkerId), eq(user.role, 'worker'), eq(user.unitId, target.unitId), eq(user.isActive, true)));
	if (!suggested) return 'not_found' as const;
	await db.transaction(async (tx) => {
		const id = newId();
		await tx.insert(contactSuggestion).values({ id, citizenId: target.id, fromWorkerId: worker.id, suggestedWorkerId, text, createdAt: new Date() });
		await recordAccess([{ citizenId: target.id, actor: worker, action: 'create', area: 'contact-person', object: `suggestion:${id}` }], tx);
	});
	return 'suggested' as const;
}

export async function openSuggestions(citizenId: string) {
	const rows = await db
		.select({ id: contactSuggestion.id, text: contactSuggestion.text, suggestedWorkerId: contactSuggestion.suggestedWorkerId, fromWorkerId: contactSuggestion.fromWorkerId, createdAt: contactSuggestion.createdAt })
		.from(contactSuggestion)
		.where(and(eq(contactSuggestion.citizenId, citizenId), eq(contactSuggestion.status, 'open')))
		.orderBy(desc(contactSuggestion.createdAt));
	const ids = [...new Set(rows.flatMap((r) => [r.suggestedWorkerId, r.fromWorkerId]))];
	const names = new Map((ids.length ? await db.select({ id: user.id, name: user.displayName }).from(user).where(inArray(user.id, ids)) : []).map((u) => [u.id, u.name]));
	return rows.map((r) => ({ ...r, suggestedName: names.get(r.suggestedWorkerId) ?? '', fromName: names.get(r.fromWorkerId) ?? '' }));
}

/** The citizen says no thanks to a suggestion (accepting happens by making the wish); false (logged) when it is not theirs. */
export async function ignoreSuggestion(target: Pick<Citizen, 'id' | 'userId'>, suggestionId: string) {
	const ignored = await db
		.update(contactSuggestion)
		.set({ status: 'ignored' })
		.where(and(eq(contactSuggestion.id, suggestionId), eq(contactSuggestion.citizenId, target.id)))
		.returning({ id: contactSuggestion.id });
	if (ignored.length === 1) return true;
	const [other] = await db.select({ citizenId: contactSuggestion.citizenId }).from(contactSuggestion).where(eq(contactSuggestion.id, suggestionId));
	await logForeignId({ id: target.userId, role: 'citizen' }, other?.citizenId ?? null, 'contact-person', `suggestion:${suggestionId}`);
	return false;
}
