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
	/** The Kontakt page: how to reach the kontaktperson, when, and what to do outside those hours. */
	contactPhone: text('contact_phone').notNull().default(''),
	openingHoursDa: text('opening_hours_da').notNull().default('Mandag til torsdag kl. 7–19. Fredag kl. 7–15.'),
	openingHoursEn: text('opening_hours_en').notNull().default('Monday to Thursday 7–19. Friday 7–15.'),
	outOfHoursDa: text('out_of_hours_da')
		.notNull()
		.default('Har du brug for hjælp nu, og er det uden for tiden? Ring til Psykiatrisk Akutmodtagelse. Er det livsfarligt, så ring 112.'),
	outOfHoursEn: text('out_of_hours_en')
		.notNull()
		.default('Do you need help now, outside these hours? Call the psychiatric emergency service. If life is in danger, call 112.'),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
});

export type Unit = typeof unit.$inferSelect;
