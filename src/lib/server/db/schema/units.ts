import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** A tilbud / ordning: every citizen, worker and leader belongs to exactly one unit. */
export const unit = sqliteTable('units', {
	id: text('id').primaryKey(),
	name: text('name').notNull(),
	/** Days with the temporary kontaktperson before the citizen may choose (DESIGN.md §2.4). */
	choicePeriodDays: integer('choice_period_days').notNull().default(91),
	/** Days the leader has to answer a kontaktperson wish before it is flagged. */
	wishAnswerDays: integer('wish_answer_days').notNull().default(14),
	/**
	 * Months the access log is kept; older entries are pruned. 24 as sundhed.dk's "Min log",
	 * but the municipality must set it after its own assessment.
	 */
	accessLogRetentionMonths: integer('access_log_retention_months').notNull().default(24),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
});

export type Unit = typeof unit.$inferSelect;
