import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { db } from './index.js';
import { citizen, contactAssignment, unit, user, workerProfile } from './schema/index.js';
import { DEMO_ACTIVATION_CODE, DEMO_PASSWORD, DEMO_UNIT_NAME, describeDemoLogins, seedDemoData } from './seed.js';
import { findUserByPassword } from '../auth/password.js';
import { checkActivationCode } from '../auth/invitation.js';
import { getCitizenHome } from '../citizens.js';
import { todayIso } from '../time.js';

async function countOf(role: 'leader' | 'worker' | 'citizen' | 'relative') {
	const [row] = await db.select({ n: count() }).from(user).where(eq(user.role, role));
	return row!.n;
}

describe('demo data', () => {
	it('seeds one unit with a leader, 4 workers, 6 citizens and 2 relatives, once', async () => {
		expect(await seedDemoData(db)).not.toBeNull();
		expect(await seedDemoData(db)).toBeNull();

		const units = await db.select().from(unit);
		expect(units.map((u) => u.name)).toEqual([DEMO_UNIT_NAME]);
		expect([await countOf('leader'), await countOf('worker'), await countOf('citizen'), await countOf('relative')]).toEqual([
			1, 4, 6, 2
		]);
		expect((await db.select().from(workerProfile)).length).toBe(4);
		expect((await db.select().from(citizen)).length).toBe(6);
		expect((await db.select().from(contactAssignment)).length).toBeGreaterThanOrEqual(6);
	});

	it('lets the demo people log in, and has a citizen whose choice period has passed', async () => {
		await seedDemoData(db);
		for (const name of ['leder', 'mette', 'anna', 'karen']) {
			expect(await findUserByPassword(name, DEMO_PASSWORD)).not.toBeNull();
		}
		const bo = await findUserByPassword('bo', DEMO_PASSWORD);
		const home = await getCitizenHome(bo!.userId);
		expect(home?.supporters[0]?.isTemporary).toBe(true);
		expect(home!.mayChooseFrom! < todayIso()).toBe(true);
		expect((await checkActivationCode(DEMO_ACTIVATION_CODE)).status).toBe('valid');
		expect(await describeDemoLogins(db)).toContain('FRED-ERAK-TEMA');
	});
});
