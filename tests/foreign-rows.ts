// The rows that belong to other citizens and another unit, read straight from the database, so the
// matrix can prove that a form naming their ids changed nothing of theirs. Found from the schema,
// not from a list: a row belongs to them when any of its text columns holds one of their ids (the
// citizen, their log-in, the unit) or the id of a row already found (a dream's versions, a
// meeting's notes). A row of our own that links to one of theirs (a goal linked to their dream, a
// meeting with their worker) is found the same way, so a new link shows as a change too.
import { createHash } from 'node:crypto';
import { getTableName, inArray, is, or, type SQL } from 'drizzle-orm';
import { SQLiteTable, getTableConfig } from 'drizzle-orm/sqlite-core';
import { db } from '../src/lib/server/db/index.ts';
import * as schema from '../src/lib/server/db/schema/index.ts';

/** Written on every refused attempt by design, so not part of "changed nothing". */
const leftOut = new Set(['access_log_events', 'login_attempts']);

const tables = (Object.values(schema) as unknown[])
	.filter((value): value is SQLiteTable => is(value, SQLiteTable))
	.filter((table) => !leftOut.has(getTableName(table)));

async function rowsNaming(ids: readonly string[]) {
	const found: { table: string; row: Record<string, unknown> }[] = [];
	for (const table of tables) {
		const { columns } = getTableConfig(table);
		const conditions = columns.filter((c) => c.dataType === 'string').map((c) => inArray(c, [...ids]));
		if (conditions.length === 0) continue;
		const rows = (await db.select().from(table).where(or(...conditions) as SQL)) as Record<string, unknown>[];
		for (const row of rows) found.push({ table: getTableName(table), row });
	}
	return found;
}

/** Their ids: the roots and, three links deep, the ids of every row that names one. */
export async function foreignIds(roots: readonly string[]): Promise<string[]> {
	const ids = new Set(roots);
	for (let depth = 0; depth < 3; depth++) {
		const size = ids.size;
		for (const { row } of await rowsNaming([...ids])) if (typeof row.id === 'string') ids.add(row.id);
		if (ids.size === size) break;
	}
	return [...ids];
}

/** Table → a hash of every row naming one of the ids, sorted, so any insert, update or delete shows. */
export async function foreignRows(ids: readonly string[]): Promise<Map<string, string>> {
	const byTable = new Map<string, string[]>();
	const volatile = new Set(['lastUsedAt', 'lastSeenAt']);
	for (const { table, row } of await rowsNaming(ids)) {
		const stable = JSON.stringify(Object.entries(row).filter(([key]) => !volatile.has(key)), (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('hex') : v));
		byTable.set(table, [...(byTable.get(table) ?? []), stable]);
	}
	return new Map([...byTable].map(([table, rows]) => [table, `${rows.length} rows ${createHash('sha256').update(rows.sort().join('\n')).digest('hex').slice(0, 12)}`]));
}

/** The tables whose rows of theirs differ between two readings. */
export function changedRows(before: Map<string, string>, after: Map<string, string>): string[] {
	const names = new Set([...before.keys(), ...after.keys()]);
	return [...names].filter((name) => before.get(name) !== after.get(name)).map((name) => `${name}: ${before.get(name) ?? '0 rows'} → ${after.get(name) ?? '0 rows'}`);
}
