import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { citizen, user } from '../db/schema/index.js';
import type { SessionUser } from '../auth/session.js';
import { checkActivationCode } from '../auth/invitation.js';
import { currentSupporters, listCaseload } from '../citizens.js';
import { createSession, createUnit, createUser, createWorker } from '../testing/factories.js';
import { validateSessionToken } from '../auth/session.js';
import { todayIso } from '../time.js';
import { activationLetter, createCitizenInUnit, createStaff, deactivateStaff, endSupport } from './unit-admin.js';

const leaderOf = async (unitId: string): Promise<SessionUser> => {
	const row = await createUser('leader', { unitId });
	return { id: row.id, role: 'leader', displayName: 'Lene', unitId, unitName: null };
};

describe('unit admin', () => {
	it('a leader creates a citizen with a temporary kontaktperson and a code that works once', async () => {
		const unit = await createUnit();
		const leader = await leaderOf(unit.id);
		const worker = await createWorker(unit.id, 'Mette');
		const created = await createCitizenInUnit(leader, { name: 'Ny Borger', hoursBand: '6-10', legalBasis: 'sel85', startDate: todayIso(), temporaryWorkerId: worker.id });
		expect(created).not.toBeNull();
		expect((await currentSupporters([created!.citizenId])).get(created!.citizenId)!.map((s) => [s.name, s.isTemporary])).toEqual([['Mette', true]]);
		expect((await checkActivationCode(created!.code)).status).toBe('valid');
		const letter = activationLetter('https://samklang.example', created!.code, created!.display);
		expect(letter.link).toBe(`https://samklang.example/activate/${created!.code}`);
		expect(letter.qrSvg).toContain('<svg');
		// Another unit's worker cannot be the temporary kontaktperson.
		const other = await createWorker((await createUnit()).id);
		expect(await createCitizenInUnit(leader, { name: 'X', hoursBand: '1-5', legalBasis: 'sel99', startDate: todayIso(), temporaryWorkerId: other.id })).toBeNull();
	});

	it('ending support takes the case off Mine borgere and keeps the citizen’s account', async () => {
		const unit = await createUnit();
		const leader = await leaderOf(unit.id);
		const worker = await createWorker(unit.id);
		const created = await createCitizenInUnit(leader, { name: 'Slut Borger', hoursBand: '1-5', legalBasis: 'sel99', startDate: todayIso(), temporaryWorkerId: worker.id });
		expect(await endSupport(await leaderOf((await createUnit()).id), created!.citizenId, todayIso())).toBe(false);
		expect(await endSupport(leader, created!.citizenId, todayIso())).toBe(true);
		expect((await listCaseload(leader)).map((c) => c.id)).not.toContain(created!.citizenId);
		const [row] = await db.select().from(citizen).where(eq(citizen.id, created!.citizenId));
		expect(row!.status).toBe('ended');
	});

	it('a leader creates and deactivates staff; a deactivated person is logged out at once', async () => {
		const unit = await createUnit();
		const leader = await leaderOf(unit.id);
		const made = await createStaff(leader, 'Ny Kollega', 'worker');
		expect((await checkActivationCode(made!.code)).status).toBe('valid');
		const worker = await createWorker(unit.id);
		const { token } = await createSession(worker.id, 'test');
		expect(await deactivateStaff(await leaderOf((await createUnit()).id), worker.id)).toBe(false);
		expect(await deactivateStaff(leader, leader.id)).toBe(false);
		expect(await deactivateStaff(leader, worker.id)).toBe(true);
		expect((await validateSessionToken(token)).session).toBeNull();
		const [row] = await db.select().from(user).where(eq(user.id, worker.id));
		expect(row!.isActive).toBe(false);
	});
});
