import { and, asc, eq, gte, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import sharp from 'sharp';
import { db } from '../db/index.js';
import { citizen, contactAssignment, user, workerPhoto, workerProfile, type WorkerProfile } from '../db/schema/index.js';
import type { SessionUser } from '../auth/session.js';
import { todayIso } from '../time.js';

/** How many citizens each worker supports on a day. */
export async function workerLoads(workerIds: string[], day = todayIso()) {
	const loads = new Map<string, number>();
	if (workerIds.length === 0) return loads;
	const rows = await db
		.select({ workerId: contactAssignment.workerId, count: sql<number>`count(distinct ${contactAssignment.citizenId})` })
		.from(contactAssignment)
		.where(
			and(
				inArray(contactAssignment.workerId, workerIds),
				lte(contactAssignment.fromDate, day),
				or(isNull(contactAssignment.toDate), gte(contactAssignment.toDate, day))
			)
		)
		.groupBy(contactAssignment.workerId);
	for (const row of rows) loads.set(row.workerId, Number(row.count));
	return loads;
}

export type WorkerCard = Omit<WorkerProfile, 'userId'> & {
	id: string;
	name: string;
	load: number;
	hasRoom: boolean;
	hasPhoto: boolean;
	photoAlt: string;
};

/** "Mød medarbejderne": the unit's active workers with their profile, load and whether they have room. */
export async function listUnitWorkers(unitId: string, day = todayIso()): Promise<WorkerCard[]> {
	const rows = await db
		.select({ id: user.id, name: user.displayName, profile: workerProfile, photoAlt: workerPhoto.alt })
		.from(user)
		.innerJoin(workerProfile, eq(workerProfile.userId, user.id))
		.leftJoin(workerPhoto, eq(workerPhoto.userId, user.id))
		.where(and(eq(user.unitId, unitId), eq(user.role, 'worker'), eq(user.isActive, true)))
		.orderBy(asc(user.displayName));
	const loads = await workerLoads(rows.map((r) => r.id), day);
	return rows.map(({ id, name, profile, photoAlt }) => {
		const { userId: _userId, ...rest } = profile;
		const load = loads.get(id) ?? 0;
		return { id, name, ...rest, load, hasRoom: load < profile.capacity, hasPhoto: photoAlt !== null, photoAlt: photoAlt ?? '' };
	});
}

/** A worker of the actor's unit, when the actor may change that worker's profile: themself, or their leader. */
export async function editableWorker(actor: SessionUser, workerId: string) {
	const [row] = await db
		.select({ id: user.id, name: user.displayName, unitId: user.unitId, profile: workerProfile })
		.from(user)
		.innerJoin(workerProfile, eq(workerProfile.userId, user.id))
		.where(and(eq(user.id, workerId), eq(user.role, 'worker')));
	if (!row || row.unitId === null || row.unitId !== actor.unitId) return null;
	const isAllowed = actor.id === workerId || actor.role === 'leader';
	return isAllowed ? row : null;
}

export type ProfileInput = Pick<WorkerProfile, 'goodAt' | 'interests' | 'languages' | 'workDays' | 'background'> & { capacity?: number };

/** Saves a profile; only a leader sets the capacity. False when the actor may not. */
export async function updateWorkerProfile(actor: SessionUser, workerId: string, input: ProfileInput) {
	if (!(await editableWorker(actor, workerId))) return false;
	const { capacity, ...text } = input;
	await db
		.update(workerProfile)
		.set(actor.role === 'leader' && capacity !== undefined ? { ...text, capacity } : text)
		.where(eq(workerProfile.userId, workerId));
	return true;
}

/** Largest upload taken, before re-encoding. */
export const maxPhotoBytes = 5 * 1024 * 1024;

export type PhotoResult = 'saved' | 'not_found' | 'too_large' | 'not_an_image';

/**
 * Re-encodes an uploaded photo on the server (a 400 × 400 WebP, turned upright, without the
 * camera's metadata such as place and time), so what is stored and shown is never the uploaded file.
 */
export async function saveWorkerPhoto(actor: SessionUser, workerId: string, upload: File, alt: string): Promise<PhotoResult> {
	if (!(await editableWorker(actor, workerId))) return 'not_found';
	if (upload.size > maxPhotoBytes) return 'too_large';
	let webp: Buffer;
	try {
		webp = await sharp(Buffer.from(await upload.arrayBuffer()), { limitInputPixels: 40_000_000 })
			.rotate()
			.resize(400, 400, { fit: 'cover' })
			.webp({ quality: 80 })
			.toBuffer();
	} catch {
		return 'not_an_image';
	}
	const updatedAt = new Date();
	await db
		.insert(workerPhoto)
		.values({ userId: workerId, webp, alt, updatedAt })
		.onConflictDoUpdate({ target: workerPhoto.userId, set: { webp, alt, updatedAt } });
	return 'saved';
}

export async function removeWorkerPhoto(actor: SessionUser, workerId: string) {
	if (!(await editableWorker(actor, workerId))) return false;
	await db.delete(workerPhoto).where(eq(workerPhoto.userId, workerId));
	return true;
}

/** The photo, for people of the worker's own unit (its citizens and staff); null otherwise. */
export async function workerPhotoFor(viewer: SessionUser, workerId: string) {
	const [row] = await db
		.select({ webp: workerPhoto.webp, updatedAt: workerPhoto.updatedAt, unitId: user.unitId })
		.from(workerPhoto)
		.innerJoin(user, eq(user.id, workerPhoto.userId))
		.where(eq(workerPhoto.userId, workerId));
	if (!row || viewer.unitId === null || row.unitId !== viewer.unitId) return null;
	return row;
}

/** Each worker's weekly hours today, as a range summed from their citizens' hours bands (1–5, 6–10, 10–15). */
export async function workerWeeklyHours(workerIds: string[], day = todayIso()) {
	const hours = new Map<string, { min: number; max: number }>();
	if (workerIds.length === 0) return hours;
	const rows = await db
		.selectDistinct({ workerId: contactAssignment.workerId, citizenId: citizen.id, band: citizen.hoursBand })
		.from(contactAssignment)
		.innerJoin(citizen, eq(citizen.id, contactAssignment.citizenId))
		.where(
			and(
				inArray(contactAssignment.workerId, workerIds),
				eq(citizen.status, 'active'),
				lte(contactAssignment.fromDate, day),
				or(isNull(contactAssignment.toDate), gte(contactAssignment.toDate, day))
			)
		);
	for (const { workerId, band } of rows) {
		const [min, max] = band.split('-').map(Number) as [number, number];
		const sum = hours.get(workerId) ?? { min: 0, max: 0 };
		hours.set(workerId, { min: sum.min + min, max: sum.max + max });
	}
	return hours;
}
