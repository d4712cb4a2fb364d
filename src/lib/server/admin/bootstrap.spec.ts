import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { unit, user } from '../db/schema/index.js';
import { checkActivationCode } from '../auth/invitation.js';
import { createUnitWithFirstLeader, problemsWith } from './bootstrap.js';

describe('bootstrap: a first unit and leader without demo data', () => {
	it('makes the unit and a leader who activates with the letter’s code', async () => {
		const made = await createUnitWithFirstLeader({ unitName: ' Bostøtten Nord ', leaderName: 'Lise Leder' });
		const [createdUnit] = await db.select().from(unit).where(eq(unit.id, made.unitId));
		expect(createdUnit?.name).toBe('Bostøtten Nord');
		const [leader] = await db.select().from(user).where(eq(user.id, made.leaderId));
		expect([leader?.role, leader?.unitId, leader?.loginName]).toEqual(['leader', made.unitId, null]);
		expect(await checkActivationCode(made.code)).toMatchObject({ status: 'valid', displayName: 'Lise Leder' });
	});

	it('explains what is missing', () => {
		expect(problemsWith({ unitName: '', leaderName: 'x' })).toHaveLength(1);
		expect(problemsWith({ unitName: 'x', leaderName: ' ' })).toHaveLength(1);
		expect(problemsWith({ unitName: 'x', leaderName: 'y' })).toEqual([]);
	});
});
