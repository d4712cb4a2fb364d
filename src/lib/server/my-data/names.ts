import { inArray } from 'drizzle-orm';
import { db } from '../db/index.js';
import { user } from '../db/schema/index.js';

/** Display names for the people who wrote or did something; staff and helpers the citizen already sees in the app. */
export async function namesOf(ids: Iterable<string | null | undefined>): Promise<(id: string | null | undefined) => string | null> {
	const wanted = [...new Set([...ids].filter((id): id is string => !!id))];
	if (wanted.length === 0) return () => null;
	const rows = await db.select({ id: user.id, name: user.displayName }).from(user).where(inArray(user.id, wanted));
	const names = new Map(rows.map((r) => [r.id, r.name]));
	return (id: string | null | undefined) => (id ? (names.get(id) ?? null) : null);
}

/** ISO text for a stored time, null kept as null. */
export const iso = (date: Date | null | undefined) => date?.toISOString() ?? null;
