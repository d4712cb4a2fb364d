import { R as user, T as dreamVersion, n as db, w as dream } from "./db.js";
import { s as recordAccess } from "./record.js";
import { t as newId } from "./random.js";
import { and, asc, desc, eq, inArray, isNotNull, isNull, or } from "drizzle-orm";
// src/lib/server/dreams.ts
var sameContent = (d, input) => d.text === input.text && d.lifeArea === input.lifeArea && d.visibility === input.visibility && d.talkAtNextMeeting === input.talkAtNextMeeting;
async function addVersion(tx, d, change, by, at) {
	await tx.insert(dreamVersion).values({
		dreamId: d.id,
		version: d.version,
		change,
		text: d.text,
		lifeArea: d.lifeArea,
		visibility: d.visibility,
		talkAtNextMeeting: d.talkAtNextMeeting,
		changedBy: by,
		changedAt: at
	});
}
/** Someone other than the citizen writing is logged in the same transaction as the write. */
async function logWrite(tx, citizenId, writer, action, dreamId, isSelf) {
	if (!isSelf) await recordAccess([{
		citizenId,
		actor: writer,
		action,
		area: "dreams",
		object: dreamId
	}], tx);
}
/**
* Stores a new dream. A guide's dream is marked as written with help and waits for the citizen's
* confirmation. With a client id, a repeated send stores nothing new.
*/
async function createDream(citizenId, writer, isSelf, input, clientId) {
	return db.transaction(async (tx) => {
		if (clientId) {
			const [earlier] = await tx.select().from(dream).where(and(eq(dream.citizenId, citizenId), eq(dream.clientId, clientId)));
			if (earlier) return sameContent(earlier, input) ? {
				status: "duplicate",
				dream: earlier
			} : { status: "conflict" };
		}
		const now = /* @__PURE__ */ new Date();
		const withHelp = !isSelf && writer.role === "guide";
		const [created] = await tx.insert(dream).values({
			id: newId(),
			citizenId,
			...input,
			writtenWithHelpBy: withHelp ? writer.id : null,
			confirmedAt: withHelp ? null : now,
			clientId,
			createdAt: now,
			updatedAt: now
		}).returning();
		await addVersion(tx, created, "create", writer.id, now);
		await logWrite(tx, citizenId, writer, "create", created.id, isSelf);
		return {
			status: "saved",
			dream: created
		};
	});
}
/** Changes a dream; the version before is kept. A guide may change only what they wrote and is not yet confirmed. */
async function updateDream(citizenId, dreamId, writer, isSelf, input) {
	return db.transaction(async (tx) => {
		const [current] = await tx.select().from(dream).where(and(eq(dream.id, dreamId), eq(dream.citizenId, citizenId), isNull(dream.deletedAt)));
		if (!current) return { status: "not_found" };
		if (!isSelf && !(current.writtenWithHelpBy === writer.id && current.confirmedAt === null)) return { status: "not_found" };
		const now = /* @__PURE__ */ new Date();
		const [updated] = await tx.update(dream).set({
			...input,
			version: current.version + 1,
			updatedAt: now,
			confirmedAt: isSelf ? current.confirmedAt ?? now : null
		}).where(eq(dream.id, dreamId)).returning();
		await addVersion(tx, updated, "update", writer.id, now);
		await logWrite(tx, citizenId, writer, "update", dreamId, isSelf);
		return {
			status: "saved",
			dream: updated
		};
	});
}
/** The citizen deletes (it can be undone) or restores a dream, or confirms one written with help. */
async function changeDreamState(citizenId, dreamId, citizenUserId, change) {
	return db.transaction(async (tx) => {
		const [current] = await tx.select().from(dream).where(and(eq(dream.id, dreamId), eq(dream.citizenId, citizenId)));
		const applies = current && (change === "delete" ? current.deletedAt === null : change === "restore" ? current.deletedAt !== null : current.deletedAt === null && current.confirmedAt === null);
		if (!current || !applies) return { status: "not_found" };
		const now = /* @__PURE__ */ new Date();
		const [updated] = await tx.update(dream).set({
			version: current.version + 1,
			updatedAt: now,
			...change === "delete" ? { deletedAt: now } : change === "restore" ? { deletedAt: null } : { confirmedAt: now }
		}).where(eq(dream.id, dreamId)).returning();
		await addVersion(tx, updated, change, citizenUserId, now);
		return {
			status: "saved",
			dream: updated
		};
	});
}
/** The citizen's own dreams (not deleted), newest first, with the helper's name where written with help. */
async function listOwnDreams(citizenId) {
	return withHelperNames(await db.select().from(dream).where(and(eq(dream.citizenId, citizenId), isNull(dream.deletedAt))).orderBy(desc(dream.createdAt)));
}
async function findOwnDream(citizenId, dreamId) {
	const [row] = await db.select().from(dream).where(and(eq(dream.id, dreamId), eq(dream.citizenId, citizenId)));
	return row ?? null;
}
/**
* What someone else may see of the citizen's dreams, after the access check: staff see confirmed
* dreams shared with the team or relatives; relatives and guides see confirmed dreams shared with
* relatives, and a guide also what they wrote that still waits for confirmation. A confirmed "only
* me" dream is never shown.
*/
async function listDreamsFor(viewer, citizenId) {
	const base = and(eq(dream.citizenId, citizenId), isNull(dream.deletedAt));
	const isStaff = viewer.role === "worker" || viewer.role === "leader";
	const shared = and(isNotNull(dream.confirmedAt), inArray(dream.visibility, isStaff ? ["team", "relatives"] : ["relatives"]));
	const awaitingConfirmation = and(eq(dream.writtenWithHelpBy, viewer.id), isNull(dream.confirmedAt));
	const visible = viewer.role === "guide" ? or(shared, awaitingConfirmation) : shared;
	return withHelperNames(await db.select().from(dream).where(and(base, visible)).orderBy(desc(dream.createdAt)));
}
/** Earlier versions of one of the citizen's dreams, oldest first, with who made each change. */
async function dreamHistory(dreamId) {
	return db.select({
		version: dreamVersion,
		by: user.displayName
	}).from(dreamVersion).innerJoin(user, eq(user.id, dreamVersion.changedBy)).where(eq(dreamVersion.dreamId, dreamId)).orderBy(asc(dreamVersion.id));
}
async function withHelperNames(rows) {
	const helperIds = [...new Set(rows.map((r) => r.writtenWithHelpBy).filter((id) => id !== null))];
	const names = new Map(helperIds.length === 0 ? [] : (await db.select({
		id: user.id,
		name: user.displayName
	}).from(user).where(inArray(user.id, helperIds))).map((u) => [u.id, u.name]));
	return rows.map((r) => ({
		...r,
		helperName: r.writtenWithHelpBy ? names.get(r.writtenWithHelpBy) ?? null : null
	}));
}
export { listDreamsFor as a, findOwnDream as i, createDream as n, listOwnDreams as o, dreamHistory as r, updateDream as s, changeDreamState as t };

//# sourceMappingURL=dreams.js.map