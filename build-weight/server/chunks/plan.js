import { C as planChange, R as user, S as plan, b as goalDream, n as db, w as dream, x as goalStep, y as goal } from "./db.js";
import { s as recordAccess } from "./record.js";
import { n as logForeignId } from "./foreign-id.js";
import { t as newId } from "./random.js";
import { and, asc, desc, eq, inArray, isNull } from "drizzle-orm";
// src/lib/server/plan.ts
/**
* Every change to a plan lands in its history, and — when someone other than the citizen makes
* it — in the access log, both in the transaction of the change.
*/
async function noteChange(tx, citizenId, actor, isSelf, kind, summary, object) {
	await tx.insert(planChange).values({
		citizenId,
		kind,
		summary,
		changedBy: actor.id,
		at: /* @__PURE__ */ new Date()
	});
	if (!isSelf) await recordAccess([{
		citizenId,
		actor,
		action: kind === "goal_created" || kind === "step_added" ? "create" : kind === "goal_deleted" ? "delete" : "update",
		area: "plan",
		object
	}], tx);
}
/** Only the citizen's own, existing dreams can be linked to a goal; a deleted one is left out. */
async function ownDreamIds(tx, citizenId, dreamIds) {
	if (dreamIds.length === 0) return [];
	return (await tx.select({ id: dream.id }).from(dream).where(and(eq(dream.citizenId, citizenId), inArray(dream.id, dreamIds), isNull(dream.deletedAt)))).map((r) => r.id);
}
/**
* The first of the ids that is not one of the citizen's dreams (deleted ones count as theirs: a
* goal written offline may name a dream deleted since), with its owner when it exists; else null.
*/
async function foreignDreamId(citizenId, dreamIds) {
	if (dreamIds.length === 0) return null;
	const rows = await db.select({
		id: dream.id,
		citizenId: dream.citizenId
	}).from(dream).where(inArray(dream.id, dreamIds));
	const foreign = dreamIds.find((id) => rows.find((r) => r.id === id)?.citizenId !== citizenId);
	return foreign === void 0 ? null : {
		id: foreign,
		ownerId: rows.find((r) => r.id === foreign)?.citizenId ?? null
	};
}
/**
* Creates a goal. With a client id (made on the device), sending the same form again returns the
* first goal and creates nothing; the same id with other words is refused as a conflict.
*/
async function createGoal(citizenId, actor, isSelf, text, dreamIds, clientId = null) {
	const foreign = await foreignDreamId(citizenId, dreamIds);
	if (foreign) {
		await logForeignId(actor, foreign.ownerId, "dreams", `dream:${foreign.id}`);
		return { status: "not_found" };
	}
	return db.transaction(async (tx) => {
		if (clientId) {
			const [earlier] = await tx.select().from(goal).where(and(eq(goal.citizenId, citizenId), eq(goal.clientId, clientId)));
			if (earlier) return earlier.text === text ? {
				status: "duplicate",
				id: earlier.id
			} : { status: "conflict" };
		}
		const id = newId();
		const now = /* @__PURE__ */ new Date();
		await tx.insert(goal).values({
			id,
			citizenId,
			text,
			clientId,
			createdAt: now,
			updatedAt: now
		});
		const linked = await ownDreamIds(tx, citizenId, dreamIds);
		if (linked.length > 0) await tx.insert(goalDream).values(linked.map((dreamId) => ({
			goalId: id,
			dreamId
		})));
		await noteChange(tx, citizenId, actor, isSelf, "goal_created", text, id);
		return {
			status: "created",
			id
		};
	});
}
async function ownGoal(tx, citizenId, goalId) {
	const [row] = await tx.select().from(goal).where(and(eq(goal.id, goalId), eq(goal.citizenId, citizenId), isNull(goal.deletedAt)));
	return row ?? null;
}
/** Changes a goal's words, linked dreams and progress; false when the goal or a dream is not this citizen's. */
async function updateGoal(citizenId, goalId, actor, isSelf, input) {
	const foreign = await foreignDreamId(citizenId, input.dreamIds);
	if (foreign) {
		await logForeignId(actor, foreign.ownerId, "dreams", `dream:${foreign.id}`);
		return false;
	}
	return db.transaction(async (tx) => {
		const current = await ownGoal(tx, citizenId, goalId);
		if (!current) return false;
		await tx.update(goal).set({
			text: input.text,
			progress: input.progress,
			updatedAt: /* @__PURE__ */ new Date()
		}).where(eq(goal.id, goalId));
		await tx.delete(goalDream).where(eq(goalDream.goalId, goalId));
		const linked = await ownDreamIds(tx, citizenId, input.dreamIds);
		if (linked.length > 0) await tx.insert(goalDream).values(linked.map((dreamId) => ({
			goalId,
			dreamId
		})));
		if (current.text !== input.text) await noteChange(tx, citizenId, actor, isSelf, "goal_changed", input.text, goalId);
		if (current.progress !== input.progress) await noteChange(tx, citizenId, actor, isSelf, "progress", `${input.text}: ${input.progress}`, goalId);
		return true;
	});
}
async function deleteGoal(citizenId, goalId, actor, isSelf) {
	return db.transaction(async (tx) => {
		const current = await ownGoal(tx, citizenId, goalId);
		if (!current) return false;
		await tx.update(goal).set({ deletedAt: /* @__PURE__ */ new Date() }).where(eq(goal.id, goalId));
		await noteChange(tx, citizenId, actor, isSelf, "goal_deleted", current.text, goalId);
		return true;
	});
}
async function addStep(citizenId, goalId, actor, isSelf, text, owner) {
	return db.transaction(async (tx) => {
		if (!await ownGoal(tx, citizenId, goalId)) return false;
		const id = newId();
		await tx.insert(goalStep).values({
			id,
			goalId,
			text,
			owner,
			createdAt: /* @__PURE__ */ new Date()
		});
		await noteChange(tx, citizenId, actor, isSelf, "step_added", text, id);
		return true;
	});
}
/** Marks a step done; `not_found` (logged) when it is not a step of the citizen's goals. */
async function markStepDone(citizenId, stepId, actor, isSelf) {
	const result = await db.transaction(async (tx) => {
		const [row] = await tx.select({
			step: goalStep,
			citizenId: goal.citizenId,
			goalDeletedAt: goal.deletedAt
		}).from(goalStep).innerJoin(goal, eq(goal.id, goalStep.goalId)).where(eq(goalStep.id, stepId));
		if (!row || row.citizenId !== citizenId) return {
			status: "not_found",
			ownerId: row?.citizenId ?? null
		};
		if (row.step.isDone || row.goalDeletedAt) return { status: "unchanged" };
		await tx.update(goalStep).set({ isDone: true }).where(eq(goalStep.id, stepId));
		await noteChange(tx, citizenId, actor, isSelf, "step_done", row.step.text, stepId);
		return { status: "done" };
	});
	if (result.status === "not_found") await logForeignId(actor, result.ownerId, "plan", `step:${stepId}`);
	return result.status;
}
async function setPlanDate(citizenId, actor, isSelf, planDate) {
	return db.transaction(async (tx) => {
		await tx.insert(plan).values({
			citizenId,
			planDate,
			updatedAt: /* @__PURE__ */ new Date()
		}).onConflictDoUpdate({
			target: plan.citizenId,
			set: {
				planDate,
				updatedAt: /* @__PURE__ */ new Date()
			}
		});
		await noteChange(tx, citizenId, actor, isSelf, "plan_date", planDate ?? "", "plan-date");
	});
}
/** The whole plan: date, goals (oldest first) with their steps and linked dreams' words. */
async function getPlan(citizenId, dreamFilter) {
	const [row] = await db.select().from(plan).where(eq(plan.citizenId, citizenId));
	const goals = await db.select().from(goal).where(and(eq(goal.citizenId, citizenId), isNull(goal.deletedAt))).orderBy(asc(goal.createdAt));
	const ids = goals.map((g) => g.id);
	const steps = ids.length === 0 ? [] : await db.select().from(goalStep).where(inArray(goalStep.goalId, ids)).orderBy(asc(goalStep.createdAt));
	const links = ids.length === 0 ? [] : await db.select({
		goalId: goalDream.goalId,
		id: dream.id,
		text: dream.text,
		visibility: dream.visibility
	}).from(goalDream).innerJoin(dream, eq(dream.id, goalDream.dreamId)).where(and(inArray(goalDream.goalId, ids), isNull(dream.deletedAt)));
	return {
		planDate: row?.planDate ?? null,
		goals: goals.map((g) => ({
			id: g.id,
			text: g.text,
			progress: g.progress,
			steps: steps.filter((s) => s.goalId === g.id).map((s) => ({
				id: s.id,
				text: s.text,
				owner: s.owner,
				isDone: s.isDone
			})),
			dreams: links.filter((l) => l.goalId === g.id && (dreamFilter?.(l) ?? true)).map((l) => ({
				id: l.id,
				text: l.text
			}))
		}))
	};
}
/** The plan's history, newest first, with who made each change. */
async function planHistory(citizenId, limit = 200) {
	return db.select({
		change: planChange,
		by: user.displayName
	}).from(planChange).innerJoin(user, eq(user.id, planChange.changedBy)).where(eq(planChange.citizenId, citizenId)).orderBy(desc(planChange.at), desc(planChange.id)).limit(limit);
}
export { markStepDone as a, updateGoal as c, getPlan as i, createGoal as n, planHistory as o, deleteGoal as r, setPlanDate as s, addStep as t };

//# sourceMappingURL=plan.js.map