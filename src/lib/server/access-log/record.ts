import { and, desc, eq, lt, sql } from 'drizzle-orm';
import { db } from '../db/index.js';
import { accessLogEvent, citizen, unit, type AccessAction, type Role } from '../db/schema/index.js';

export type AccessEntry = {
	citizenId: string | null;
	actor: { id: string; role: Role };
	action: AccessAction;
	/** The area of the citizen's data (see citizenAreas). */
	area: string;
	/** What within the area, when more precise than the area: an id, `caseload`, `activation-code`. */
	object?: string;
};

type Executor = Pick<typeof db, 'insert'>;

/**
 * Appends to the access log. Pass the transaction that makes a change, so the change and its
 * log entry are written together or not at all. There is deliberately no update or delete here.
 */
export async function recordAccess(entries: AccessEntry[], executor: Executor = db, now = Date.now()) {
	if (entries.length === 0) return;
	await executor.insert(accessLogEvent).values(
		entries.map((entry) => ({
			at: new Date(now),
			citizenId: entry.citizenId,
			actorUserId: entry.actor.id,
			actorRole: entry.actor.role,
			action: entry.action,
			area: entry.area,
			object: entry.object ?? ''
		}))
	);
}

/** The citizen's own log, newest first. */
export async function listAccessForCitizen(citizenId: string, limit = 500) {
	return db
		.select()
		.from(accessLogEvent)
		.where(eq(accessLogEvent.citizenId, citizenId))
		.orderBy(desc(accessLogEvent.at), desc(accessLogEvent.id))
		.limit(limit);
}

/**
 * Deletes entries older than each unit's retention period. The database trigger refuses any
 * younger entry, so a mistake here cannot remove what the citizen is entitled to see.
 */
export async function pruneAccessLog(now = new Date()) {
	const units = await db.select({ id: unit.id, months: unit.accessLogRetentionMonths }).from(unit);
	let deleted = 0;
	for (const { id, months } of units) {
		const cutoff = new Date(now);
		cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
		// A day's margin keeps the job clear of the trigger's own month arithmetic.
		cutoff.setUTCDate(cutoff.getUTCDate() - 1);
		const result = await db
			.delete(accessLogEvent)
			.where(
				and(
					lt(accessLogEvent.at, cutoff),
					sql`${accessLogEvent.citizenId} in (select ${citizen.id} from ${citizen} where ${citizen.unitId} = ${id})`
				)
			);
		deleted += result.rowsAffected;
	}
	return deleted;
}
