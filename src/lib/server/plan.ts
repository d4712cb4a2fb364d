import { and, asc, desc, eq, inArray, isNull } from 'drizzle-orm';
import { db } from './db/index.js';
import { dream, goal, goalDream, goalStep, plan, planChange, user } from './db/schema/index.js';
import type { SessionUser } from './auth/session.js';
import { recordAccess } from './access-log/record.js';
import { logForeignId } from './access/foreign-id.js';
import { newId } from './random.js';
import type { Progress, StepOwner } from '../plan-options.js';

type Tx = Parameters<Parameters<typeof db.transaction>[0]>[0];
type ChangeKind = typeof planChange.$inferInsert.kind;

/**
 * Every change to a plan lands in its history, and — when someone other than the citizen makes
 * it — in the access log, both in the transaction of the change.
 */
async function noteChange(tx: Tx, citizenId: string, actor: SessionUser, isSelf: boolean, kind: ChangeKind, summary: string, object: string) {
	await tx.insert(planChange).values({ citizenId, kind, summary, changedBy: actor.id, at: new Date() });
	if (!isSelf) {
		const action = kind === 'goal_created' || kind === 'step_added' ? 'create' : kind === 'goal_deleted' ? 'delete' : 'update';
		await recordAccess([{ citizenId, actor, action, area: 'plan', object }], tx);
	}
}

/** Only the citizen's own, existing dreams can be linked to a goal; a deleted one is left out. */
async function ownDreamIds(tx: Tx, citizenId: string, dreamIds: string[]) {
	if (dreamIds.length === 0) return [];
	const rows = await tx
		.select({ id: dream.id })
		.from(dream)
		.where(and(eq(dream.citizenId, citizenId), inArray(dream.id, dreamIds), isNull(dream.deletedAt)));
	return rows.map((r) => r.id);
}

/**
 * The first of the ids that is not one of the citizen's dreams (deleted ones count as theirs: a
 * goal written offline may name a dream deleted since), with its owner when it exists; else null.
 */
async function foreignDreamId(citizenId: string, dreamIds: string[]) {
	if (dreamIds.length === 0) return null;
	const rows = await db.select({ id: dream.id, citizenId: dream.citizenId }).from(dream).where(inArray(dream.id, dreamIds));
	const foreign = dreamIds.find((id) => rows.find((r) => r.id === id)?.citizenId !== citizenId);
	return foreign === undefined ? null : { id: foreign, ownerId: rows.find((r) => r.id === foreign)?.citizenId ?? null };
}

export type CreateGoalResult = { status: 'created' | 'duplicate'; id: string } | { status: 'conflict' | 'not_found' };

/**
 * Creates a goal. With a client id (made on the device), sending the same form again returns the
 * first goal and creates nothing; the same id with other words is refused as a conflict.
 */
export async function createGoal(
	citizenId: string,
	actor: SessionUser,
	isSelf: boolean,
	text: string,
	dreamIds: string[],
	clientId: string | null = null
): Promise<CreateGoalResult> {
	const foreign = await foreignDreamId(citizenId, dreamIds);
	if (foreign) {
		await logForeignId(actor, foreign.ownerId, 'dreams', `dream:${foreign.id}`);
		return { status: 'not_found' };
	}
	return db.transaction(async (tx): Promise<CreateGoalResult> => {
		if (clientId) {
			const [earlier] = await tx.select().from(goal).where(and(eq(goal.citizenId, citizenId), eq(goal.clientId, clientId)));
			if (earlier) return earlier.text === text ? { status: 'duplicate', id: earlier.id } : { status: 'conflict' };
		}
		const id = newId();
		const now = new Date();
		await tx.insert(goal).values({ id, citizenId, text, clientId, createdAt: now, updatedAt: now });
		const linked = await ownDreamIds(tx, citizenId, dreamIds);
		if (linked.length > 0) await tx.insert(goalDream).values(linked.map((dreamId) => ({ goalId: id, dreamId })));
		await noteChange(tx, citizenId, actor, isSelf, 'goal_created', text, id);
		return { status: 'created', id };
	});
}

async function ownGoal(tx: Tx, citizenId: string, goalId: string) {
	const [row] = await tx.select().from(goal).where(and(eq(goal.id, goalId), eq(goal.citizenId, citizenId), isNull(goal.deletedAt)));
	return row ?? null;
}

/** Changes a goal's words, linked dreams and progress; false when the goal or a dream is not this citizen's. */
export async function updateGoal(
	citizenId: string,
	goalId: string,
	actor: SessionUser,
	isSelf: boolean,
	input: { text: string; dreamIds: string[]; progress: Progress }
) {
	const foreign = await foreignDreamId(citizenId, input.dreamIds);
	if (foreign) {
		await logForeignId(actor, foreign.ownerId, 'dreams', `dream:${foreign.id}`);
		return false;
	}
	return db.transaction(async (tx) => {
		const current = await ownGoal(tx, citizenId, goalId);
		if (!current) return false;
		await tx.update(goal).set({ text: input.text, progress: input.progress, updatedAt: new Date() }).where(eq(goal.id, goalId));
		await tx.delete(goalDream).where(eq(goalDream.goalId, goalId));
		const linked = await ownDreamIds(tx, citizenId, input.dreamIds);
		if (linked.length > 0) await tx.insert(goalDream).values(linked.map((dreamId) => ({ goalId, dreamId })));
		if (current.text !== input.text) await noteChange(tx, citizenId, actor, isSelf, 'goal_changed', input.text, goalId);
		if (current.progress !== input.progress) await noteChange(tx, citizenId, actor, isSelf, 'progress', `${input.text}: ${input.progress}`, goalId);
		return true;
	});
}

export async function deleteGoal(citizenId: string, goalId: string, actor: SessionUser, isSelf: boolean) {
	return db.transaction(async (tx) => {
		const current = await ownGoal(tx, citizenId, goalId);
		if (!current) return false;
		await tx.update(goal).set({ deletedAt: new Date() }).where(eq(goal.id, goalId));
		await noteChange(tx, citizenId, actor, isSelf, 'goal_deleted', current.text, goalId);
		return true;
	});
}

export async function addStep(citizenId: string, goalId: string, actor: SessionUser, isSelf: boolean, text: string, owner: StepOwner) {
	return db.transaction(async (tx) => {
		if (!(await ownGoal(tx, citizenId, goalId))) return false;
		const id = newId();
		await tx.insert(goalStep).values({ id, goalId, text, owner, createdAt: new Date() });
		await noteChange(tx, citizenId, actor, isSelf, 'step_added', text, id);
		return true;
	});
}

/** Marks a step done; `not_found` (logged) when it is not a step of the citizen's goals. */
export async function markStepDone(citizenId: string, stepId: string, actor: SessionUser, isSelf: boolean) {
	const result = await db.transaction(async (tx) => {
		const [row] = await tx
			.select({ step: goalStep, citizenId: goal.citizenId, goalDeletedAt: goal.deletedAt })
			.from(goalStep)
			.innerJoin(goal, eq(goal.id, goalStep.goalId))
			.where(eq(goalStep.id, stepId));
		if (!row || row.citizenId !== citizenId) return { status: 'not_found' as const, ownerId: row?.citizenId ?? null };
		// A step already done, or of a deleted goal, stays as it is (a second tap changes nothing).
		if (row.step.isDone || row.goalDeletedAt) return { status: 'unchanged' as const };
		await tx.update(goalStep).set({ isDone: true }).where(eq(goalStep.id, stepId));
		await noteChange(tx, citizenId, actor, isSelf, 'step_done', row.step.text, stepId);
		return { status: 'done' as const };
	});
	if (result.status === 'not_found') await logForeignId(actor, result.ownerId, 'plan', `step:${stepId}`);
	return result.status;
}

export async function setPlanDate(citizenId: string, actor: SessionUser, isSelf: boolean, planDate: string | null) {
	return db.transaction(async (tx) => {
		await tx
			.insert(plan)
			.values({ citizenId, planDate, updatedAt: new Date() })
			.onConflictDoUpdate({ target: plan.citizenId, set: { planDate, updatedAt: new Date() } });
		await noteChange(tx, citizenId, actor, isSelf, 'plan_date', planDate ?? '', 'plan-date');
	});
}

/** The whole plan: date, goals (oldest first) with their steps and linked dreams' words. */
export async function getPlan(citizenId: string, dreamFilter?: (d: { id: string; visibility: string }) => boolean) {
	const [row] = await db.select().from(plan).where(eq(plan.citizenId, citizenId));
	const goals = await db
		.select()
		.from(goal)
		.where(and(eq(goal.citizenId, citizenId), isNull(goal.deletedAt)))
		.orderBy(asc(goal.createdAt));
	const ids = goals.map((g) => g.id);
	const steps = ids.length === 0 ? [] : await db.select().from(goalStep).where(inArray(goalStep.goalId, ids)).orderBy(asc(goalStep.createdAt));
	const links =
		ids.length === 0
			? []
			: await db
					.select({ goalId: goalDream.goalId, id: dream.id, text: dream.text, visibility: dream.visibility })
					.from(goalDream)
					.innerJoin(dream, eq(dream.id, goalDream.dreamId))
					.where(and(inArray(goalDream.goalId, ids), isNull(dream.deletedAt)));
	return {
		planDate: row?.planDate ?? null,
		goals: goals.map((g) => ({
			id: g.id,
			text: g.text,
			progress: g.progress,
			steps: steps.filter((s) => s.goalId === g.id).map((s) => ({ id: s.id, text: s.text, owner: s.owner, isDone: s.isDone })),
			// Others see a linked dream only where the dream itself is shared with them.
			dreams: links.filter((l) => l.goalId === g.id && (dreamFilter?.(l) ?? true)).map((l) => ({ id: l.id, text: l.text }))
		}))
	};
}

/** The plan's history, newest first, with who made each change. */
export async function planHistory(citizenId: string, limit = 200) {
	return db
		.select({ change: planChange, by: user.displayName })
		.from(planChange)
		.innerJoin(user, eq(user.id, planChange.changedBy))
		.where(eq(planChange.citizenId, citizenId))
		.orderBy(desc(planChange.at), desc(planChange.id))
		.limit(limit);
}
