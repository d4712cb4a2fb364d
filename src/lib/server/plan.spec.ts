import { describe, expect, it } from 'vitest';
import { createCitizen, createUnit, createUser } from './testing/factories.js';
import { listAccessForCitizen } from './access-log/record.js';
import { createDream } from './dreams.js';
import type { SessionUser } from './auth/session.js';
import { addStep, createGoal, deleteGoal, getPlan, markStepDone, planHistory, setPlanDate, updateGoal } from './plan.js';

const as = (id: string, role: SessionUser['role']): SessionUser => ({ id, role, unitId: null, displayName: id, unitName: null });

describe('plan', () => {
	it('keeps goals with linked dreams, steps by who does them, progress and a history', async () => {
		const unit = await createUnit();
		const citizen = await createCitizen(unit.id, { canLogIn: true });
		const self = as(citizen.userId, 'citizen');
		const shared = await createDream(citizen.id, self, true, { text: 'Et hjem', lifeArea: 'home', visibility: 'team', talkAtNextMeeting: false }, null);
		const secret = await createDream(citizen.id, self, true, { text: 'Hemmelig', lifeArea: 'home', visibility: 'me', talkAtNextMeeting: false }, null);
		if (shared.status !== 'saved' || secret.status !== 'saved') throw new Error();

		const created = await createGoal(citizen.id, self, true, 'Find en lejlighed', [shared.dream.id, secret.dream.id]);
		if (created.status !== 'created') throw new Error();
		const goalId = created.id;
		await addStep(citizen.id, goalId, self, true, 'Skriv mig op', 'me');
		await addStep(citizen.id, goalId, self, true, 'Ring til boligselskabet', 'contact');
		await updateGoal(citizen.id, goalId, self, true, { text: 'Find en lejlighed', dreamIds: [shared.dream.id, secret.dream.id], progress: 'started' });
		const plan = await getPlan(citizen.id);
		const step = plan.goals[0]!.steps.find((s) => s.owner === 'me')!;
		await markStepDone(citizen.id, step.id, self, true);
		await setPlanDate(citizen.id, self, true, '2027-03-01');

		const after = await getPlan(citizen.id);
		expect(after.planDate).toBe('2027-03-01');
		expect(after.goals.map((g) => [g.text, g.progress, g.dreams.length])).toEqual([['Find en lejlighed', 'started', 2]]);
		expect(after.goals[0]!.steps.map((s) => [s.owner, s.isDone])).toEqual([
			['me', true],
			['contact', false]
		]);
		// Staff see a linked dream only when the dream itself is shared with them.
		expect((await getPlan(citizen.id, (d) => d.visibility !== 'me')).goals[0]!.dreams.map((d) => d.text)).toEqual(['Et hjem']);
		expect((await planHistory(citizen.id)).map((h) => h.change.kind).reverse()).toEqual([
			'goal_created',
			'step_added',
			'step_added',
			'progress',
			'step_done',
			'plan_date'
		]);
		// The citizen's own changes are not in the access log; nothing of another citizen can be touched.
		expect(await listAccessForCitizen(citizen.id)).toHaveLength(0);
		const other = await createCitizen(unit.id);
		expect(await deleteGoal(other.id, goalId, as(other.userId, 'citizen'), true)).toBe(false);
		expect(await addStep(other.id, goalId, as(other.userId, 'citizen'), true, 'x', 'me')).toBe(false);
	});

	it('logs a change made by someone else in the same transaction', async () => {
		const unit = await createUnit();
		const citizen = await createCitizen(unit.id);
		const guide = as((await createUser('guide')).id, 'guide');
		const created = await createGoal(citizen.id, guide, false, 'Sammen', []);
		const goalId = created.status === 'created' ? created.id : null;
		expect((await listAccessForCitizen(citizen.id)).map((e) => [e.action, e.area, e.object])).toEqual([['create', 'plan', goalId]]);
	});

	it('stores a goal sent again with the same client id once, and refuses the id with other words', async () => {
		const unit = await createUnit();
		const citizen = await createCitizen(unit.id, { canLogIn: true });
		const self = as(citizen.userId, 'citizen');
		const sends = await Promise.all(Array.from({ length: 5 }, () => createGoal(citizen.id, self, true, 'Lær at cykle', [], 'device-1')));
		expect(sends.filter((r) => r.status === 'created')).toHaveLength(1);
		expect(new Set(sends.map((r) => ('id' in r ? r.id : null))).size).toBe(1);
		expect(await createGoal(citizen.id, self, true, 'Noget andet', [], 'device-1')).toEqual({ status: 'conflict' });
		expect((await getPlan(citizen.id)).goals).toHaveLength(1);
	});
});
