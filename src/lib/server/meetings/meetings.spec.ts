import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { citizen as citizenTable, dream, type Citizen } from '../db/schema/index.js';
import type { SessionUser } from '../auth/session.js';
import { listAccessForCitizen } from '../access-log/record.js';
import { createDream } from '../dreams.js';
import { assignWorker, createCitizen, createUnit, createWorker } from '../testing/factories.js';
import { DAY } from '../time.js';
import { addMeetingNote, findMeeting, listMeetings, markRead, reviewFor, scheduleMeeting, writeSummary } from './meetings.js';

async function scene() {
	const unit = await createUnit();
	const worker = await createWorker(unit.id, 'Mette');
	const made = await createCitizen(unit.id, { canLogIn: true });
	await assignWorker(made.id, worker.id);
	const [target] = await db.select().from(citizenTable).where(eq(citizenTable.id, made.id));
	const staff: SessionUser = { id: worker.id, role: 'worker', displayName: 'Mette', unitId: unit.id, unitName: null };
	const self: SessionUser = { id: made.userId, role: 'citizen', displayName: 'Borger', unitId: unit.id, unitName: null };
	return { target: target as Citizen, staff, self };
}

describe('meetings', () => {
	it('Før mødet lists what is new since the previous meeting; marking every item makes it reviewed', async () => {
		const { target, staff, self } = await scene();
		const now = Date.now();
		const earlier = await scheduleMeeting(staff, target, { type: 'plan', startsAt: new Date(now - 10 * DAY), place: 'Hjemme', participantIds: [staff.id] });
		const next = await scheduleMeeting(staff, target, { type: 'follow_up', startsAt: new Date(now + 3 * DAY), place: 'Kontoret', participantIds: [] });
		const old = await createDream(target.id, self, true, { text: 'Gammel drøm', lifeArea: 'home', visibility: 'team', talkAtNextMeeting: false }, null);
		if (old.status !== 'saved') throw new Error();
		// Written before the previous meeting: not new.
		await db.update(dream).set({ updatedAt: new Date(now - 20 * DAY) }).where(eq(dream.id, old.dream.id));
		await createDream(target.id, self, true, { text: 'Ny drøm', lifeArea: 'work', visibility: 'team', talkAtNextMeeting: true }, null);
		await createDream(target.id, self, true, { text: 'Kun min', lifeArea: 'work', visibility: 'me', talkAtNextMeeting: true }, null);
		expect(await addMeetingNote(self, target, next, 'topic', 'Jeg vil tale om min økonomi')).toBe('saved');

		const meeting = (await findMeeting(target.id, next))!;
		const review = await reviewFor(target, meeting);
		expect(review.items.map((i) => [i.kind, i.text])).toEqual([
			// The citizen's own words first, though written last.
			['topic', 'Jeg vil tale om min økonomi'],
			['dream', 'Ny drøm']
		]);
		expect(review).toMatchObject({ unread: 2, isReviewed: false });
		for (const item of review.items) await markRead(staff, next, item.key);
		await markRead(staff, next, review.items[0]!.key);
		expect(await reviewFor(target, meeting)).toMatchObject({ unread: 0, isReviewed: true });
		expect(earlier).not.toBe(next);
	});

	it('the summary reaches the citizen, who may answer "Sådan husker jeg det ikke"; staff writes are logged', async () => {
		const { target, staff, self } = await scene();
		const id = await scheduleMeeting(staff, target, { type: 'evaluation_3m', startsAt: new Date(Date.now() - DAY), place: 'Hjemme', participantIds: [staff.id] });
		expect(await addMeetingNote(self, target, id, 'remembers_differently', 'For tidligt')).toBe('not_held');
		expect(await writeSummary(staff, target, id, 'Vi talte om dit job.', ['Du ringer til jobcentret.', 'Mette finder en praktikplads.'])).toBe('saved');
		expect(await addMeetingNote(self, target, id, 'remembers_differently', 'Jeg skulle ikke ringe selv.', 'c1')).toBe('saved');
		expect(await addMeetingNote(self, target, id, 'remembers_differently', 'Jeg skulle ikke ringe selv.', 'c1')).toBe('saved');
		const [listed] = await listMeetings(target.id);
		expect(listed).toMatchObject({ summary: 'Vi talte om dit job.', agreements: ['Du ringer til jobcentret.', 'Mette finder en praktikplads.'], participants: ['Mette'] });
		expect(listed!.notes.map((n) => n.text)).toEqual(['Jeg skulle ikke ringe selv.']);
		expect((await listAccessForCitizen(target.id)).map((e) => [e.action, e.area])).toEqual([
			['update', 'meetings'],
			['create', 'meetings']
		]);
	});

	it('a summary cannot be saved before the meeting’s time: the meeting stays open for the citizen’s topics', async () => {
		const { target, staff, self } = await scene();
		const startsAt = new Date(Date.now() + DAY);
		const id = await scheduleMeeting(staff, target, { type: 'follow_up', startsAt, place: 'Hjemme', participantIds: [] });
		expect(await writeSummary(staff, target, id, 'For tidligt', ['Noget'])).toBe('not_held_yet');
		expect(await findMeeting(target.id, id)).toMatchObject({ summary: '', summaryAt: null });
		expect(await addMeetingNote(self, target, id, 'topic', 'Jeg vil tale om min økonomi')).toBe('saved');
		// From the meeting's time on, it can.
		expect(await writeSummary(staff, target, id, 'Vi talte om økonomi.', [], startsAt)).toBe('saved');
	});

	it('another citizen’s meeting is never found', async () => {
		const one = await scene();
		const other = await scene();
		const id = await scheduleMeeting(one.staff, one.target, { type: 'plan', startsAt: new Date(), place: 'x', participantIds: [] });
		expect(await findMeeting(other.target.id, id)).toBeNull();
		expect(await addMeetingNote(other.self, other.target, id, 'topic', 'x')).toBe('not_found');
	});
});
