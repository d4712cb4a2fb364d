// Ids in form bodies: each action refuses an id that is not the citizen's (another citizen's, another
// unit's, or none), changes nothing, and logs the attempt in the owner's access log.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { citizen as citizenTable, contactSuggestion, goalDream, goalStep, meeting, rating, type Citizen } from '../db/schema/index.js';
import { listAccessForCitizen } from '../access-log/record.js';
import { assignWorker, createCitizen, createUnit, createWorker } from '../testing/factories.js';
import type { SessionUser } from '../auth/session.js';
import { createDream } from '../dreams.js';
import { addStep, createGoal, markStepDone, updateGoal } from '../plan.js';
import { activeQuestionSet } from '../ratings/question-sets.js';
import { createRating, markVisitDone } from '../ratings/ratings.js';
import { ignoreSuggestion } from '../contact-person/wishes.js';
import { scheduleMeeting } from '../meetings/meetings.js';
import { newId } from '../random.js';
import { ForeignId } from './foreign-id.js';

/** A citizen with a worker, in a unit of their own. */
async function person(unitId?: string) {
	const unit = unitId ?? (await createUnit()).id;
	const worker = await createWorker(unit);
	const made = await createCitizen(unit, { canLogIn: true });
	await assignWorker(made.id, worker.id);
	const [row] = await db.select().from(citizenTable).where(eq(citizenTable.id, made.id));
	const self: SessionUser = { id: made.userId, role: 'citizen', displayName: 'Borger', unitId: unit, unitName: null };
	const staff: SessionUser = { id: worker.id, role: 'worker', displayName: 'Mette', unitId: unit, unitName: null };
	return { target: row as Citizen, self, staff, workerId: worker.id };
}

const denied = async (citizenId: string) => (await listAccessForCitizen(citizenId)).filter((e) => e.action === 'denied');

describe('ids of someone else in a form body', () => {
	it('a goal is not made or changed with another citizen’s dream, and the owner’s log shows the attempt', async () => {
		const me = await person();
		const neighbour = await person(me.target.unitId);
		const theirs = await createDream(neighbour.target.id, neighbour.self, true, { text: 'Deres drøm', lifeArea: 'home', visibility: 'team', talkAtNextMeeting: false }, null);
		if (theirs.status !== 'saved') throw new Error();

		expect(await createGoal(me.target.id, me.self, true, 'Mit mål', [theirs.dream.id])).toEqual({ status: 'not_found' });
		expect(await createGoal(me.target.id, me.self, true, 'Mit mål', ['no-such-dream'])).toEqual({ status: 'not_found' });
		const mine = await createGoal(me.target.id, me.self, true, 'Mit mål', []);
		if (mine.status !== 'created') throw new Error();
		expect(await updateGoal(me.target.id, mine.id, me.self, true, { text: 'Nyt', dreamIds: [theirs.dream.id], progress: 'started' })).toBe(false);

		expect(await db.select().from(goalDream).where(eq(goalDream.dreamId, theirs.dream.id))).toEqual([]);
		// Both attempts, folded into one line of the day with its count.
		expect((await denied(neighbour.target.id)).map((e) => [e.actorUserId, e.area, e.object, e.repeatCount])).toEqual([
			[me.self.id, 'dreams', `dream:${theirs.dream.id}`, 2]
		]);
	});

	it('a step of another unit’s citizen is not marked done; a second tap on one’s own changes nothing', async () => {
		const me = await person();
		const stranger = await person();
		const goal = await createGoal(stranger.target.id, stranger.self, true, 'Deres mål', []);
		if (goal.status !== 'created') throw new Error();
		await addStep(stranger.target.id, goal.id, stranger.self, true, 'Et skridt', 'me');
		const [step] = await db.select().from(goalStep).where(eq(goalStep.goalId, goal.id));

		expect(await markStepDone(me.target.id, step!.id, me.self, true)).toBe('not_found');
		expect((await db.select().from(goalStep).where(eq(goalStep.id, step!.id)))[0]!.isDone).toBe(false);
		expect(await denied(stranger.target.id)).toHaveLength(1);
		expect(await markStepDone(stranger.target.id, step!.id, stranger.self, true)).toBe('done');
		expect(await markStepDone(stranger.target.id, step!.id, stranger.self, true)).toBe('unchanged');
	});

	it('a rating is not stored about another citizen’s visit', async () => {
		const me = await person();
		const neighbour = await person(me.target.unitId);
		const visitId = await markVisitDone(neighbour.staff, neighbour.target.id);
		const { set, questions } = await activeQuestionSet(me.target.unitId);
		const result = await createRating(me.target, { setId: set.id, answers: { [questions[0]!.id]: 'good' }, comment: '', visitId, clientId: null });
		expect(result).toEqual({ status: 'not_found' });
		expect(await db.select().from(rating).where(eq(rating.citizenId, me.target.id))).toEqual([]);
		expect((await denied(neighbour.target.id)).map((e) => e.object)).toEqual([`visit:${visitId}`]);
	});

	it('another citizen’s suggestion is not ignored', async () => {
		const me = await person();
		const neighbour = await person(me.target.unitId);
		const id = newId();
		await db.insert(contactSuggestion).values({ id, citizenId: neighbour.target.id, fromWorkerId: neighbour.workerId, suggestedWorkerId: neighbour.workerId, text: 'Prøv John', createdAt: new Date() });
		expect(await ignoreSuggestion(me.target, id)).toBe(false);
		expect((await db.select().from(contactSuggestion).where(eq(contactSuggestion.id, id)))[0]!.status).toBe('open');
		expect(await denied(neighbour.target.id)).toHaveLength(1);
		expect(await ignoreSuggestion(neighbour.target, id)).toBe(true);
	});

	it('a meeting is not planned with a worker of another unit', async () => {
		const me = await person();
		const stranger = await person();
		const input = { type: 'plan' as const, startsAt: new Date(Date.now() + 86_400_000), place: 'Hjemme', participantIds: [me.workerId, stranger.workerId] };
		await expect(scheduleMeeting(me.staff, me.target, input)).rejects.toThrow(ForeignId);
		expect(await db.select().from(meeting).where(eq(meeting.citizenId, me.target.id))).toEqual([]);
		expect((await denied(me.target.id)).map((e) => e.object)).toEqual([`participant:${stranger.workerId}`]);
		expect(typeof (await scheduleMeeting(me.staff, me.target, { ...input, participantIds: [me.workerId] }))).toBe('string');
	});
});
