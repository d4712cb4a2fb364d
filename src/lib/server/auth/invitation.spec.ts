import { describe, expect, it } from 'vitest';
import { and, eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { credential, user } from '../db/schema/index.js';
import { createCitizen, createUnit } from '../testing/factories.js';
import { CODE_ALPHABET, CODE_LENGTH, normalizeCode } from '../../validation/invitation-code.js';
import { findUserByPassword } from './password.js';
import {
	INVITATION_LIFETIME,
	checkActivationCode,
	createActivationCode,
	redeemActivationCode,
	replaceActivationCode,
	suggestLoginName
} from './invitation.js';
import { listAccessForCitizen } from '../access-log/record.js';
import { createUser } from '../testing/factories.js';

async function newCitizenWithCode(now = Date.now()) {
	const unit = await createUnit();
	const citizen = await createCitizen(unit.id, { name: 'Frida Test' });
	const { code, display } = await createActivationCode(citizen.userId, null, now);
	return { citizen, code, display };
}

describe('activation codes', () => {
	it('are 12 characters from the alphabet without look-alikes, shown in groups of four', async () => {
		const { code, display } = await newCitizenWithCode();
		expect(code).toHaveLength(CODE_LENGTH);
		expect([...code].every((c) => CODE_ALPHABET.includes(c))).toBe(true);
		expect(display).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
		for (const lookAlike of ['0', 'O', '1', 'I', 'L', '5', 'S', '8', 'B', '2', 'Z']) {
			expect(CODE_ALPHABET).not.toContain(lookAlike);
		}
	});

	it('accept what people type: lower case, spaces and dashes', async () => {
		const { display } = await newCitizenWithCode();
		const typed = ` ${display.toLowerCase().replaceAll('-', ' ')} `;
		expect(normalizeCode(typed)).toBe(display.replaceAll('-', ''));
		expect((await checkActivationCode(typed)).status).toBe('valid');
	});

	it('redeem once: sets log-in name and password, then counts as used', async () => {
		const { citizen, code } = await newCitizenWithCode();
		const result = await redeemActivationCode(code, 'Frida', 'a long password');
		expect(result).toEqual({ status: 'activated', userId: citizen.userId });
		expect(await findUserByPassword('frida', 'a long password')).toEqual({ userId: citizen.userId, role: 'citizen' });

		expect((await checkActivationCode(code)).status).toBe('used');
		expect((await redeemActivationCode(code, 'frida2', 'another password')).status).toBe('used');
		expect(await findUserByPassword('frida2', 'another password')).toBeNull();
	});

	it('refuse an expired code', async () => {
		const created = Date.now() - INVITATION_LIFETIME - 1000;
		const { citizen, code } = await newCitizenWithCode(created);
		expect((await checkActivationCode(code)).status).toBe('expired');
		expect((await redeemActivationCode(code, 'late', 'a long password')).status).toBe('expired');
		const [row] = await db.select().from(user).where(eq(user.id, citizen.userId));
		expect(row!.loginName).toBeNull();
	});

	it('refuse a wrong code and a code of the wrong length', async () => {
		expect((await checkActivationCode('ACDEFHJKMNPR')).status).toBe('invalid');
		expect((await checkActivationCode('ACDE')).status).toBe('invalid');
		expect((await redeemActivationCode('ACDEFHJKMNPR', 'x1', 'a long password')).status).toBe('invalid');
	});

	it('write nothing when the log-in name is taken, so the code still works', async () => {
		const first = await newCitizenWithCode();
		await redeemActivationCode(first.code, 'samename', 'a long password');
		const second = await newCitizenWithCode();

		expect((await redeemActivationCode(second.code, 'SameName', 'a long password')).status).toBe('login_name_taken');
		const passwords = await db
			.select()
			.from(credential)
			.where(and(eq(credential.userId, second.citizen.userId), eq(credential.kind, 'password')));
		expect(passwords).toHaveLength(0);
		expect((await checkActivationCode(second.code)).status).toBe('valid');
		expect((await redeemActivationCode(second.code, 'othername', 'a long password')).status).toBe('activated');
	});

	it('are single-use even when two requests race', async () => {
		const { code } = await newCitizenWithCode();
		const results = await Promise.all([
			redeemActivationCode(code, 'racer-a', 'a long password'),
			redeemActivationCode(code, 'racer-b', 'a long password')
		]);
		expect(results.filter((r) => r.status === 'activated')).toHaveLength(1);
	});

	it('suggest a free log-in name from the first name', async () => {
		const { code } = await newCitizenWithCode();
		await redeemActivationCode(code, 'søren', 'a long password');
		expect(await suggestLoginName('Søren Kierkegaard')).toBe('søren2');
		expect(await suggestLoginName('Åse Nyborg')).toBe('åse');
	});

	it("replaced by staff: the old code stops working, and the citizen's log says who made the new one", async () => {
		const { citizen, code: oldCode } = await newCitizenWithCode();
		const leader = await createUser('leader');
		const staff = { id: leader.id, role: 'leader' as const, displayName: 'L', unitId: null, unitName: null };
		const { code: newCode } = (await replaceActivationCode(citizen.id, citizen.userId, staff))!;

		expect((await checkActivationCode(oldCode)).status).toBe('expired');
		expect((await checkActivationCode(newCode)).status).toBe('valid');
		const log = await listAccessForCitizen(citizen.id);
		expect(log.map((e) => [e.actorUserId, e.action, e.area, e.object])).toEqual([[leader.id, 'create', 'account', 'activation-code']]);
	});
});
