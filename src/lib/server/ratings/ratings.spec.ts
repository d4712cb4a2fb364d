import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { citizen as citizenTable, type Citizen } from '../db/schema/index.js';
import { listAccessForCitizen } from '../access-log/record.js';
import { assignWorker, createCitizen, createUnit, createUser, createWorker } from '../testing/factories.js';
import type { SessionUser } from '../auth/session.js';
import { activateQuestionSet, activeQuestionSet, addQuestionSet, listQuestionSets, moveQuestion, retireQuestion } from './question-sets.js';
import { createRating, latestRatingFlags, listRatings, markVisitDone, ratingPrompt, unitRatingOverview, workerTrend } from './ratings.js';
import type { Face } from '../../rating-scale.js';
import { listCaseload } from '../citizens.js';

async function scene() {
	const unit = await createUnit();
	const worker = await createWorker(unit.id, 'Mette');
	const made = await createCitizen(unit.id, { canLogIn: true });
	await assignWorker(made.id, worker.id);
	const [target] = await db.select().from(citizenTable).where(eq(citizenTable.id, made.id));
	const leaderRow = await createUser('leader', { unitId: unit.id });
	const leader: SessionUser = { id: leaderRow.id, role: 'leader', displayName: 'Lene', unitId: unit.id, unitName: null };
	const staff: SessionUser = { id: worker.id, role: 'worker', displayName: 'Mette', unitId: unit.id, unitName: null };
	return { unit, worker, target: target as Citizen, leader, staff };
}

async function rate(target: Citizen, faces: Face[], extra: { comment?: string; clientId?: string | null } = {}) {
	const { set, questions } = await activeQuestionSet(target.unitId);
	const answers = Object.fromEntries(faces.map((face, i) => [questions[i]!.id, face]));
	return createRating(target, { setId: set.id, answers, comment: extra.comment ?? '', visitId: null, clientId: extra.clientId ?? null });
}

describe('ratings', () => {
	it('stores answers 0–10, decides low and falling once, and is about the kontaktperson of the day', async () => {
		const { target, worker } = await scene();
		const first = await rate(target, ['very-good', 'very-good', 'good', 'very-good']);
		const second = await rate(target, ['okay', 'okay', 'good', 'okay'], { comment: 'Vi nåede ikke det hele' });
		const third = await rate(target, ['bad', 'okay']);
		expect([first, second, third].map((r) => r.status)).toEqual(['saved', 'saved', 'saved']);
		const list = await listRatings(target.id, 'da');
		expect(list.map((r) => [r.score, r.isLow, r.isFalling])).toEqual([
			[9.38, false, false],
			[5.63, false, true],
			[3.75, true, false]
		]);
		expect(list[1]!.comment).toBe('Vi nåede ikke det hele');
		expect(list[2]!.answers).toHaveLength(2);
		expect((await workerTrend(worker.id)).at(-1)!.count).toBe(3);
		expect((await latestRatingFlags([target.id])).get(target.id)).toEqual({ isLow: true, isFalling: false });
	});

	it('stores a rating sent again with the same client id once, and refuses the id with other answers', async () => {
		const { target } = await scene();
		const sends = await Promise.all(Array.from({ length: 5 }, () => rate(target, ['good'], { clientId: 'device-1' })));
		expect(sends.filter((s) => s.status === 'saved')).toHaveLength(1);
		expect((await rate(target, ['bad'], { clientId: 'device-1' })).status).toBe('conflict');
		expect(await listRatings(target.id, 'da')).toHaveLength(1);
	});

	it('refuses a rating with nothing in it, and another unit’s question set as not found', async () => {
		const { target } = await scene();
		expect((await rate(target, [])).status).toBe('invalid');
		const other = await scene();
		const { set, questions } = await activeQuestionSet(other.unit.id);
		const answers = { [questions[0]!.id]: 'good' as const };
		expect((await createRating(target, { setId: set.id, answers, comment: '', visitId: null, clientId: null })).status).toBe('not_found');
	});

	it('asks "Hvordan gik det?" after a visit is marked done, logged for the citizen, and not again once answered', async () => {
		const { target, staff } = await scene();
		expect(await ratingPrompt(target.id)).toBeNull();
		const visitId = await markVisitDone(staff, target.id);
		expect(await ratingPrompt(target.id)).toEqual({ visitId });
		expect((await listAccessForCitizen(target.id)).map((e) => [e.action, e.area])).toEqual([['create', 'meetings']]);
		await rate(target, ['good']);
		expect(await ratingPrompt(target.id)).toBeNull();
	});

	it('asks after a meeting’s time has passed too, without a visit to point at', async () => {
		const { target, staff } = await scene();
		const { scheduleMeeting } = await import('../meetings/meetings.js');
		await scheduleMeeting(staff, target, { type: 'follow_up', startsAt: new Date(Date.now() + 3_600_000), place: 'Hjemme', participantIds: [] });
		expect(await ratingPrompt(target.id)).toBeNull();
		await scheduleMeeting(staff, target, { type: 'plan', startsAt: new Date(Date.now() - 3_600_000), place: 'Hjemme', participantIds: [] });
		expect(await ratingPrompt(target.id)).toEqual({ visitId: null });
	});

	it('the leader’s overview names flagged citizens, and that read is in their log', async () => {
		const { target, leader, worker } = await scene();
		await rate(target, ['very-bad']);
		const overview = await unitRatingOverview(leader);
		expect(overview.flagged.map((c) => c.id)).toEqual([target.id]);
		expect(overview.workers.find((w) => w.id === worker.id)).toMatchObject({ score: 0, count: 1 });
		expect((await listAccessForCitizen(target.id)).map((e) => [e.action, e.area, e.object])).toContainEqual(['read', 'ratings', 'unit-overview']);
	});
});

describe('ratings on Mine borgere', () => {
	it("logs a ratings read for each citizen whose trend line is shown, also without a flag", async () => {
		const { target, staff } = await scene();
		const unrated = await createCitizen(target.unitId);
		await assignWorker(unrated.id, staff.id);
		await rate(target, ['good', 'very-good']);
		await rate(target, ['very-good', 'very-good']);
		expect(await latestRatingFlags([target.id])).toEqual(new Map());

		const rows = await listCaseload(staff);
		expect(rows.find((r) => r.id === target.id)!.sparkline).toEqual([8.75, 10]);
		const reads = async (citizenId: string) =>
			(await listAccessForCitizen(citizenId)).filter((e) => e.actorUserId === staff.id).map((e) => [e.area, e.object]).sort();
		expect(await reads(target.id)).toEqual([
			['overview', 'caseload'],
			['ratings', 'caseload']
		]);
		expect(await reads(unrated.id)).toEqual([['overview', 'caseload']]);
	});
});

describe('question sets', () => {
	it('a unit starts with the four default questions; a leader adds a set, reorders, retires, never deletes', async () => {
		const { target, leader } = await scene();
		const { questions } = await activeQuestionSet(target.unitId);
		expect(questions.map((q) => q.textDa)).toHaveLength(4);
		await rate(target, ['good', 'good', 'good', 'good']);

		expect(await moveQuestion(leader, questions[3]!.id, 'up')).toBe(true);
		expect((await activeQuestionSet(target.unitId)).questions.map((q) => q.id)).toEqual([questions[0]!.id, questions[1]!.id, questions[3]!.id, questions[2]!.id]);
		expect(await retireQuestion(leader, questions[2]!.id)).toBe('retired');
		expect((await activeQuestionSet(target.unitId)).questions).toHaveLength(3);
		// The old rating still shows the retired question it answered.
		expect((await listRatings(target.id, 'da'))[0]!.answers).toHaveLength(4);

		const licensed = await addQuestionSet(leader, 'Licenseret skema', [{ textDa: 'Spørgsmål A', textEn: '' }, { textDa: 'Spørgsmål B', textEn: 'Question B' }]);
		expect(await activateQuestionSet(leader, licensed!)).toBe(true);
		const active = await activeQuestionSet(target.unitId);
		expect(active.set.id).toBe(licensed);
		expect((await listQuestionSets(leader)).map((s) => [s.name, s.isActive, s.questions.length])).toEqual([
			['Samklang', false, 4],
			['Licenseret skema', true, 2]
		]);
		expect((await listRatings(target.id, 'en'))[0]!.answers[0]!.question).toBe('Did we listen to you and treat you with respect?');
	});

	it('refuses to retire the last question in use, and another unit’s leader changes nothing', async () => {
		const { target, leader } = await scene();
		const other = await scene();
		const { questions } = await activeQuestionSet(target.unitId);
		expect(await retireQuestion(other.leader, questions[0]!.id)).toBe('not_found');
		expect(await moveQuestion(other.leader, questions[1]!.id, 'up')).toBe(false);
		for (const q of questions.slice(0, 3)) expect(await retireQuestion(leader, q.id)).toBe('retired');
		expect(await retireQuestion(leader, questions[3]!.id)).toBe('last_question');
	});
});
