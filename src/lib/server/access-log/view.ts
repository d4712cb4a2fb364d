import { inArray } from 'drizzle-orm';
import { db } from '../db/index.js';
import { user, type AccessLogEvent } from '../db/schema/index.js';
import { currentSupporters } from '../citizens.js';
import { cursorOf, formatCursor, listAccessForCitizen, listAccessPeople, parseCursor } from './record.js';
import { pageFoldedAccess, type FoldedLine } from './fold.js';

/** How the actor relates to the citizen, in the citizen's words ("din kontaktperson"). */
export type LogRelation = 'contact' | 'worker' | 'leader' | 'relative' | 'guide' | 'citizen';

export type LogEntry = {
	id: number;
	at: string;
	actorId: string;
	actorName: string | null;
	relation: LogRelation;
	action: string;
	area: string | null;
	/** How many accesses the line stands for: on the pages one person's accesses of an area in one hour; in the export a folded `denied` line's refusals. */
	repeatCount: number;
	/** The newest access folded into the line; null when there is only one. */
	lastAt: string | null;
};

export type LogPerson = { id: string; name: string | null; relation: LogRelation };

/** Lines per page on the log pages. */
export const LOG_PAGE_SIZE = 100;

/** Names and relations for the actors of some lines, and the lines in the citizen's words. */
async function describeLines(citizenId: string, rows: (AccessLogEvent | FoldedLine)[], people: { id: string; role: string }[] = []) {
	const actorIds = [...new Set([...rows.map((r) => r.actorUserId), ...people.map((p) => p.id)])];
	const names = new Map(
		actorIds.length === 0
			? []
			: (await db.select({ id: user.id, name: user.displayName }).from(user).where(inArray(user.id, actorIds))).map((u) => [u.id, u.name])
	);
	const supporters = new Set(((await currentSupporters([citizenId])).get(citizenId) ?? []).map((s) => s.workerId));
	const relationOf = (actorId: string, role: string): LogRelation =>
		role === 'worker' && supporters.has(actorId) ? 'contact' : (role as LogRelation);

	const entries: LogEntry[] = rows.map((r) => ({
		id: r.id,
		at: r.at.toISOString(),
		actorId: r.actorUserId,
		actorName: names.get(r.actorUserId) ?? null,
		relation: relationOf(r.actorUserId, r.actorRole),
		// A leader's reset of the citizen's access reads as its own sentence ("nulstillede din adgang").
		action: r.action === 'update' && r.object === 'access-reset' ? 'reset' : r.action === 'write' ? 'update' : r.action,
		// A deletion request is part of "data", but the citizen should read what was seen.
		area: r.object.startsWith('deletion-request') ? 'deletion-request' : r.area,
		repeatCount: r.repeatCount,
		lastAt: r.repeatCount > 1 && r.lastAt ? r.lastAt.toISOString() : null
	}));
	const byId = new Map<string, LogPerson>();
	for (const p of people) if (!byId.has(p.id)) byId.set(p.id, { id: p.id, name: names.get(p.id) ?? null, relation: relationOf(p.id, p.role) });
	const named = [...byId.values()].sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'da'));
	return { entries, people: named };
}

/**
 * One page of the citizen's access log as the citizen (and the staff who may see them) read it:
 * newest first, one line per person, action, area and hour with a count, with names, optionally
 * for one person only; cursors for "Ældre" and "Nyere"
 * (null when there is nothing more that way); and everyone in the whole log, for the filter.
 */
export async function accessLogPage(
	citizenId: string,
	{ person = null, before = null, after = null }: { person?: string | null; before?: string | null; after?: string | null } = {}
) {
	const page = await pageFoldedAccess(citizenId, {
		actorId: person,
		before: parseCursor(before),
		after: before ? null : parseCursor(after),
		size: LOG_PAGE_SIZE
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
export async function fullAccessLog(citizenId: string) {
	const { entries } = await describeLines(citizenId, await listAccessForCitizen(citizenId));
	return { entries };
}
