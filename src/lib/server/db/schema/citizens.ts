import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { unit } from './units.js';
import { user } from './users.js';

import { hoursBands, legalBases } from '../../../citizen-options.js';
export { hoursBands, legalBases, type HoursBand, type LegalBasis } from '../../../citizen-options.js';
export const citizenStatuses = ['active', 'ended'] as const;

/** A borger receiving support in a unit. The person behind it logs in as the linked user. */
export const citizen = sqliteTable(
	'citizens',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.unique()
			.references(() => user.id),
		unitId: text('unit_id')
			.notNull()
			.references(() => unit.id),
		hoursBand: text('hours_band', { enum: hoursBands }).notNull(),
		legalBasis: text('legal_basis', { enum: legalBases }).notNull(),
		/** ISO date (YYYY-MM-DD) the support started. */
		startDate: text('start_date').notNull(),
		status: text('status', { enum: citizenStatuses }).notNull().default('active'),
		/** When the citizen last said "Ikke nu" to "Hvordan gik det?": no new prompt for a week. */
		ratingPromptDismissedAt: integer('rating_prompt_dismissed_at', { mode: 'timestamp_ms' }),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [index('citizens_unit_idx').on(table.unitId)]
);

export type Citizen = typeof citizen.$inferSelect;
