import { desc, eq } from 'drizzle-orm';
import { db } from '../db/index.js';
import { accessLogEvent, type AccessAction, type Role } from '../db/schema/index.js';

export type AccessEntry = {
	citizenId: string | null;
	actor: { id: string; role: Role };
	action: AccessAction;
	object: string;
};

type Executor = Pick<typeof db, 'insert'>;

/**
 * Appends to the access log. Pass the transaction that makes a change, so the change and its
 * log entry are written together or not at all.
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
			object: entry.object
		}))
	);
}

/** The citizen's own log, newest first. */
export async function listAccessForCitizen(citizenId: string, limit = 200) {
	return db
		.select()
		.from(accessLogEvent)
		.where(eq(accessLogEvent.citizenId, citizenId))
		.orderBy(desc(accessLogEvent.at), desc(accessLogEvent.id))
		.limit(limit);
}
