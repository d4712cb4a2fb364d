import { inArray } from 'drizzle-orm';
import { db } from '../db/index.js';
import { user } from '../db/schema/index.js';
import { currentSupporters } from '../citizens.js';
import { listAccessForCitizen } from './record.js';

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
};

/**
 * The citizen's access log as the citizen (and the staff who may see them) read it: newest first,
 * with names, optionally for one person only; and the people who appear in it, for the filter.
 */
export async function accessLogView(citizenId: string, onlyActorId: string | null = null) {
	const rows = await listAccessForCitizen(citizenId);
	const actorIds = [...new Set(rows.map((r) => r.actorUserId))];
	const names = new Map(
		actorIds.length === 0
			? []
			: (await db.select({ id: user.id, name: user.displayName }).from(user).where(inArray(user.id, actorIds))).map((u) => [
					u.id,
					u.name
				])
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
		area: r.area
	}));
	const people = [...new Map(entries.map((e) => [e.actorId, { id: e.actorId, name: e.actorName, relation: e.relation }])).values()];
	return { entries: onlyActorId ? entries.filter((e) => e.actorId === onlyActorId) : entries, people };
}

