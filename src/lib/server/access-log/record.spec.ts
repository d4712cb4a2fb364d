import { describe, expect, it } from 'vitest';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { db } from '../db/index.js';
import { openDatabase } from '../db/client.js';
import { accessLogEvent, unit } from '../db/schema/index.js';
import { createCitizen, createUnit, createUser, createWorker } from '../testing/factories.js';
import { DAY } from '../time.js';
import { cursorOf, formatCursor, listAccessForCitizen, pageAccessForCitizen, parseCursor, pruneAccessLog, recordAccess } from './record.js';

async function scene() {
	const u = await createUnit();
	const citizen = await createCitizen(u.id);
	const worker = await createWorker(u.id);
	return { unitId: u.id, citizen, actor: { id: worker.id, role: 'worker' as const } };
}

describe('access log', () => {
	it('records entries and lists them newest first for the citizen', async () => {
		const { citizen, actor } = await scene();
		await recordAccess([{ citizenId: citizen.id, actor, action: 'read', area: 'overview' }], db, 1000);
		await recordAccess([{ citizenId: citizen.id, actor, action: 'read', area: 'plan', object: 'goal:1' }], db, 2000);
		const log = await listAccessForCitizen(citizen.id);
		expect(log.map((e) => [e.area, e.object])).toEqual([
			['plan', 'goal:1'],
			['overview', '']
		]);
	});

	it('is append-only: the database refuses updates and deletes of recent entries', async () => {
		const { citizen, actor } = await scene();
		await recordAccess([{ citizenId: citizen.id, actor, action: 'read', area: 'overview' }]);
		await expect(
			db.update(accessLogEvent).set({ object: 'nothing' }).where(eq(accessLogEvent.citizenId, citizen.id))
		).rejects.toThrow();
		await expect(db.delete(accessLogEvent).where(eq(accessLogEvent.citizenId, citizen.id))).rejects.toThrow();
		expect(await listAccessForCitizen(citizen.id)).toHaveLength(1);
	});

	it('prunes only entries older than the unit retention (default 24 months)', async () => {
		const { unitId, citizen, actor } = await scene();
		const now = Date.now();
		await recordAccess([{ citizenId: citizen.id, actor, action: 'read', area: 'dreams' }], db, now - 800 * DAY);
		await recordAccess([{ citizenId: citizen.id, actor, action: 'read', area: 'plan' }], db, now - 700 * DAY);
		await recordAccess([{ citizenId: citizen.id, actor, action: 'read', area: 'meetings' }], db, now - 40 * DAY);

		await pruneAccessLog();
		expect((await listAccessForCitizen(citizen.id)).map((e) => e.area)).toEqual(['meetings', 'plan']);

		await db.update(unit).set({ accessLogRetentionMonths: 1 }).where(eq(unit.id, unitId));
		await pruneAccessLog();
		expect(await listAccessForCitizen(citizen.id)).toHaveLength(0);
	});

	it('prunes refusals that named no citizen after the default 24 months', async () => {
		const { actor } = await scene();
		const now = Date.now();
		const tag = `made-up-${now}`;
		await recordAccess([{ citizenId: null, actor, action: 'denied', area: 'ratings', object: `${tag}-old` }], db, now - 800 * DAY);
		await recordAccess([{ citizenId: null, actor, action: 'denied', area: 'ratings', object: `${tag}-new` }], db, now - 40 * DAY);
		await pruneAccessLog();
		const left = await db.select({ object: accessLogEvent.object }).from(accessLogEvent).where(sql`${accessLogEvent.object} like ${tag + '%'}`);
		expect(left.map((row) => row.object)).toEqual([`${tag}-new`]);
	});
});

/** The trigger's refusal (drizzle wraps the database's error in its own). */
const isAppendOnlyRefusal = (error: unknown) => /append-only/.test(String((error as { cause?: unknown }).cause ?? error));

describe('folding repeated refusals', () => {
	const denied = (citizenId: string, actor: { id: string; role: 'relative' }, area = 'dreams') => ({
		citizenId,
		actor,
		action: 'denied' as const,
		area
	});

	async function refusalScene() {
		const u = await createUnit();
		const target = await createCitizen(u.id);
		const relative = await createUser('relative');
		return { target, actor: { id: relative.id, role: 'relative' as const } };
	}

	it('folds refusals by one person for one citizen and area on one Danish day into one line with a count', async () => {
		const { target, actor } = await refusalScene();
		// 2026-06-01 in Copenhagen (summer time, UTC+2) runs from 2026-05-31T22:00Z to 2026-06-01T22:00Z.
		const morning = Date.parse('2026-05-31T22:30:00Z');
		await recordAccess([denied(target.id, actor)], db, morning);
		await recordAccess([denied(target.id, actor)], db, morning + 60_000);
		await recordAccess([denied(target.id, actor), denied(target.id, actor)], db, morning + 120_000);
		await recordAccess([denied(target.id, actor, 'plan')], db, morning + 180_000);
		await recordAccess([{ citizenId: target.id, actor, action: 'read', area: 'dreams' }], db, morning + 240_000);
		await recordAccess([{ citizenId: target.id, actor, action: 'read', area: 'dreams' }], db, morning + 300_000);
		// 00:01 the next Danish day is a new line, though it is still 1 June in UTC.
		await recordAccess([denied(target.id, actor)], db, Date.parse('2026-06-01T22:01:00Z'));

		const log = await listAccessForCitizen(target.id);
		expect(log.map((e) => [e.action, e.area, e.repeatCount, e.at.toISOString(), e.lastAt?.toISOString()])).toEqual([
			['denied', 'dreams', 1, '2026-06-01T22:01:00.000Z', '2026-06-01T22:01:00.000Z'],
			['read', 'dreams', 1, '2026-05-31T22:35:00.000Z', '2026-05-31T22:35:00.000Z'],
			['read', 'dreams', 1, '2026-05-31T22:34:00.000Z', '2026-05-31T22:34:00.000Z'],
			['denied', 'plan', 1, '2026-05-31T22:33:00.000Z', '2026-05-31T22:33:00.000Z'],
			['denied', 'dreams', 4, '2026-05-31T22:30:00.000Z', '2026-05-31T22:32:00.000Z']
		]);
	});

	it('keeps refusals of different people, and attempts on ids that are no citizen, apart', async () => {
		const { target, actor } = await refusalScene();
		const other = { id: (await createUser('relative')).id, role: 'relative' as const };
		await recordAccess([denied(target.id, actor), denied(target.id, other), denied(target.id, actor)]);
		expect((await listAccessForCitizen(target.id)).map((e) => [e.actorUserId, e.repeatCount]).sort()).toEqual(
			[[actor.id, 2], [other.id, 1]].sort()
		);
		const nobody = { citizenId: null, actor, action: 'denied' as const, area: 'overview', object: 'citizen:nobody' };
		await recordAccess([nobody, nobody]);
		const unknown = await db.select().from(accessLogEvent).where(and(isNull(accessLogEvent.citizenId), eq(accessLogEvent.actorUserId, actor.id)));
		expect(unknown.map((e) => e.repeatCount)).toEqual([1, 1]);
	});

	it('counts every refusal made at the same moment from two connections, on one line', async () => {
		const { target, actor } = await refusalScene();
		// A second connection with its own write queue, as a second app process would have.
		const second = openDatabase(process.env.DATABASE_URL!);
		const now = Date.now();
		await Promise.all(
			Array.from({ length: 60 }, (_, i) => recordAccess([denied(target.id, actor)], i % 2 === 0 ? db : second.db, now + (i % 7)))
		);
		second.client.close();
		const log = await listAccessForCitizen(target.id);
		expect(log.map((e) => [e.repeatCount, e.lastAt?.getTime()])).toEqual([[60, now + 6]]);
	});

	it('refuses every update except one more refusal on a folded line', async () => {
		const { target, actor } = await refusalScene();
		const now = Date.now();
		await recordAccess([denied(target.id, actor)], db, now);
		await recordAccess([{ citizenId: target.id, actor, action: 'read', area: 'plan' }], db, now);
		const [line] = await db.select().from(accessLogEvent).where(and(eq(accessLogEvent.citizenId, target.id), eq(accessLogEvent.action, 'denied')));
		const [read] = await db.select().from(accessLogEvent).where(and(eq(accessLogEvent.citizenId, target.id), eq(accessLogEvent.action, 'read')));
		const later = new Date(now + 1000);
		const update = (id: number, set: Partial<typeof accessLogEvent.$inferInsert>) =>
			db.update(accessLogEvent).set(set).where(eq(accessLogEvent.id, id));

		await expect(update(line!.id, { repeatCount: 2, lastAt: later, object: 'nothing' })).rejects.toSatisfy(isAppendOnlyRefusal);
		await expect(update(line!.id, { repeatCount: 2, lastAt: later, area: 'plan' })).rejects.toSatisfy(isAppendOnlyRefusal);
		await expect(update(line!.id, { repeatCount: 2, lastAt: later, action: 'read' })).rejects.toSatisfy(isAppendOnlyRefusal);
		await expect(update(line!.id, { repeatCount: 2, lastAt: later, at: later })).rejects.toSatisfy(isAppendOnlyRefusal);
		await expect(update(line!.id, { repeatCount: 2, lastAt: later, actorUserId: 'someone-else' })).rejects.toSatisfy(isAppendOnlyRefusal);
		await expect(update(line!.id, { repeatCount: 2, lastAt: later, foldDay: '2000-01-01' })).rejects.toSatisfy(isAppendOnlyRefusal);
		// Unfolding the line (a NULL day) would let the flood back in: refused too.
		await expect(update(line!.id, { repeatCount: 2, lastAt: later, foldDay: null })).rejects.toSatisfy(isAppendOnlyRefusal);
		await expect(update(line!.id, { repeatCount: 3, lastAt: later })).rejects.toSatisfy(isAppendOnlyRefusal);
		await expect(update(line!.id, { repeatCount: 0, lastAt: later })).rejects.toSatisfy(isAppendOnlyRefusal);
		await expect(update(line!.id, { repeatCount: 2, lastAt: new Date(now - 1000) })).rejects.toSatisfy(isAppendOnlyRefusal);
		await expect(update(line!.id, { repeatCount: 2, lastAt: null })).rejects.toSatisfy(isAppendOnlyRefusal);
		await expect(update(read!.id, { repeatCount: 2, lastAt: later })).rejects.toSatisfy(isAppendOnlyRefusal);
		await expect(update(read!.id, { object: 'nothing' })).rejects.toSatisfy(isAppendOnlyRefusal);

		// The one update allowed: exactly one more, with the last time moved forward.
		await update(line!.id, { repeatCount: 2, lastAt: later });
		const after = await listAccessForCitizen(target.id);
		expect(after.map((e) => [e.action, e.repeatCount, e.object])).toEqual([
			['read', 1, ''],
			['denied', 2, '']
		]);
	});
});

describe('paging the log', () => {
	async function logOf(count: number) {
		const { citizen, actor } = await scene();
		const start = Date.parse('2026-03-01T08:00:00Z');
		for (let i = 0; i < count; i += 50) {
			await db.insert(accessLogEvent).values(
				Array.from({ length: Math.min(50, count - i) }, (_, j) => ({
					at: new Date(start + (i + j) * 60_000),
					citizenId: citizen.id,
					actorUserId: actor.id,
					actorRole: actor.role,
					action: 'read' as const,
					area: 'plan',
					object: `line:${i + j}`
				}))
			);
		}
		return { citizen, actor, start };
	}
	const objects = (rows: { object: string }[]) => rows.map((r) => Number(r.object.slice(5)));
	const range = (from: number, to: number) => Array.from({ length: from - to + 1 }, (_, i) => from - i);

	it('pages the whole log newest first, with no cap, and back again', async () => {
		const { citizen } = await logOf(250);
		const first = await pageAccessForCitizen(citizen.id, {});
		expect([objects(first.rows), first.hasNewer, first.hasOlder]).toEqual([range(249, 150), false, true]);
		const second = await pageAccessForCitizen(citizen.id, { before: cursorOf(first.rows.at(-1)!) });
		expect([objects(second.rows), second.hasNewer, second.hasOlder]).toEqual([range(149, 50), true, true]);
		const third = await pageAccessForCitizen(citizen.id, { before: cursorOf(second.rows.at(-1)!) });
		expect([objects(third.rows), third.hasNewer, third.hasOlder]).toEqual([range(49, 0), true, false]);
		const back = await pageAccessForCitizen(citizen.id, { after: cursorOf(third.rows[0]!) });
		expect(objects(back.rows)).toEqual(range(149, 50));
		const top = await pageAccessForCitizen(citizen.id, { after: cursorOf(back.rows[0]!) });
		expect([objects(top.rows), top.hasNewer]).toEqual([range(249, 150), false]);
	});

	it('keeps an older page the same when new entries arrive, also entries at the same millisecond', async () => {
		const { citizen, actor, start } = await logOf(150);
		const first = await pageAccessForCitizen(citizen.id, {});
		const cursor = cursorOf(first.rows.at(-1)!);
		// New reads now, and one with the very same time as the cursor's line (a later id).
		await recordAccess([{ citizenId: citizen.id, actor, action: 'read', area: 'dreams' }]);
		await recordAccess([{ citizenId: citizen.id, actor, action: 'read', area: 'dreams', object: 'line:999' }], db, cursor.at);
		const second = await pageAccessForCitizen(citizen.id, { before: cursor });
		expect(objects(second.rows)).toEqual(range(49, 0));
		expect(cursor.at).toBe(start + 50 * 60_000);
		const again = await pageAccessForCitizen(citizen.id, {});
		expect(objects(again.rows.slice(1))).toEqual(range(149, 51));
	});

	it('reads a cursor from the address only when it is well formed', () => {
		expect(parseCursor(formatCursor({ at: 1767225600000, id: 42 }))).toEqual({ at: 1767225600000, id: 42 });
		for (const bad of [null, '', '42', 'abc-1', '1-2-3', '1e5-2', `${'9'.repeat(16)}-1`]) expect(parseCursor(bad)).toBeNull();
	});
});
