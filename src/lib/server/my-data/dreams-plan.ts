import { asc, eq, inArray } from 'drizzle-orm';
import { db } from '../db/index.js';
import { dream, dreamVersion, goal, goalDream, goalStep, plan, planChange } from '../db/schema/index.js';
import { iso, namesOf } from './names.js';

/** Every dream with every version, deleted ones too (they are kept, so they are the citizen's data). */
export async function exportDreams(citizenId: string) {
	const dreams = await db.select().from(dream).where(eq(dream.citizenId, citizenId)).orderBy(asc(dream.createdAt));
	const versions =
		dreams.length === 0
			? []
			: await db
					.select()
					.from(dreamVersion)
					.where(inArray(dreamVersion.dreamId, dreams.map((d) => d.id)))
					.orderBy(asc(dreamVersion.dreamId), asc(dreamVersion.version), asc(dreamVersion.id));
	const name = await namesOf([...dreams.map((d) => d.writtenWithHelpBy), ...versions.map((v) => v.changedBy)]);
	return dreams.map((d) => ({
		id: d.id,
		text: d.text,
		lifeArea: d.lifeArea,
		visibility: d.visibility,
		talkAtNextMeeting: d.talkAtNextMeeting,
		writtenWithHelpBy: name(d.writtenWithHelpBy),
		confirmedAt: iso(d.confirmedAt),
		version: d.version,
		createdAt: d.createdAt.toISOString(),
		updatedAt: d.updatedAt.toISOString(),
		isDeleted: d.deletedAt !== null,
		deletedAt: iso(d.deletedAt),
		versions: versions
			.filter((v) => v.dreamId === d.id)
			.map((v) => ({
				version: v.version,
				change: v.change,
				text: v.text,
				lifeArea: v.lifeArea,
				visibility: v.visibility,
				talkAtNextMeeting: v.talkAtNextMeeting,
				changedBy: name(v.changedBy),
				changedAt: v.changedAt.toISOString()
			}))
	}));
}

/** The plan: its date, every goal (deleted ones too) with its steps and dreams, and its whole history. */
export async function exportPlan(citizenId: string) {
	const [row] = await db.select().from(plan).where(eq(plan.citizenId, citizenId));
	const goals = await db.select().from(goal).where(eq(goal.citizenId, citizenId)).orderBy(asc(goal.createdAt));
	const goalIds = goals.map((g) => g.id);
	const steps = goalIds.length === 0 ? [] : await db.select().from(goalStep).where(inArray(goalStep.goalId, goalIds)).orderBy(asc(goalStep.createdAt));
	const links = goalIds.length === 0 ? [] : await db.select().from(goalDream).where(inArray(goalDream.goalId, goalIds));
	const history = await db.select().from(planChange).where(eq(planChange.citizenId, citizenId)).orderBy(asc(planChange.at), asc(planChange.id));
	const name = await namesOf(history.map((h) => h.changedBy));
	return {
		planDate: row?.planDate ?? null,
		updatedAt: iso(row?.updatedAt),
		goals: goals.map((g) => ({
			id: g.id,
			text: g.text,
			progress: g.progress,
			dreamIds: links.filter((l) => l.goalId === g.id).map((l) => l.dreamId),
			createdAt: g.createdAt.toISOString(),
			updatedAt: g.updatedAt.toISOString(),
			isDeleted: g.deletedAt !== null,
			deletedAt: iso(g.deletedAt),
			steps: steps
				.filter((s) => s.goalId === g.id)
				.map((s) => ({ id: s.id, text: s.text, owner: s.owner, isDone: s.isDone, createdAt: s.createdAt.toISOString() }))
		})),
		history: history.map((h) => ({ id: h.id, kind: h.kind, summary: h.summary, changedBy: name(h.changedBy), at: h.at.toISOString() }))
	};
}
