import { describe, expect, it } from 'vitest';
import { listAccessForCitizen } from './access-log/record.js';
import { createCitizen, createUnit, createUser } from './testing/factories.js';
import { readDeletionRequestsForLeader } from './deletion-requests.js';
import { requestDeletion } from './my-data.js';
import type { SessionUser } from './auth/session.js';

describe("the leader's deletion requests", () => {
	it('logs one read for each citizen whose request is shown, and none for another unit', async () => {
		const unit = await createUnit();
		const otherUnit = await createUnit();
		const leaderUser = await createUser('leader', { unitId: unit.id });
		const leader: SessionUser = { id: leaderUser.id, role: 'leader', displayName: 'Lise Leder', unitId: unit.id, unitName: null };
		const twice = await createCitizen(unit.id);
		const once = await createCitizen(unit.id);
		const silent = await createCitizen(unit.id);
		const elsewhere = await createCitizen(otherUnit.id);
		await requestDeletion(twice.id, 'Slet alt.');
		await requestDeletion(twice.id, 'Igen.');
		await requestDeletion(once.id, '');
		await requestDeletion(elsewhere.id, 'Ikke jeres.');

		const rows = await readDeletionRequestsForLeader(leader);
		expect(rows).toHaveLength(3);
		for (const shown of [twice, once]) {
			expect((await listAccessForCitizen(shown.id)).map((e) => [e.actorUserId, e.action, e.area, e.object])).toEqual([
				[leader.id, 'read', 'data', 'deletion-request']
			]);
		}
		expect(await listAccessForCitizen(silent.id)).toEqual([]);
		expect(await listAccessForCitizen(elsewhere.id)).toEqual([]);
	});
});
