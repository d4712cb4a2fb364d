import { R as user, n as db } from "./db.js";
import { t as currentSupporters } from "./citizens.js";
import { a as parseCursor, i as listAccessPeople, n as formatCursor, r as listAccessForCitizen, t as cursorOf } from "./record.js";
import { inArray, sql } from "drizzle-orm";
// src/lib/server/access-log/fold.ts
var HOUR = 36e5;
var HOUR_SQL = sql.raw(String(HOUR));
var whoFilter = (actorId) => actorId ? sql`and actor_user_id = ${actorId}` : sql``;
/**
* The start of the `hours`-th hour with entries, walking from `from` towards older (or newer)
* entries. One index seek per hour, so a page reads only the hours it can show, not the whole log.
*/
async function hourBound(citizenId, actorId, from, hours, older) {
	const step = older ? (bound) => sql`(select max(at) from access_log_events where citizen_id = ${citizenId} ${whoFilter(actorId)} and at < ${bound}) / ${HOUR_SQL} * ${HOUR_SQL}` : (bound) => sql`(select min(at) from access_log_events where citizen_id = ${citizenId} ${whoFilter(actorId)} and at >= ${bound}) / ${HOUR_SQL} * ${HOUR_SQL}`;
	const [row] = await db.all(sql`
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
async function selectLines(citizenId, actorId, { fromAt, toAt, cursor, older, limit }) {
	const beyond = cursor ? older ? sql`where (at, id) < (${cursor.at}, ${cursor.id})` : sql`where (at, id) > (${cursor.at}, ${cursor.id})` : sql``;
	const direction = older ? sql`desc` : sql`asc`;
	return (await db.all(sql`
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
		limit ${limit}`)).map((r) => ({
		...r,
		at: new Date(r.at),
		lastAt: new Date(r.lastAt),
		repeatCount: Number(r.repeatCount),
		id: Number(r.id)
	}));
}
var hourOf = (at) => Math.floor(at / HOUR) * HOUR;
/** Up to `limit` lines older than the cursor (or the newest), newest first. */
async function olderLines(citizenId, actorId, cursor, limit) {
	const toAt = cursor ? hourOf(cursor.at) + HOUR : Number.MAX_SAFE_INTEGER;
	const fromAt = await hourBound(citizenId, actorId, toAt, limit + 1, true);
	if (fromAt === null) return [];
	return selectLines(citizenId, actorId, {
		fromAt,
		toAt,
		cursor,
		older: true,
		limit
	});
}
/** Up to `limit` lines newer than the cursor, oldest first. */
async function newerLines(citizenId, actorId, cursor, limit) {
	const fromAt = hourOf(cursor.at);
	const lastHour = await hourBound(citizenId, actorId, fromAt, limit + 1, false);
	if (lastHour === null) return [];
	return selectLines(citizenId, actorId, {
		fromAt,
		toAt: lastHour + HOUR,
		cursor,
		older: false,
		limit
	});
}
/**
* One page of the citizen's log as lines, newest first: the newest lines, the lines just older than
* `before`, or just newer than `after`. The folding is done by the database for the hours the page
* can show, so paging reaches every line. `hasOlder` / `hasNewer` say whether there is more each way.
*/
async function pageFoldedAccess(citizenId, { before = null, after = null, actorId = null, size = 100 }) {
	if (after) {
		const newer = await newerLines(citizenId, actorId, after, size + 1);
		if (newer.length <= size) return pageFoldedAccess(citizenId, {
			actorId,
			size
		});
		return {
			rows: newer.slice(0, size).reverse(),
			hasNewer: true,
			hasOlder: true
		};
	}
	const fetched = await olderLines(citizenId, actorId, before, size + 1);
	if (before && fetched.length === 0) return pageFoldedAccess(citizenId, {
		actorId,
		size
	});
	const rows = fetched.slice(0, size);
	const top = rows[0];
	const hasNewer = before !== null && (await newerLines(citizenId, actorId, {
		at: top.at.getTime(),
		id: top.id
	}, 1)).length > 0;
	return {
		rows,
		hasOlder: fetched.length > size,
		hasNewer
	};
}
/** Names and relations for the actors of some lines, and the lines in the citizen's words. */
async function describeLines(citizenId, rows, people = []) {
	const actorIds = [.../* @__PURE__ */ new Set([...rows.map((r) => r.actorUserId), ...people.map((p) => p.id)])];
	const names = new Map(actorIds.length === 0 ? [] : (await db.select({
		id: user.id,
		name: user.displayName
	}).from(user).where(inArray(user.id, actorIds))).map((u) => [u.id, u.name]));
	const supporters = new Set(((await currentSupporters([citizenId])).get(citizenId) ?? []).map((s) => s.workerId));
	const relationOf = (actorId, role) => role === "worker" && supporters.has(actorId) ? "contact" : role;
	const entries = rows.map((r) => ({
		id: r.id,
		at: r.at.toISOString(),
		actorId: r.actorUserId,
		actorName: names.get(r.actorUserId) ?? null,
		relation: relationOf(r.actorUserId, r.actorRole),
		action: r.action === "update" && r.object === "access-reset" ? "reset" : r.action === "write" ? "update" : r.action,
		area: r.object.startsWith("deletion-request") ? "deletion-request" : r.area,
		repeatCount: r.repeatCount,
		lastAt: r.repeatCount > 1 && r.lastAt ? r.lastAt.toISOString() : null
	}));
	const byId = /* @__PURE__ */ new Map();
	for (const p of people) if (!byId.has(p.id)) byId.set(p.id, {
		id: p.id,
		name: names.get(p.id) ?? null,
		relation: relationOf(p.id, p.role)
	});
	return {
		entries,
		people: [...byId.values()].sort((a, b) => (a.name ?? "").localeCompare(b.name ?? "", "da"))
	};
}
/**
* One page of the citizen's access log as the citizen (and the staff who may see them) read it:
* newest first, one line per person, action, area and hour with a count, with names, optionally
* for one person only; cursors for "Ældre" and "Nyere"
* (null when there is nothing more that way); and everyone in the whole log, for the filter.
*/
async function accessLogPage(citizenId, { person = null, before = null, after = null } = {}) {
	const page = await pageFoldedAccess(citizenId, {
		actorId: person,
		before: parseCursor(before),
		after: before ? null : parseCursor(after),
		size: 100
	});
	const { entries, people } = await describeLines(citizenId, page.rows, await listAccessPeople(citizenId));
	const first = page.rows[0];
	const last = page.rows.at(-1);
	return {
		entries,
		people,
		olderCursor: page.hasOlder && last ? formatCursor(cursorOf(last)) : null,
		newerCursor: page.hasNewer && first ? formatCursor(cursorOf(first)) : null
	};
}
/** The whole log, every line (folded refusals with their counts), for "Download everything" and the printable page. */
async function fullAccessLog(citizenId) {
	const { entries } = await describeLines(citizenId, await listAccessForCitizen(citizenId));
	return { entries };
}
export { fullAccessLog as n, accessLogPage as t };

//# sourceMappingURL=view.js.map