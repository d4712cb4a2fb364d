import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { roles } from './users.js';
import { citizen } from './citizens.js';

/** `denied` is an attempt that was refused (answered 404). `write` is kept for entries made before create/update/delete. */
export const accessActions = ['read', 'create', 'update', 'delete', 'export', 'denied', 'write'] as const;
export type AccessAction = (typeof accessActions)[number];

/**
 * Append-only record of every read or write of a citizen's data by someone else, and of refused
 * attempts. Triggers in the migrations refuse UPDATE, and DELETE of entries younger than the
 * unit's retention period (only the pruning job deletes).
 */
export const accessLogEvent = sqliteTable(
	'access_log_events',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		at: integer('at', { mode: 'timestamp_ms' }).notNull(),
		citizenId: text('citizen_id').references(() => citizen.id),
		actorUserId: text('actor_user_id').notNull(),
		actorRole: text('actor_role', { enum: roles }).notNull(),
		action: text('action', { enum: accessActions }).notNull(),
		/** The area of the citizen's data (`dreams`, `plan`, … see citizenAreas), when there is one. */
		area: text('area'),
		/** What was touched within the area, e.g. `caseload`, `activation-code`, a dream's id. */
		object: text('object').notNull()
	},
	(table) => [index('access_log_citizen_at_idx').on(table.citizenId, table.at)]
);

export type AccessLogEvent = typeof accessLogEvent.$inferSelect;
