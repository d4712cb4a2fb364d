import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { accessLogEvent, unit } from '../db/schema/index.js';
import { createCitizen, createUnit, createWorker } from '../testing/factories.js';
import { DAY } from '../time.js';
import { listAccessForCitizen, pruneAccessLog, recordAccess } from './record.js';

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
});
