import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { citizen as citizenTable, workerProfile, type Citizen } from '../db/schema/index.js';
import type { SessionUser } from '../auth/session.js';
import { listAccessForCitizen } from '../access-log/record.js';
import { currentSupporters } from '../citizens.js';
import { assignWorker, createCitizen, createUnit, createUser, createWorker } from '../testing/factories.js';
import { addDays, todayIso } from '../time.js';
import { approveWish, assignmentHistory, createWish, declineWish, listWishQueue, listWishes, openSuggestions, suggestContact, withdrawWish } from './wishes.js';

const leaderOf = async (unitId: string): Promise<SessionUser> => {
	const row = await createUser('leader', { unitId });
	return { id: row.id, role: 'leader', displayName: 'Lene', unitId, unitName: null };
};

async function scene(options: { isTemporary?: boolean; startedDaysAgo?: number } = {}) {
	const unit = await createUnit();
	const temporary = await createWorker(unit.id, 'Tina Midlertidig');
	const [a, b, c] = [await createWorker(unit.id, 'Anders'), await createWorker(unit.id, 'Bente'), await createWorker(unit.id, 'Carl')];
	const made = await createCitizen(unit.id, { canLogIn: true, startedDaysAgo: options.startedDaysAgo ?? 120 });
	await assignWorker(made.id, temporary.id, { isTemporary: options.isTemporary ?? true, fromDate: made.startDate });
	const [target] = await db.select().from(citizenTable).where(eq(citizenTable.id, made.id));
	return { unit, temporary, a, b, c, target: target as Citizen, leader: await leaderOf(unit.id) };
}

const team = (a: string, b: string, c: string) => ({
	kind: 'team' as const,
	members: [
		{ role: 'practical' as const, workerId: a, isMain: true },
		{ role: 'personal' as const, workerId: b, isMain: false },
		{ role: 'plan' as const, workerId: c, isMain: false }
	],
	reason: 'Jeg kan godt lide Anders',
	helperId: null
});

describe('wishes', () => {
	it('a citizen inside the choice period cannot wish yet', async () => {
		const { target, a } = await scene({ startedDaysAgo: 10 });
		expect(await createWish(target, { kind: 'one', members: [{ role: 'contact', workerId: a.id, isMain: true }], reason: '', helperId: null })).toEqual({ status: 'waiting' });
	});

	it('a team wish is approved from a start date: the old kontaktperson ends the day before, history is kept', async () => {
		const { target, a, b, c, temporary, leader } = await scene();
		const made = await createWish(target, team(a.id, b.id, c.id));
		expect(made.status).toBe('created');
		expect((await createWish(target, team(a.id, b.id, c.id))).status).toBe('already_open');
		const start = addDays(todayIso(), 3);
		const wishId = made.status === 'created' ? made.wishId : '';
		expect(await approveWish(leader, wishId, start, false)).toBe('approved');
		expect(await approveWish(leader, wishId, start, false)).toBe('not_open');
		// Until the start date the temporary kontaktperson stays; from it, the team.
		expect((await currentSupporters([target.id])).get(target.id)!.map((s) => s.workerId)).toEqual([temporary.id]);
		const fromStart = (await currentSupporters([target.id], start)).get(target.id)!;
		expect(fromStart.map((s) => [s.name, s.role, s.isMain])).toEqual([
			['Anders', 'practical', true],
			['Bente', 'personal', false],
			['Carl', 'plan', false]
		]);
		const history = await assignmentHistory(target.id);
		expect(history.find((h) => h.name === 'Tina Midlertidig')!.toDate).toBe(addDays(start, -1));
		expect((await listWishes(target.id))[0]!.status).toBe('approved');
		expect((await listAccessForCitizen(target.id)).map((e) => [e.action, e.area])).toContainEqual(['update', 'contact-person']);
	});

	it('capacity is never exceeded silently: the leader must confirm', async () => {
		const { target, a, leader } = await scene();
		await db.update(workerProfile).set({ capacity: 0 }).where(eq(workerProfile.userId, a.id));
		const made = await createWish(target, { kind: 'one', members: [{ role: 'contact', workerId: a.id, isMain: true }], reason: '', helperId: null });
		const wishId = made.status === 'created' ? made.wishId : '';
		const queue = await listWishQueue(leader);
		expect(queue.open[0]!.members[0]).toMatchObject({ load: 0, capacity: 0, isOverCapacity: true });
		expect(await approveWish(leader, wishId, todayIso(), false)).toBe('over_capacity');
		expect(await approveWish(leader, wishId, todayIso(), true)).toBe('approved');
		expect((await listWishes(target.id))[0]!.isOverCapacityConfirmed).toBe(true);
	});

	it('decline gives the reason; withdraw works only on an open wish; another unit’s leader gets nothing', async () => {
		const { target, a, leader } = await scene();
		const one = { kind: 'one' as const, members: [{ role: 'contact' as const, workerId: a.id, isMain: true }], reason: '', helperId: null };
		const first = await createWish(target, one);
		const firstId = first.status === 'created' ? first.wishId : '';
		const stranger = await leaderOf((await createUnit()).id);
		expect(await declineWish(stranger, firstId, { reason: 'no_room', text: '', instead: '' })).toBe('not_found');
		expect(await approveWish(stranger, firstId, todayIso(), true)).toBe('not_found');
		expect(await declineWish(leader, firstId, { reason: 'no_room', text: 'Anders har fuldt op.', instead: 'Du kan vælge Bente.' })).toBe('declined');
		expect(await withdrawWish(target.id, firstId)).toBeNull();
		const second = await createWish(target, one);
		const secondId = second.status === 'created' ? second.wishId : '';
		expect((await withdrawWish(target.id, secondId))?.status).toBe('withdrawn');
		expect((await listWishes(target.id)).map((w) => w.status)).toEqual(['withdrawn', 'declined']);
	});

	it('refuses workers of another unit and broken role rules', async () => {
		const { target, a, b } = await scene();
		const other = await createWorker((await createUnit()).id);
		expect(await createWish(target, team(a.id, b.id, other.id))).toEqual({ status: 'invalid', problems: ['wish_error_worker'] });
		expect(await createWish(target, { ...team(a.id, b.id, b.id), members: team(a.id, b.id, b.id).members.slice(0, 2) })).toEqual({
			status: 'invalid',
			problems: ['wish_error_role_plan']
		});
	});

	it('only the temporary kontaktperson suggests a name', async () => {
		const { target, temporary, a, b } = await scene();
		const asWorker = (id: string): SessionUser => ({ id, role: 'worker', displayName: 'x', unitId: target.unitId, unitName: null });
		expect(await suggestContact(asWorker(a.id), target, b.id, 'Du og Bente griner meget sammen.')).toBe('not_temporary');
		expect(await suggestContact(asWorker(temporary.id), target, a.id, 'Jeg har set, at du bruger meget tid sammen med Anders.')).toBe('suggested');
		expect((await openSuggestions(target.id)).map((s) => [s.fromName, s.suggestedName])).toEqual([['Tina Midlertidig', 'Anders']]);
	});
});
