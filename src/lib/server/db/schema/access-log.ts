import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { roles } from './users.js';
import { citizen } from './citizens.js';

export const accessActions = ['read', 'write', 'denied'] as const;
export type AccessAction = (typeof accessActions)[number];

/**
 * Append-only record of every read or write of a citizen's data by someone else, and of refused
 * attempts. Triggers in the migration refuse UPDATE and DELETE.
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
		/** The area or object that was touched, e.g. `overview`, `caseload`, `dream:<id>`. */
		object: text('object').notNull()
	},
	(table) => [index('access_log_citizen_at_idx').on(table.citizenId, table.at)]
);

export type AccessLogEvent = typeof accessLogEvent.$inferSelect;
