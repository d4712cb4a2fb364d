import { describe, expect, it } from 'vitest';
import { createCitizen, createUnit, createUser, createWorker } from './testing/factories.js';
import { listAccessForCitizen } from './access-log/record.js';
import type { SessionUser } from './auth/session.js';
import { changeDreamState, createDream, dreamHistory, listDreamsFor, listOwnDreams, updateDream, type DreamInput } from './dreams.js';

const as = (id: string, role: SessionUser['role'], unitId: string | null = null): SessionUser => ({ id, role, unitId, displayName: id, unitName: null });
const input = (text: string, visibility: DreamInput['visibility'] = 'team'): DreamInput => ({ text, lifeArea: 'home', visibility, talkAtNextMeeting: false });

async function scene() {
	const unit = await createUnit();
	const citizen = await createCitizen(unit.id, { canLogIn: true });
	const self = as(citizen.userId, 'citizen', unit.id);
	const worker = as((await createWorker(unit.id)).id, 'worker', unit.id);
	const relative = as((await createUser('relative')).id, 'relative');
	const guide = as((await createUser('guide')).id, 'guide');
	return { citizen, self, worker, relative, guide };
}

describe('dreams', () => {
	it('show each viewer only what its visibility allows; "only me" hides it from staff too', async () => {
		const { citizen, self, worker, relative, guide } = await scene();
		await createDream(citizen.id, self, true, input('Kun mig', 'me'), null);
		await createDream(citizen.id, self, true, input('Mit team', 'team'), null);
		await createDream(citizen.id, self, true, input('Pårørende', 'relatives'), null);
		const texts = async (viewer: SessionUser) => (await listDreamsFor(viewer, citizen.id)).map((d) => d.text).sort();
		expect((await listOwnDreams(citizen.id)).length).toBe(3);
		expect(await texts(worker)).toEqual(['Mit team', 'Pårørende']);
		expect(await texts(relative)).toEqual(['Pårørende']);
		expect(await texts(guide)).toEqual(['Pårørende']);
	});

	it('store a client id once: the same content again returns the first, other content is refused', async () => {
		const { citizen, self } = await scene();
		const first = await createDream(citizen.id, self, true, input('Et hus med have'), 'client-1');
		const again = await Promise.all([1, 2, 3, 4].map(() => createDream(citizen.id, self, true, input('Et hus med have'), 'client-1')));
		expect(first.status).toBe('saved');
		expect(again.map((r) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate']);
		expect((await createDream(citizen.id, self, true, input('Noget andet'), 'client-1')).status).toBe('conflict');
		expect((await listOwnDreams(citizen.id)).length).toBe(1);
	});

	it('keep every version, and deleting can be undone', async () => {
		const { citizen, self } = await scene();
		const created = await createDream(citizen.id, self, true, input('Første'), null);
		if (created.status !== 'saved') throw new Error();
		await updateDream(citizen.id, created.dream.id, self, true, input('Anden'));
		await changeDreamState(citizen.id, created.dream.id, self.id, 'delete');
		expect(await listOwnDreams(citizen.id)).toHaveLength(0);
		await changeDreamState(citizen.id, created.dream.id, self.id, 'restore');
		expect((await listOwnDreams(citizen.id)).map((d) => d.text)).toEqual(['Anden']);
		const history = await dreamHistory(created.dream.id);
		expect(history.map((h) => [h.version.change, h.version.text])).toEqual([
			['create', 'Første'],
			['update', 'Anden'],
			['delete', 'Anden'],
			['restore', 'Anden']
		]);
	});

	it('written by a guide: marked, hidden from staff until the citizen confirms, and logged', async () => {
		const { citizen, self, worker, guide } = await scene();
		const created = await createDream(citizen.id, guide, false, input('Skrevet sammen', 'team'), null);
		if (created.status !== 'saved') throw new Error();
		expect(created.dream.writtenWithHelpBy).toBe(guide.id);
		expect(created.dream.confirmedAt).toBeNull();
		expect(await listDreamsFor(worker, citizen.id)).toHaveLength(0);
		expect((await listDreamsFor(guide, citizen.id)).map((d) => d.text)).toEqual(['Skrevet sammen']);

		await changeDreamState(citizen.id, created.dream.id, self.id, 'confirm');
		expect((await listDreamsFor(worker, citizen.id)).map((d) => d.text)).toEqual(['Skrevet sammen']);
		// After confirmation the guide cannot change it any more.
		expect((await updateDream(citizen.id, created.dream.id, guide, false, input('Ændret'))).status).toBe('not_found');

		// Confirmed, reworded and set to "only me": the guide no longer sees it, old words or new.
		await updateDream(citizen.id, created.dream.id, self, true, input('Nu kun mine ord', 'me'));
		expect(await listDreamsFor(guide, citizen.id)).toEqual([]);
		expect(await listDreamsFor(worker, citizen.id)).toEqual([]);
		const log = await listAccessForCitizen(citizen.id);
		expect(log.map((e) => [e.actorUserId, e.action, e.area, e.object])).toEqual([[guide.id, 'create', 'dreams', created.dream.id]]);
	});

	it('cannot touch another citizen’s dream', async () => {
		const mine = await scene();
		const theirs = await scene();
		const created = await createDream(theirs.citizen.id, theirs.self, true, input('Deres'), null);
		if (created.status !== 'saved') throw new Error();
		expect((await updateDream(mine.citizen.id, created.dream.id, mine.self, true, input('Min'))).status).toBe('not_found');
		expect((await changeDreamState(mine.citizen.id, created.dream.id, mine.self.id, 'delete')).status).toBe('not_found');
	});
});
