import { and, asc, desc, eq, isNull, lt, sql, type SQL } from 'drizzle-orm';
import { db } from '../db/index.js';
import { accessLogEvent, citizen, unit, type AccessAction, type Role } from '../db/schema/index.js';
import { todayIso } from '../time.js';

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
 * log entry are written together or not at all. There is deliberately no update or delete here,
 * with one exception done by the database in the same statement: a refusal (`denied`) by the same
 * person for the same citizen and area on the same Danish calendar day is folded into the day's
 * first refusal line, whose count grows by one. So refusals cannot push other lines out of sight,
 * and the count stays right when refusals arrive at the same moment (one INSERT … ON CONFLICT).
 */
export async function recordAccess(entries: AccessEntry[], executor: Executor = db, now = Date.now()) {
	if (entries.length === 0) return;
	const at = new Date(now);
	const foldDay = todayIso(at);
	await executor
		.insert(accessLogEvent)
		.values(
			entries.map((entry) => ({
				at,
				citizenId: entry.citizenId,
				actorUserId: entry.actor.id,
				actorRole: entry.actor.role,
				action: entry.action,
				area: entry.area,
				object: entry.object ?? '',
				lastAt: at,
				// Attempts on ids that are no citizen belong to nobody's log and are not folded.
				foldDay: entry.action === 'denied' && entry.citizenId !== null ? foldDay : null
			}))
		)
		.onConflictDoUpdate({
			target: [accessLogEvent.citizenId, accessLogEvent.actorUserId, accessLogEvent.area, accessLogEvent.foldDay],
			set: {
				repeatCount: sql`${accessLogEvent.repeatCount} + 1`,
				lastAt: sql`max(coalesce(${accessLogEvent.lastAt}, ${accessLogEvent.at}), excluded.last_at)`
			}
		});
}

/** The citizen's whole log, newest first (tests and exports; pages use `pageAccessForCitizen`). */
export async function listAccessForCitizen(citizenId: string) {
	return db
		.select()
		.from(accessLogEvent)
		.where(eq(accessLogEvent.citizenId, citizenId))
		.orderBy(desc(accessLogEvent.at), desc(accessLogEvent.id));
}

/** A place in the log: the time and id of a line. Lines are ordered by both, newest first. */
export type LogCursor = { at: number; id: number };

export function cursorOf(row: { at: Date; id: number }): LogCursor {
	return { at: row.at.getTime(), id: row.id };
}

export function formatCursor(cursor: LogCursor): string {
	return `${cursor.at}-${cursor.id}`;
}

/** Reads a cursor from the address; anything else is no cursor (the newest page). */
export function parseCursor(value: string | null): LogCursor | null {
	const match = /^(\d{1,15})-(\d{1,15})$/.exec(value ?? '');
	return match ? { at: Number(match[1]), id: Number(match[2]) } : null;
}

// Row values, so SQLite walks the (citizen, time) index from the cursor instead of reading the log.
const olderThan = (c: LogCursor) => sql`(${accessLogEvent.at}, ${accessLogEvent.id}) < (${c.at}, ${c.id})`;
const newerThan = (c: LogCursor) => sql`(${accessLogEvent.at}, ${accessLogEvent.id}) > (${c.at}, ${c.id})`;

/**
 * One page of the citizen's log, newest first: the newest lines, the lines just older than
 * `before`, or the lines just newer than `after`. Lines never move (a folded line keeps the time of
 * its first refusal), so a page stays the same when new lines arrive. `hasOlder` / `hasNewer` say
 * whether there is more in each direction.
 */
export async function pageAccessForCitizen(
	citizenId: string,
	{ before = null, after = null, actorId = null, size = 100 }: { before?: LogCursor | null; after?: LogCursor | null; actorId?: string | null; size?: number }
) {
	const base: SQL[] = [eq(accessLogEvent.citizenId, citizenId)];
	if (actorId) base.push(eq(accessLogEvent.actorUserId, actorId));
	const select = (where: SQL | undefined, newestFirst: boolean, limit: number) =>
		db
			.select()
			.from(accessLogEvent)
			.where(and(...base, where))
			.orderBy(...(newestFirst ? [desc(accessLogEvent.at), desc(accessLogEvent.id)] : [asc(accessLogEvent.at), asc(accessLogEvent.id)]))
			.limit(limit);

	if (after) {
		const newer = await select(newerThan(after), false, size + 1);
		// Back at the top: show the newest page, so "Nyere" always ends where the log starts.
		if (newer.length <= size) return pageAccessForCitizen(citizenId, { actorId, size });
		const rows = newer.slice(0, size).reverse();
		return { rows, hasNewer: true, hasOlder: true };
	}
	const fetched = await select(before ? olderThan(before) : undefined, true, size + 1);
	// A cursor past the end (made by hand, or its lines pruned): show the newest page.
	if (before && fetched.length === 0) return pageAccessForCitizen(citizenId, { actorId, size });
	const rows = fetched.slice(0, size);
	const hasNewer = before !== null && (await select(newerThan(cursorOf(rows[0]!)), false, 1)).length > 0;
	return { rows, hasOlder: fetched.length > size, hasNewer };
}

/**
 * Everyone who appears anywhere in the citizen's log, for the filter (not only those on one page).
 * It hops from person to person along the index that starts with citizen and person, so it costs a
 * look-up per person, not a read of the whole log.
 */
export async function listAccessPeople(citizenId: string): Promise<{ id: string; role: Role }[]> {
	return db.all<{ id: string; role: Role }>(sql`
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
function retentionCutoff(now: Date, months: number) {
	const cutoff = new Date(now);
	cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
	cutoff.setUTCDate(cutoff.getUTCDate() - 1);
	return cutoff;
}

/** The retention of entries without a citizen; the delete trigger's own default. */
const DEFAULT_RETENTION_MONTHS = 24;

/**
 * Deletes entries older than each unit's retention period. The database trigger refuses any
 * younger entry, so a mistake here cannot remove what the citizen is entitled to see.
 */
export async function pruneAccessLog(now = new Date()) {
	const units = await db.select({ id: unit.id, months: unit.accessLogRetentionMonths }).from(unit);
	let deleted = 0;
	for (const { id, months } of units) {
		const cutoff = retentionCutoff(now, months);
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
	// Refusals that named no citizen (a made-up id) are in nobody's log; they go after the
	// default period, which is what the delete trigger allows for them.
	const orphans = await db
		.delete(accessLogEvent)
		.where(and(isNull(accessLogEvent.citizenId), lt(accessLogEvent.at, retentionCutoff(now, DEFAULT_RETENTION_MONTHS))));
	return deleted + orphans.rowsAffected;
}
