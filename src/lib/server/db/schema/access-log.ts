import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { roles } from './users.js';
import { citizen } from './citizens.js';

/** `denied` is an attempt that was refused (answered 404). `write` is kept for entries made before create/update/delete. */
export const accessActions = ['read', 'create', 'update', 'delete', 'export', 'denied', 'write'] as const;
export type AccessAction = (typeof accessActions)[number];

/**
 * Append-only record of every read or write of a citizen's data by someone else, and of refused
 * attempts. Triggers in the migrations refuse UPDATE (except counting one more refusal on a folded
 * `denied` line), and DELETE of entries younger than the unit's retention period (only the pruning
 * job deletes).
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
		object: text('object').notNull(),
		/** How many refusals this line stands for: repeated `denied` entries of one day are folded into one line. */
		repeatCount: integer('repeat_count').notNull().default(1),
		/** The newest refusal folded into this line (`at` is the first); null on entries made before folding. */
		lastAt: integer('last_at', { mode: 'timestamp_ms' }),
		/**
		 * Set on `denied` entries only: the Danish calendar day (YYYY-MM-DD) of the first refusal. With the
		 * unique index below it makes one line per person, citizen, area and day; null never collides.
		 */
		foldDay: text('fold_day')
	},
	(table) => [
		index('access_log_citizen_at_idx').on(table.citizenId, table.at),
		uniqueIndex('access_log_denied_fold_idx').on(table.citizenId, table.actorUserId, table.area, table.foldDay)
	]
);

export type AccessLogEvent = typeof accessLogEvent.$inferSelect;
