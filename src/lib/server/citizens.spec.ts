import { describe, expect, it } from 'vitest';
import { listAccessForCitizen } from './access-log/record.js';
import { assignWorker, createCitizen, createUnit, createUser, createWorker } from './testing/factories.js';
import { getCitizenHome, listCaseload } from './citizens.js';
import { addDays, todayIso } from './time.js';
import type { SessionUser } from './auth/session.js';

const asStaff = (p: { id: string; role: SessionUser['role'] }, unitId: string): SessionUser => ({
	id: p.id,
	role: p.role,
	displayName: 'Staff',
	unitId,
	unitName: null
});

describe('caseload', () => {
	it("shows a worker only their currently assigned citizens, a leader the whole unit, never another unit's", async () => {
		const unit = await createUnit();
		const otherUnit = await createUnit();
		const worker = await createWorker(unit.id, 'Wendy Worker');
		const mine = await createCitizen(unit.id, { name: 'Mine Citizen' });
		const notMine = await createCitizen(unit.id, { name: 'Other Citizen' });
		const elsewhere = await createCitizen(otherUnit.id, { name: 'Far Away' });
		await assignWorker(mine.id, worker.id);
		await assignWorker(notMine.id, (await createWorker(unit.id)).id);
		await assignWorker(elsewhere.id, (await createWorker(otherUnit.id)).id);

		const workerView = await listCaseload(asStaff(worker, unit.id));
		expect(workerView.map((c) => c.name)).toEqual(['Mine Citizen']);
		expect(workerView[0]!.supporters.map((s) => s.name)).toEqual(['Wendy Worker']);

		const leader = await createUser('leader', { unitId: unit.id });
		const leaderView = await listCaseload(asStaff(leader, unit.id));
		expect(leaderView.map((c) => c.name).sort()).toEqual(['Mine Citizen', 'Other Citizen']);

		const otherLeader = await createUser('leader', { unitId: otherUnit.id });
		expect((await listCaseload(asStaff(otherLeader, otherUnit.id))).map((c) => c.name)).toEqual(['Far Away']);
	});

	it('logs each citizen shown in the caseload', async () => {
		const unit = await createUnit();
		const worker = await createWorker(unit.id);
		const citizen = await createCitizen(unit.id);
		await assignWorker(citizen.id, worker.id);
		await listCaseload(asStaff(worker, unit.id));
		const log = await listAccessForCitizen(citizen.id);
		expect(log.map((e) => [e.actorUserId, e.action, e.object])).toEqual([[worker.id, 'read', 'caseload']]);
	});
});

describe('Min side data', () => {
	it('names the temporary kontaktperson and the date the citizen may choose', async () => {
		const unit = await createUnit();
		const worker = await createWorker(unit.id, 'Tina Temporary');
		const citizen = await createCitizen(unit.id);
		const fromDate = addDays(todayIso(), -100);
		await assignWorker(citizen.id, worker.id, { isTemporary: true, fromDate });

		const home = await getCitizenHome(citizen.userId);
		expect(home?.supporters.map((s) => [s.name, s.isTemporary])).toEqual([['Tina Temporary', true]]);
		expect(home?.mayChooseFrom).toBe(addDays(fromDate, 91));
	});
});
