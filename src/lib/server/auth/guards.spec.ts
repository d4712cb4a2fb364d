import { describe, expect, it } from 'vitest';
import { isHttpError, isRedirect } from '@sveltejs/kit';
import { listAccessForCitizen } from '../access-log/record.js';
import { assignWorker, createCitizen, createUnit, createUser, createWorker } from '../testing/factories.js';
import { addDays, todayIso } from '../time.js';
import type { SessionUser } from './session.js';
import { requireCitizenAccess, requireRole, requireUser } from './guards.js';

function eventFor(user: SessionUser | null, path = '/me', request?: { method: string; headers: Headers }) {
	return { locals: { user, session: null }, url: new URL(`http://localhost${path}?x=1`), request };
}

function asSessionUser(person: { id: string; role: SessionUser['role'] }, unitId: string | null): SessionUser {
	return { id: person.id, role: person.role, displayName: 'Test', unitId, unitName: null };
}

async function caught(action: () => unknown) {
	try {
		await action();
	} catch (thrown) {
		return thrown;
	}
	throw new Error('expected the guard to throw');
}

describe('requireUser', () => {
	it('sends a visitor to log-in and back afterwards', async () => {
		const thrown = await caught(() => requireUser(eventFor(null, '/staff')));
		expect(isRedirect(thrown) && thrown.location).toBe('/login?next=%2Fstaff%3Fx%3D1');
	});

	it('answers a form sent by the page\'s script with 401, so the page keeps the words', async () => {
		const scripted = { method: 'POST', headers: new Headers({ accept: 'application/json', 'x-sveltekit-action': 'true' }) };
		const thrown = await caught(() => requireUser(eventFor(null, '/me/dreams/new', scripted)));
		expect(isHttpError(thrown) && thrown.status).toBe(401);
	});

	it('sends a form sent without JavaScript to log-in, saying it was not saved, and back to the page', async () => {
		const plain = { method: 'POST', headers: new Headers({ accept: 'text/html' }) };
		const event = { ...eventFor(null, '/', plain), url: new URL('http://localhost/staff/citizens/1/meetings/2?/summary') };
		const thrown = await caught(() => requireUser(event));
		expect(isRedirect(thrown) && thrown.location).toBe('/login?next=%2Fstaff%2Fcitizens%2F1%2Fmeetings%2F2&notSaved');
	});
});

describe('requireRole', () => {
	it('answers 404 to other roles', async () => {
		const unit = await createUnit();
		const worker = asSessionUser(await createWorker(unit.id), unit.id);
		const thrown = await caught(() => requireRole(['citizen'], eventFor(worker)));
		expect(isHttpError(thrown) && thrown.status).toBe(404);
		expect(requireRole(['worker', 'leader'], eventFor(worker)).id).toBe(worker.id);
	});
});

describe('requireCitizenAccess', () => {
	async function scene() {
		const unit = await createUnit();
		const otherUnit = await createUnit();
		const citizen = await createCitizen(unit.id, { canLogIn: true });
		const assigned = await createWorker(unit.id);
		const unassigned = await createWorker(unit.id);
		const formerWorker = await createWorker(unit.id);
		await assignWorker(citizen.id, assigned.id);
		await assignWorker(citizen.id, formerWorker.id, { fromDate: addDays(todayIso(), -100), toDate: addDays(todayIso(), -1) });
		const leader = await createUser('leader', { unitId: unit.id });
		const otherLeader = await createUser('leader', { unitId: otherUnit.id });
		const relative = await createUser('relative');
		return {
			citizen,
			self: asSessionUser({ id: citizen.userId, role: 'citizen' }, unit.id),
			assigned: asSessionUser(assigned, unit.id),
			unassigned: asSessionUser(unassigned, unit.id),
			formerWorker: asSessionUser(formerWorker, unit.id),
			leader: asSessionUser(leader, unit.id),
			otherLeader: asSessionUser(otherLeader, otherUnit.id),
			relative: asSessionUser(relative, null)
		};
	}

	it('lets the citizen in without a log line, and logs reads by staff', async () => {
		const s = await scene();
		expect((await requireCitizenAccess(s.citizen.id, 'overview', eventFor(s.self))).citizen.id).toBe(s.citizen.id);
		expect(await listAccessForCitizen(s.citizen.id)).toHaveLength(0);

		await requireCitizenAccess(s.citizen.id, 'overview', eventFor(s.assigned));
		await requireCitizenAccess(s.citizen.id, 'plan', eventFor(s.leader));
		const log = await listAccessForCitizen(s.citizen.id);
		expect(log.map((e) => [e.actorUserId, e.action, e.area])).toEqual(
			expect.arrayContaining([
				[s.assigned.id, 'read', 'overview'],
				[s.leader.id, 'read', 'plan']
			])
		);
	});

	it('answers 404 and logs the attempt for everyone else', async () => {
		const s = await scene();
		for (const outsider of [s.unassigned, s.formerWorker, s.otherLeader, s.relative]) {
			const thrown = await caught(() => requireCitizenAccess(s.citizen.id, 'overview', eventFor(outsider)));
			expect(isHttpError(thrown) && thrown.status).toBe(404);
		}
		const denied = (await listAccessForCitizen(s.citizen.id)).filter((e) => e.action === 'denied');
		expect(denied.map((e) => e.actorUserId).sort()).toEqual(
			[s.unassigned.id, s.formerWorker.id, s.otherLeader.id, s.relative.id].sort()
		);
	});

	it('answers a made-up id exactly like a forbidden one', async () => {
		const s = await scene();
		const thrown = await caught(() => requireCitizenAccess('does-not-exist', 'overview', eventFor(s.leader)));
		expect(isHttpError(thrown) && thrown.status).toBe(404);
	});

	it('does not let one citizen see another', async () => {
		const s = await scene();
		const other = await scene();
		const thrown = await caught(() => requireCitizenAccess(other.citizen.id, 'overview', eventFor(s.self)));
		expect(isHttpError(thrown) && thrown.status).toBe(404);
	});
});

describe('requireCitizenAccess with several areas', () => {
	it('logs one line per area in one go, and refuses when any area is refused', async () => {
		const unit = await createUnit();
		const citizen = await createCitizen(unit.id);
		const worker = await createWorker(unit.id);
		await assignWorker(citizen.id, worker.id);
		const staff = asSessionUser(worker, unit.id);
		await requireCitizenAccess(citizen.id, ['overview', 'dreams', 'plan'], eventFor(staff));
		expect((await listAccessForCitizen(citizen.id)).map((e) => [e.action, e.area]).sort()).toEqual([
			['read', 'dreams'],
			['read', 'overview'],
			['read', 'plan']
		]);

		const relative = asSessionUser(await createUser('relative'), null);
		const thrown = await caught(() => requireCitizenAccess(citizen.id, ['overview', 'dreams'], eventFor(relative)));
		expect(isHttpError(thrown) && thrown.status).toBe(404);
	});
});
