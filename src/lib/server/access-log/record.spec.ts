import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { accessLogEvent } from '../db/schema/index.js';
import { createCitizen, createUnit, createWorker } from '../testing/factories.js';
import { listAccessForCitizen, recordAccess } from './record.js';

describe('access log', () => {
	it('records entries and lists them newest first for the citizen', async () => {
		const unit = await createUnit();
		const citizen = await createCitizen(unit.id);
		const worker = await createWorker(unit.id);
		const actor = { id: worker.id, role: 'worker' as const };
		await recordAccess([{ citizenId: citizen.id, actor, action: 'read', object: 'overview' }], db, 1000);
		await recordAccess([{ citizenId: citizen.id, actor, action: 'read', object: 'plan' }], db, 2000);
		const log = await listAccessForCitizen(citizen.id);
		expect(log.map((e) => e.object)).toEqual(['plan', 'overview']);
	});

	it('is append-only: the database refuses updates and deletes', async () => {
		const unit = await createUnit();
		const citizen = await createCitizen(unit.id);
		const worker = await createWorker(unit.id);
		await recordAccess([{ citizenId: citizen.id, actor: { id: worker.id, role: 'worker' }, action: 'read', object: 'overview' }]);
		await expect(
			db.update(accessLogEvent).set({ object: 'nothing' }).where(eq(accessLogEvent.citizenId, citizen.id))
		).rejects.toThrow();
		await expect(db.delete(accessLogEvent).where(eq(accessLogEvent.citizenId, citizen.id))).rejects.toThrow();
		expect(await listAccessForCitizen(citizen.id)).toHaveLength(1);
	});
});
