import { F as contactAssignment, I as workerProfile, L as citizen, R as user, f as workerPhoto, n as db } from "./db.js";
import { s as todayIso } from "./time.js";
import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from "drizzle-orm";
import sharp from "sharp";
// src/lib/server/contact-person/workers.ts
/** How many citizens each worker supports on a day. */
async function workerLoads(workerIds, day = todayIso()) {
	const loads = /* @__PURE__ */ new Map();
	if (workerIds.length === 0) return loads;
	const rows = await db.select({
		workerId: contactAssignment.workerId,
		count: sql`count(distinct ${contactAssignment.citizenId})`
	}).from(contactAssignment).where(and(inArray(contactAssignment.workerId, workerIds), lte(contactAssignment.fromDate, day), or(isNull(contactAssignment.toDate), gte(contactAssignment.toDate, day)))).groupBy(contactAssignment.workerId);
	for (const row of rows) loads.set(row.workerId, Number(row.count));
	return loads;
}
/** "Mød medarbejderne": the unit's active workers with their profile, load and whether they have room. */
async function listUnitWorkers(unitId, day = todayIso()) {
	const rows = await db.select({
		id: user.id,
		name: user.displayName,
		profile: workerProfile,
		photoAlt: workerPhoto.alt
	}).from(user).innerJoin(workerProfile, eq(workerProfile.userId, user.id)).leftJoin(workerPhoto, eq(workerPhoto.userId, user.id)).where(and(eq(user.unitId, unitId), eq(user.role, "worker"), eq(user.isActive, true))).orderBy(asc(user.displayName));
	const loads = await workerLoads(rows.map((r) => r.id), day);
	return rows.map(({ id, name, profile, photoAlt }) => {
		const { userId: _userId, ...rest } = profile;
		const load = loads.get(id) ?? 0;
		return {
			id,
			name,
			...rest,
			load,
			hasRoom: load < profile.capacity,
			hasPhoto: photoAlt !== null,
			photoAlt: photoAlt ?? ""
		};
	});
}
/** A worker of the actor's unit, when the actor may change that worker's profile: themself, or their leader. */
async function editableWorker(actor, workerId) {
	const [row] = await db.select({
		id: user.id,
		name: user.displayName,
		unitId: user.unitId,
		profile: workerProfile
	}).from(user).innerJoin(workerProfile, eq(workerProfile.userId, user.id)).where(and(eq(user.id, workerId), eq(user.role, "worker")));
	if (!row || row.unitId === null || row.unitId !== actor.unitId) return null;
	return actor.id === workerId || actor.role === "leader" ? row : null;
}
/** Saves a profile; only a leader sets the capacity. False when the actor may not. */
async function updateWorkerProfile(actor, workerId, input) {
	if (!await editableWorker(actor, workerId)) return false;
	const { capacity, ...text } = input;
	await db.update(workerProfile).set(actor.role === "leader" && capacity !== void 0 ? {
		...text,
		capacity
	} : text).where(eq(workerProfile.userId, workerId));
	return true;
}
/**
* Re-encodes an uploaded photo on the server (a 400 × 400 WebP, turned upright, without the
* camera's metadata such as place and time), so what is stored and shown is never the uploaded file.
*/
async function saveWorkerPhoto(actor, workerId, upload, alt) {
	if (!await editableWorker(actor, workerId)) return "not_found";
	if (upload.size > 5242880) return "too_large";
	let webp;
	try {
		webp = await sharp(Buffer.from(await upload.arrayBuffer()), { limitInputPixels: 4e7 }).rotate().resize(400, 400, { fit: "cover" }).webp({ quality: 80 }).toBuffer();
	} catch {
		return "not_an_image";
	}
	const updatedAt = /* @__PURE__ */ new Date();
	await db.insert(workerPhoto).values({
		userId: workerId,
		webp,
		alt,
		updatedAt
	}).onConflictDoUpdate({
		target: workerPhoto.userId,
		set: {
			webp,
			alt,
			updatedAt
		}
	});
	return "saved";
}
async function removeWorkerPhoto(actor, workerId) {
	if (!await editableWorker(actor, workerId)) return false;
	await db.delete(workerPhoto).where(eq(workerPhoto.userId, workerId));
	return true;
}
/** The photo, for people of the worker's own unit (its citizens and staff); null otherwise. */
async function workerPhotoFor(viewer, workerId) {
	const [row] = await db.select({
		webp: workerPhoto.webp,
		updatedAt: workerPhoto.updatedAt,
		unitId: user.unitId
	}).from(workerPhoto).innerJoin(user, eq(user.id, workerPhoto.userId)).where(eq(workerPhoto.userId, workerId));
	if (!row || viewer.unitId === null || row.unitId !== viewer.unitId) return null;
	return row;
}
/** Each worker's weekly hours today, as a range summed from their citizens' hours bands (1–5, 6–10, 10–15). */
async function workerWeeklyHours(workerIds, day = todayIso()) {
	const hours = /* @__PURE__ */ new Map();
	if (workerIds.length === 0) return hours;
	const rows = await db.selectDistinct({
		workerId: contactAssignment.workerId,
		citizenId: citizen.id,
		band: citizen.hoursBand
	}).from(contactAssignment).innerJoin(citizen, eq(citizen.id, contactAssignment.citizenId)).where(and(inArray(contactAssignment.workerId, workerIds), eq(citizen.status, "active"), lte(contactAssignment.fromDate, day), or(isNull(contactAssignment.toDate), gte(contactAssignment.toDate, day))));
	for (const { workerId, band } of rows) {
		const [min, max] = band.split("-").map(Number);
		const sum = hours.get(workerId) ?? {
			min: 0,
			max: 0
		};
		hours.set(workerId, {
			min: sum.min + min,
			max: sum.max + max
		});
	}
	return hours;
}
export { updateWorkerProfile as a, workerWeeklyHours as c, saveWorkerPhoto as i, listUnitWorkers as n, workerLoads as o, removeWorkerPhoto as r, workerPhotoFor as s, editableWorker as t };

//# sourceMappingURL=workers.js.map