import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { accessLogEvent, citizen as citizenTable } from '../db/schema/index.js';
import { createCitizen, createUnit, createUser, createWorker } from '../testing/factories.js';
import { exportCitizenData } from '../my-data.js';
import { listAccessForCitizen, recordAccess } from './record.js';
import { accessLogPage, fullAccessLog, LOG_PAGE_SIZE } from './view.js';

/** A citizen with 620 old reads by one worker, one an hour (so each is its own line), and today 40 refusals by a relative. */
async function longLog() {
	const unit = await createUnit();
	const made = await createCitizen(unit.id, { name: 'Lang Log' });
	const reader = await createWorker(unit.id, 'Olga Ældre');
	const relative = await createUser('relative', { name: 'Rita Relativ' });
	const start = Date.now() - 30 * 24 * 3_600_000;
	await db.insert(accessLogEvent).values(
		Array.from({ length: 620 }, (_, i) => ({
			at: new Date(start + i * 3_600_000),
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

describe('folding the lines the citizen reads', () => {
	const hour = 3_600_000;
	/** A citizen and a worker; the worker's accesses at chosen times. */
	async function scene() {
		const unit = await createUnit();
		const made = await createCitizen(unit.id, { name: 'Foldet Log' });
		const worker = await createWorker(unit.id, 'Mads Møde');
		const other = await createWorker(unit.id, 'Nina Anden');
		const access = (actor: { id: string }, action: 'read' | 'update' | 'denied', area: string, at: number) =>
			recordAccess([{ citizenId: made.id, actor: { id: actor.id, role: 'worker' }, action, area }], undefined, at);
		return { citizenId: made.id, worker, other, access };
	}

	it('shows many reads by one person of one area in one hour as one line with the count; another hour, area, action or person is another line', async () => {
		const { citizenId, worker, other, access } = await scene();
		const h = Math.floor((Date.now() - 2 * 24 * hour) / hour) * hour;
		for (let i = 0; i < 12; i++) await access(worker, 'read', 'dreams', h + 60_000 + i * 4 * 60_000);
		for (let i = 0; i < 3; i++) await access(worker, 'read', 'plan', h + 5 * 60_000 + i * 60_000);
		await access(worker, 'update', 'plan', h + 20 * 60_000);
		await access(other, 'read', 'dreams', h + 30 * 60_000);
		for (let i = 0; i < 2; i++) await access(worker, 'read', 'dreams', h + hour + i * 60_000);

		const { entries } = await accessLogPage(citizenId);
		const lines = entries.map((e) => [e.actorName, e.action, e.area, e.repeatCount]);
		expect(lines).toEqual([
			['Mads Møde', 'read', 'dreams', 2],
			['Nina Anden', 'read', 'dreams', 1],
			['Mads Møde', 'update', 'plan', 1],
			['Mads Møde', 'read', 'plan', 3],
			['Mads Møde', 'read', 'dreams', 12]
		]);
		const dreams = entries.at(-1)!;
		expect([dreams.at, dreams.lastAt]).toEqual([new Date(h + 60_000).toISOString(), new Date(h + 45 * 60_000).toISOString()]);
		expect(entries[1]!.lastAt).toBeNull();

		// The export still has every access.
		expect((await fullAccessLog(citizenId)).entries).toHaveLength(19);
		expect(await listAccessForCitizen(citizenId)).toHaveLength(19);
		// And one person's lines fold the same way.
		expect((await accessLogPage(citizenId, { person: worker.id })).entries.map((e) => e.repeatCount)).toEqual([2, 1, 3, 12]);
	});

	it('pages the folded lines newest first and back, reaching every line, and a line never moves when more accesses arrive', async () => {
		const { citizenId, worker, access } = await scene();
		const start = Math.floor((Date.now() - 20 * 24 * hour) / hour) * hour;
		// 250 hours, each with 3 reads of dreams and 1 of the plan: 500 lines from 1000 accesses.
		const rows = Array.from({ length: 250 }, (_, i) =>
			[0, 1, 2, 3].map((k) => ({
				at: new Date(start + i * hour + k * 60_000),
				citizenId,
				actorUserId: worker.id,
				actorRole: 'worker' as const,
				action: 'read' as const,
				area: k === 3 ? 'plan' : 'dreams',
				object: ''
			}))
		).flat();
		await db.insert(accessLogEvent).values(rows);

		const seen: string[] = [];
		let page = await accessLogPage(citizenId);
		expect(page.newerCursor).toBeNull();
		seen.push(...page.entries.map((e) => `${e.at} ${e.area} ${e.repeatCount}`));
		while (page.olderCursor) {
			page = await accessLogPage(citizenId, { before: page.olderCursor });
			expect(page.newerCursor).not.toBeNull();
			seen.push(...page.entries.map((e) => `${e.at} ${e.area} ${e.repeatCount}`));
		}
		expect(seen).toHaveLength(500);
		expect(new Set(seen).size).toBe(500);
		expect(seen.filter((s) => s.endsWith('dreams 3'))).toHaveLength(250);
		expect(seen.filter((s) => s.endsWith('plan 1'))).toHaveLength(250);

		// Back up from the last page, page by page, to the top.
		let pagesBack = 0;
		while (page.newerCursor) {
			const before = page.entries[0]!.at;
			page = await accessLogPage(citizenId, { after: page.newerCursor });
			expect(page.entries.at(-1)!.at > before).toBe(true);
			pagesBack++;
		}
		expect(pagesBack).toBe(4);
		expect(page.entries.slice(0, 2).map((e) => [e.at, e.area])).toEqual([
			[new Date(start + 249 * hour + 3 * 60_000).toISOString(), 'plan'],
			[new Date(start + 249 * hour).toISOString(), 'dreams']
		]);

		// A second page stays the same when the newest line gets more reads.
		const second = await accessLogPage(citizenId, { before: (await accessLogPage(citizenId)).olderCursor });
		await access(worker, 'read', 'dreams', start + 249 * hour + 30 * 60_000);
		const top = await accessLogPage(citizenId);
		expect(top.entries[1]!.repeatCount).toBe(4);
		expect((await accessLogPage(citizenId, { before: top.olderCursor })).entries).toEqual(second.entries);
	});
});
