import { sql, type SQL } from 'drizzle-orm';
import { db } from '../db/index.js';
import type { AccessAction, Role } from '../db/schema/index.js';
import type { LogCursor } from './record.js';

const HOUR = 3_600_000;
// Written into the statement, so SQLite divides integers (a bound number may arrive as a real).
const HOUR_SQL = sql.raw(String(HOUR));

/**
 * A line as the citizen reads the log: every access by one person, with one action, in one area,
 * within one clock hour, folded into one line with a count. Nothing is dropped: the stored log
 * keeps every access (the export reads it whole); only the page shows it folded.
 */
export type FoldedLine = {
	/** The first stored entry of the line; with `at` it is the line's place in the log. */
	id: number;
	/** The first access of the line. It never changes, so a line never moves between pages. */
	at: Date;
	actorUserId: string;
	actorRole: Role;
	action: AccessAction;
	area: string | null;
	/** `access-reset`, `deletion-request` or empty: the objects that read as their own sentence. */
	object: string;
	/** How many accesses the line stands for (a folded refusal counts all its refusals). */
	repeatCount: number;
	/** The newest access in the line. */
	lastAt: Date;
};

type Row = {
	id: number;
	at: number;
	actorUserId: string;
	actorRole: Role;
	action: AccessAction;
	area: string | null;
	object: string;
	repeatCount: number;
	lastAt: number;
};

const whoFilter = (actorId: string | null) => (actorId ? sql`and actor_user_id = ${actorId}` : sql``);

/**
 * The start of the `hours`-th hour with entries, walking from `from` towards older (or newer)
 * entries. One index seek per hour, so a page reads only the hours it can show, not the whole log.
 */
async function hourBound(citizenId: string, actorId: string | null, from: number, hours: number, older: boolean) {
	const step = older
		? (bound: SQL) => sql`(select max(at) from access_log_events where citizen_id = ${citizenId} ${whoFilter(actorId)} and at < ${bound}) / ${HOUR_SQL} * ${HOUR_SQL}`
		: (bound: SQL) => sql`(select min(at) from access_log_events where citizen_id = ${citizenId} ${whoFilter(actorId)} and at >= ${bound}) / ${HOUR_SQL} * ${HOUR_SQL}`;
	const [row] = await db.all<{ bound: number | null }>(sql`
		with recursive hour(n, start) as (
			select 1, ${step(sql`${from}`)}
			union all
			select n + 1, ${older ? step(sql`hour.start`) : step(sql`hour.start + ${HOUR_SQL}`)}
			from hour where hour.start is not null and n < ${hours}
		)
		select ${older ? sql`min(start)` : sql`max(start)`} as bound from hour`);
	return row?.bound ?? null;
}

/** The folded lines whose rows lie in [fromAt, toAt), beyond the cursor, in order. */
async function selectLines(
	citizenId: string,
	actorId: string | null,
	{ fromAt, toAt, cursor, older, limit }: { fromAt: number; toAt: number; cursor: LogCursor | null; older: boolean; limit: number }
) {
	const beyond = cursor ? (older ? sql`where (at, id) < (${cursor.at}, ${cursor.id})` : sql`where (at, id) > (${cursor.at}, ${cursor.id})`) : sql``;
	const direction = older ? sql`desc` : sql`asc`;
	// Inner names differ from the outer ones, so grouping and ordering never mistake one for the other.
	const rows = await db.all<Row>(sql`
		select * from (
			select min(raw_id) as id, min(raw_at) as at, actor_user_id as actorUserId, min(actor_role) as actorRole,
				kind_action as action, area, kind as object, sum(repeat_count) as repeatCount,
				max(coalesce(last_at, raw_at)) as lastAt
			from (
				select id as raw_id, at as raw_at, at / ${HOUR_SQL} as hour, actor_user_id, actor_role, area, repeat_count, last_at,
					case action when 'write' then 'update' else action end as kind_action,
					case when object = 'access-reset' then 'access-reset' when object like 'deletion-request%' then 'deletion-request' else '' end as kind
				from access_log_events
				where citizen_id = ${citizenId} ${whoFilter(actorId)} and at >= ${fromAt} and at < ${toAt}
			)
			group by hour, actor_user_id, kind_action, area, kind
		)
		${beyond}
		order by at ${direction}, id ${direction}
		limit ${limit}`);
	return rows.map(
		(r): FoldedLine => ({ ...r, at: new Date(r.at), lastAt: new Date(r.lastAt), repeatCount: Number(r.repeatCount), id: Number(r.id) })
	);
}

const hourOf = (at: number) => Math.floor(at / HOUR) * HOUR;

/** Up to `limit` lines older than the cursor (or the newest), newest first. */
async function olderLines(citizenId: string, actorId: string | null, cursor: LogCursor | null, limit: number) {
	// Lines start where their first access is, so lines older than the cursor begin in its hour or before.
	const toAt = cursor ? hourOf(cursor.at) + HOUR : Number.MAX_SAFE_INTEGER;
	// Each hour with entries holds at least one line: `limit` lines lie within the next `limit + 1` hours.
	const fromAt = await hourBound(citizenId, actorId, toAt, limit + 1, true);
	if (fromAt === null) return [];
	return selectLines(citizenId, actorId, { fromAt, toAt, cursor, older: true, limit });
}

/** Up to `limit` lines newer than the cursor, oldest first. */
async function newerLines(citizenId: string, actorId: string | null, cursor: LogCursor, limit: number) {
	const fromAt = hourOf(cursor.at);
	const lastHour = await hourBound(citizenId, actorId, fromAt, limit + 1, false);
	if (lastHour === null) return [];
	return selectLines(citizenId, actorId, { fromAt, toAt: lastHour + HOUR, cursor, older: false, limit });
}

/**
 * One page of the citizen's log as lines, newest first: the newest lines, the lines just older than
 * `before`, or just newer than `after`. The folding is done by the database for the hours the page
 * can show, so paging reaches every line. `hasOlder` / `hasNewer` say whether there is more each way.
 */
export async function pageFoldedAccess(
	citizenId: string,
	{ before = null, after = null, actorId = null, size = 100 }: { before?: LogCursor | null; after?: LogCursor | null; actorId?: string | null; size?: number }
): Promise<{ rows: FoldedLine[]; hasOlder: boolean; hasNewer: boolean }> {
	if (after) {
		const newer = await newerLines(citizenId, actorId, after, size + 1);
		// Back at the top: show the newest page, so "Nyere" always ends where the log starts.
		if (newer.length <= size) return pageFoldedAccess(citizenId, { actorId, size });
		return { rows: newer.slice(0, size).reverse(), hasNewer: true, hasOlder: true };
	}
	const fetched = await olderLines(citizenId, actorId, before, size + 1);
	// A cursor past the end (made by hand, or its lines pruned): show the newest page.
	if (before && fetched.length === 0) return pageFoldedAccess(citizenId, { actorId, size });
	const rows = fetched.slice(0, size);
	const top = rows[0]!;
	const hasNewer = before !== null && (await newerLines(citizenId, actorId, { at: top.at.getTime(), id: top.id }, 1)).length > 0;
	return { rows, hasOlder: fetched.length > size, hasNewer };
}
