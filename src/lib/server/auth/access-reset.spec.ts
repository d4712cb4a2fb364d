import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { citizen as citizenTable, credential, invitation, unit } from '../db/schema/index.js';
import { assignWorker, createCitizen, createUnit, createUser, createWorker } from '../testing/factories.js';
import { listAccessForCitizen } from '../access-log/record.js';
import { findUserByPassword } from './password.js';
import { checkActivationCode, createActivationCode, redeemActivationCode, replaceActivationCode } from './invitation.js';
import { RESET_DELAY, markResetNoticesSeen, mayResetAccess, resetCitizenAccess, unreadResetNotice } from './access-reset.js';
import type { SessionUser } from './session.js';

const asSession = (u: { id: string; role: SessionUser['role']; unitId?: string | null }, name = 'Lene Leder'): SessionUser => ({
	id: u.id,
	role: u.role,
	displayName: name,
	unitId: u.unitId ?? null,
	unitName: null
});

async function scene(options: { activated: boolean }) {
	const home = await createUnit();
	const person = await createCitizen(home.id, { name: 'Rikke Reset', canLogIn: options.activated });
	const [row] = await db.select().from(citizenTable).where(eq(citizenTable.id, person.id));
	const worker = await createWorker(home.id);
	await assignWorker(person.id, worker.id);
	const leaderUser = await createUser('leader', { unitId: home.id, name: 'Lene Leder' });
	return {
		unitId: home.id,
		citizen: row!,
		worker: asSession({ id: worker.id, role: 'worker', unitId: home.id }, 'Walter'),
		leader: asSession({ id: leaderUser.id, role: 'leader', unitId: home.id })
	};
}

const logOf = async (citizenId: string) => (await listAccessForCitizen(citizenId)).map((e) => [e.actorUserId, e.action, e.area, e.object]);

describe("resetting an activated citizen's access", () => {
	it('is refused to the assigned worker, and the attempt is in the log; no code is made', async () => {
		const { citizen, worker } = await scene({ activated: true });
		expect(await resetCitizenAccess(worker, citizen)).toEqual({ status: 'not_leader' });
		expect(await logOf(citizen.id)).toEqual([[worker.id, 'denied', 'account', 'access-reset']]);
		expect(await db.select().from(invitation).where(eq(invitation.userId, citizen.userId))).toEqual([]);
	});

	it("is refused to another unit's leader", async () => {
		const { citizen } = await scene({ activated: true });
		const other = await createUnit();
		const otherLeader = asSession({ id: (await createUser('leader', { unitId: other.id })).id, role: 'leader', unitId: other.id });
		expect((await resetCitizenAccess(otherLeader, citizen)).status).toBe('not_leader');
	});

	it('is not for a citizen who has never activated (they get a first code instead)', async () => {
		const { citizen, leader } = await scene({ activated: false });
		expect((await resetCitizenAccess(leader, citizen)).status).toBe('not_activated');
	});

	it('gives the leader a code that works only a day later, and logs the reset', async () => {
		const { citizen, leader } = await scene({ activated: true });
		const now = Date.now();
		const result = await resetCitizenAccess(leader, citizen, now);
		if (result.status !== 'reset') throw new Error(result.status);
		expect(result.validFrom.getTime()).toBe(now + RESET_DELAY);
		expect(await logOf(citizen.id)).toEqual([[leader.id, 'update', 'account', 'access-reset']]);

		// Whoever holds the letter cannot use it at once.
		expect((await checkActivationCode(result.code, now + 60_000)).status).toBe('not_yet');
		expect((await redeemActivationCode(result.code, 'rikke-new', 'a long password', now + 60_000)).status).toBe('not_yet');
		// The next day the citizen can. Every old way in closes: the password and the passkeys (a
		// lost phone's passkey stops working, and a citizen who did not ask notices at once).
		await db.insert(credential).values({ id: `pk-${citizen.id}`, userId: citizen.userId, kind: 'passkey', name: 'Gammel telefon', createdAt: new Date(now) });
		const tomorrow = now + RESET_DELAY + 1000;
		expect(await redeemActivationCode(result.code, 'rikke-new', 'a long password', tomorrow)).toEqual({ status: 'activated', userId: citizen.userId });
		expect(await findUserByPassword('rikke-new', 'a long password')).toEqual({ userId: citizen.userId, role: 'citizen' });
		expect((await db.select().from(credential).where(eq(credential.userId, citizen.userId))).map((c) => c.kind)).toEqual(['password']);
	});

	it('makes any earlier code stop working', async () => {
		const { citizen, leader } = await scene({ activated: true });
		const first = await resetCitizenAccess(leader, citizen);
		const second = await resetCitizenAccess(leader, citizen);
		if (first.status !== 'reset' || second.status !== 'reset') throw new Error('not reset');
		expect((await checkActivationCode(first.code, Date.now() + RESET_DELAY + 1000)).status).toBe('expired');
	});
});

describe('first codes shown on screen', () => {
	it('are refused for a citizen who has activated, even to the leader, and the attempt is logged', async () => {
		const { citizen, worker, leader } = await scene({ activated: true });
		expect(await replaceActivationCode(citizen.id, citizen.userId, worker)).toBeNull();
		expect(await replaceActivationCode(citizen.id, citizen.userId, leader)).toBeNull();
		expect(await logOf(citizen.id)).toEqual([
			[leader.id, 'denied', 'account', 'activation-code'],
			[worker.id, 'denied', 'account', 'activation-code']
		]);
	});

	it('still work for the assigned worker of a citizen who has never activated', async () => {
		const { citizen, worker } = await scene({ activated: false });
		const created = await replaceActivationCode(citizen.id, citizen.userId, worker);
		expect((await checkActivationCode(created!.code)).status).toBe('valid');
	});

	it('stop working once the account has a log-in: only a reset code opens it again', async () => {
		const { citizen } = await scene({ activated: false });
		const kept = await createActivationCode(citizen.userId, null);
		const used = await createActivationCode(citizen.userId, null);
		expect((await redeemActivationCode(used.code, `rikke${Date.now()}`, 'a long password')).status).toBe('activated');
		expect((await checkActivationCode(kept.code)).status).toBe('used');
		expect((await redeemActivationCode(kept.code, `taker${Date.now()}`, 'a long password')).status).toBe('used');
	});
});

describe('the notice on Min side', () => {
	it('says who reset the access and when, with the unit phone, until the citizen has read it', async () => {
		const { citizen, leader, unitId } = await scene({ activated: true });
		await db.update(unit).set({ contactPhone: '70 20 30 40' }).where(eq(unit.id, unitId));
		expect(await unreadResetNotice(citizen.userId)).toBeNull();
		const now = Date.now();
		await resetCitizenAccess(leader, citizen, now);
		expect(await unreadResetNotice(citizen.userId)).toMatchObject({ byName: 'Lene Leder', at: new Date(now).toISOString(), phone: '70 20 30 40' });
		await markResetNoticesSeen(citizen.userId);
		expect(await unreadResetNotice(citizen.userId)).toBeNull();
	});
});

describe('the guard of the reset page', () => {
	it('lets only a leader of the unit through, and logs everyone else as denied', async () => {
		const { citizen, worker, leader } = await scene({ activated: true });
		expect(await mayResetAccess(leader, citizen.id)).toBe(true);
		expect(await mayResetAccess(worker, citizen.id)).toBe(false);
		expect(await mayResetAccess(worker, 'no-such-citizen')).toBe(false);
		expect(await logOf(citizen.id)).toEqual([[worker.id, 'denied', 'account', 'access-reset']]);
	});
});
