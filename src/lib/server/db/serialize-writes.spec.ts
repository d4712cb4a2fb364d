import { describe, expect, it } from 'vitest';
import { count, eq } from 'drizzle-orm';
import { db } from './index.js';
import { unit } from './schema/index.js';
import { newId } from '../random.js';

describe('writes to the embedded database', () => {
	it('never deadlock: 20 transactions that await between statements, plus plain writes, all land quickly', async () => {
		const started = Date.now();
		const name = `Parallel ${newId()}`;
		await Promise.all([
			...Array.from({ length: 20 }, () =>
				db.transaction(async (tx) => {
					const id = newId();
					await tx.insert(unit).values({ id, name, createdAt: new Date() });
					await new Promise((resolve) => setTimeout(resolve, 5));
					await tx.update(unit).set({ choicePeriodDays: 30 }).where(eq(unit.id, id));
				})
			),
			...Array.from({ length: 20 }, () => db.insert(unit).values({ id: newId(), name, createdAt: new Date() })),
			...Array.from({ length: 20 }, () => db.select({ n: count() }).from(unit))
		]);
		const [row] = await db.select({ n: count() }).from(unit).where(eq(unit.name, name));
		expect(row!.n).toBe(40);
		// Without the queue the sync driver blocks for the 5 s busy timeout and then fails.
		expect(Date.now() - started).toBeLessThan(4000);
	});

	it('give the lock back when a transaction fails, so the next write still runs', async () => {
		await expect(
			db.transaction(async (tx) => {
				await tx.insert(unit).values({ id: newId(), name: 'rolled back', createdAt: new Date() });
				throw new Error('changed my mind');
			})
		).rejects.toThrow('changed my mind');
		const id = newId();
		await db.insert(unit).values({ id, name: 'after', createdAt: new Date() });
		expect((await db.select().from(unit).where(eq(unit.id, id))).length).toBe(1);
	});
});
