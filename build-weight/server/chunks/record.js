import { L as citizen, k as accessLogEvent, n as db, z as unit } from "./db.js";
import { s as todayIso } from "./time.js";
import { and, desc, eq, isNull, lt, sql } from "drizzle-orm";
// src/lib/server/access-log/record.ts
/**
* Appends to the access log. Pass the transaction that makes a change, so the change and its
* log entry are written together or not at all. There is deliberately no update or delete here,
* with one exception done by the database in the same statement: a refusal (`denied`) by the same
* person for the same citizen and area on the same Danish calendar day is folded into the day's
* first refusal line, whose count grows by one. So refusals cannot push other lines out of sight,
* and the count stays right when refusals arrive at the same moment (one INSERT … ON CONFLICT).
*/
async function recordAccess(entries, executor = db, now = Date.now()) {
	if (entries.length === 0) return;
	const at = new Date(now);
	const foldDay = todayIso(at);
	await executor.insert(accessLogEvent).values(entries.map((entry) => ({
		at,
		citizenId: entry.citizenId,
		actorUserId: entry.actor.id,
		actorRole: entry.actor.role,
		action: entry.action,
		area: entry.area,
		object: entry.object ?? "",
		lastAt: at,
		foldDay: entry.action === "denied" && entry.citizenId !== null ? foldDay : null
	}))).onConflictDoUpdate({
		target: [
			accessLogEvent.citizenId,
			accessLogEvent.actorUserId,
			accessLogEvent.area,
			accessLogEvent.foldDay
		],
		set: {
			repeatCount: sql`${accessLogEvent.repeatCount} + 1`,
			lastAt: sql`max(coalesce(${accessLogEvent.lastAt}, ${accessLogEvent.at}), excluded.last_at)`
		}
	});
}
/** The citizen's whole log, newest first (tests and exports; pages use `pageAccessForCitizen`). */
async function listAccessForCitizen(citizenId) {
	return db.select().from(accessLogEvent).where(eq(accessLogEvent.citizenId, citizenId)).orderBy(desc(accessLogEvent.at), desc(accessLogEvent.id));
}
function cursorOf(row) {
	return {
		at: row.at.getTime(),
		id: row.id
	};
}
function formatCursor(cursor) {
	return `${cursor.at}-${cursor.id}`;
}
/** Reads a cursor from the address; anything else is no cursor (the newest page). */
function parseCursor(value) {
	const match = /^(\d{1,15})-(\d{1,15})$/.exec(value ?? "");
	return match ? {
		at: Number(match[1]),
		id: Number(match[2])
	} : null;
}
/**
* Everyone who appears anywhere in the citizen's log, for the filter (not only those on one page).
* It hops from person to person along the index that starts with citizen and person, so it costs a
* look-up per person, not a read of the whole log.
*/
async function listAccessPeople(citizenId) {
	return db.all(sql`
		with recursive person(id) as (
			select min(actor_user_id) from access_log_events where citizen_id = ${citizenId}
			union all
			select (select min(actor_user_id) from access_log_events where citizen_id = ${citizenId} and actor_user_id > person.id)
			from person where person.id is not null
		)
		select person.id as id,
			(select actor_role from access_log_events where citizen_id = ${citizenId} and actor_user_id = person.id limit 1) as role
		from person where person.id is not null`);
}
/** The oldest time kept with a retention of `months`, with a day's margin that keeps the job clear of the trigger's own month arithmetic. */
function retentionCutoff(now, months) {
	const cutoff = new Date(now);
	cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
	cutoff.setUTCDate(cutoff.getUTCDate() - 1);
	return cutoff;
}
/** The retention of entries without a citizen; the delete trigger's own default. */
var DEFAULT_RETENTION_MONTHS = 24;
/**
* Deletes entries older than each unit's retention period. The database trigger refuses any
* younger entry, so a mistake here cannot remove what the citizen is entitled to see.
*/
async function pruneAccessLog(now = /* @__PURE__ */ new Date()) {
	const units = await db.select({
		id: unit.id,
		months: unit.accessLogRetentionMonths
	}).from(unit);
	let deleted = 0;
	for (const { id, months } of units) {
		const cutoff = retentionCutoff(now, months);
		const result = await db.delete(accessLogEvent).where(and(lt(accessLogEvent.at, cutoff), sql`${accessLogEvent.citizenId} in (select ${citizen.id} from ${citizen} where ${citizen.unitId} = ${id})`));
		deleted += result.rowsAffected;
	}
	const orphans = await db.delete(accessLogEvent).where(and(isNull(accessLogEvent.citizenId), lt(accessLogEvent.at, retentionCutoff(now, DEFAULT_RETENTION_MONTHS))));
	return deleted + orphans.rowsAffected;
}
export { parseCursor as a, listAccessPeople as i, formatCursor as n, pruneAccessLog as o, listAccessForCitizen as r, recordAccess as s, cursorOf as t };

//# sourceMappingURL=record.js.map