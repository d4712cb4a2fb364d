import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { accessLogEvent, citizen as citizenTable } from '../db/schema/index.js';
import { createCitizen, createUnit, createUser, createWorker } from '../testing/factories.js';
import { exportCitizenData } from '../my-data.js';
import { recordAccess } from './record.js';
import { accessLogPage, fullAccessLog, LOG_PAGE_SIZE } from './view.js';

/** A citizen with 620 old reads by one worker and today 40 refusals by a relative. */
async function longLog() {
	const unit = await createUnit();
	const made = await createCitizen(unit.id, { name: 'Lang Log' });
	const reader = await createWorker(unit.id, 'Olga Ældre');
	const relative = await createUser('relative', { name: 'Rita Relativ' });
	const start = Date.now() - 30 * 24 * 3_600_000;
	await db.insert(accessLogEvent).values(
		Array.from({ length: 620 }, (_, i) => ({
			at: new Date(start + i * 60_000),
			citizenId: made.id,
			actorUserId: reader.id,
			actorRole: 'worker' as const,
			action: 'read' as const,
			area: 'plan',
			object: ''
		}))
	);
	for (let i = 0; i < 40; i++) {
		await recordAccess([{ citizenId: made.id, actor: { id: relative.id, role: 'relative' }, action: 'denied', area: 'dreams' }]);
	}
	const [target] = await db.select().from(citizenTable).where(eq(citizenTable.id, made.id));
	return { target: target!, reader, relative };
}

describe('the whole log, for the export', () => {
	it('has every line, past the old 500, with the refusals folded and counted', async () => {
		const { target } = await longLog();
		const { entries } = await fullAccessLog(target.id);
		expect(entries).toHaveLength(621);
		expect(entries[0]).toMatchObject({ actorName: 'Rita Relativ', action: 'denied', area: 'dreams', repeatCount: 40 });
		expect(entries[0]!.lastAt! >= entries[0]!.at).toBe(true);

		const exported = await exportCitizenData(target, { id: target.userId, role: 'citizen', displayName: 'Lang Log', unitId: null, unitName: null }, 'file');
		expect(exported.accessLog).toHaveLength(621);
		expect(exported.accessLog[0]).toMatchObject({ who: 'Rita Relativ', action: 'denied', repeatCount: 40 });
		expect(exported.accessLog.at(-1)).toMatchObject({ who: 'Olga Ældre', action: 'read', area: 'plan', repeatCount: 1, lastAt: null });
	});
});

describe('one page of the log', () => {
	it('shows a page of lines, the people of the whole log for the filter, and cursors both ways', async () => {
		const { target, reader, relative } = await longLog();
		const first = await accessLogPage(target.id, { person: relative.id });
		expect(first.entries).toHaveLength(1);
		// The filter still offers everyone, though this page shows one person.
		expect(first.people.map((p) => [p.name, p.relation])).toEqual([
			['Olga Ældre', 'worker'],
			['Rita Relativ', 'relative']
		]);
		expect([first.olderCursor, first.newerCursor]).toEqual([null, null]);

		const top = await accessLogPage(target.id);
		expect(top.entries).toHaveLength(LOG_PAGE_SIZE);
		expect(top.newerCursor).toBeNull();
		let seen = top.entries.length;
		let page = top;
		while (page.olderCursor) {
			page = await accessLogPage(target.id, { before: page.olderCursor });
			expect(page.newerCursor).not.toBeNull();
			seen += page.entries.length;
		}
		expect(seen).toBe(621);
		expect(page.entries.at(-1)!.actorId).toBe(reader.id);
		const back = await accessLogPage(target.id, { after: page.newerCursor });
		expect(back.entries).toHaveLength(LOG_PAGE_SIZE);
		expect(back.entries.at(-1)!.at > page.entries[0]!.at).toBe(true);
	});

	it("names a deletion request as what was read, not all of the citizen's data", async () => {
		const unit = await createUnit();
		const made = await createCitizen(unit.id);
		const leader = await createUser('leader', { unitId: unit.id });
		await recordAccess([{ citizenId: made.id, actor: { id: leader.id, role: 'leader' }, action: 'read', area: 'data', object: 'deletion-request' }]);
		expect((await accessLogPage(made.id)).entries.map((e) => [e.action, e.area])).toEqual([['read', 'deletion-request']]);
	});
});
