import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** A tilbud / ordning: every citizen, worker and leader belongs to exactly one unit. */
export const unit = sqliteTable('units', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	/** Days with the temporary kontaktperson before the citizen may choose (DESIGN.md §2.4). */
	choicePeriodDays: integer('choice_period_days').notNull().default(91),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
});

export type Unit = typeof unit.$inferSelect;
