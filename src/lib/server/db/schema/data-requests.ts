import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { citizen } from './citizens.js';
import { user } from './users.js';

/** A citizen's request to have their data deleted; the leader completes it or explains why not. */
export const deletionRequest = sqliteTable('deletion_requests', {
	id: text('id').primaryKey(),
	citizenId: text('citizen_id')
		.notNull()
		.references(() => citizen.id),
	/** The citizen's own words, optional. */
	message: text('message').notNull().default(''),
	requestedAt: integer('requested_at', { mode: 'timestamp_ms' }).notNull(),
	status: text('status', { enum: ['open', 'completed', 'declined'] }).notNull().default('open'),
	handledBy: text('handled_by').references(() => user.id),
	handledAt: integer('handled_at', { mode: 'timestamp_ms' }),
	/** The leader's answer in plain words, shown to the citizen. */
	answer: text('answer')
});

export type DeletionRequest = typeof deletionRequest.$inferSelect;
