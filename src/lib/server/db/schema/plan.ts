import { index, uniqueIndex, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { progressSteps, stepOwners } from '../../../plan-options.js';
import { citizen } from './citizens.js';
import { dream } from './dreams.js';
import { user } from './users.js';

/** The citizen's handleplan: one a citizen, with the date of its yearly review. */
export const plan = sqliteTable('plans', {
	citizenId: text('citizen_id')
		.primaryKey()
		.references(() => citizen.id),
	/** ISO date of the yearly plan (review) meeting. */
	planDate: text('plan_date'),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
});

/** A goal in the citizen's own words. */
export const goal = sqliteTable(
	'goals',
	{
		id: text('id').primaryKey(),
		citizenId: text('citizen_id')
			.notNull()
			.references(() => citizen.id),
		text: text('text').notNull(),
		progress: text('progress', { enum: progressSteps }).notNull().default('not_started'),
		/** Id made on the device for the write, so a repeated send stores it once (offline queue). */
		clientId: text('client_id'),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
		deletedAt: integer('deleted_at', { mode: 'timestamp_ms' })
	},
	(table) => [index('goals_citizen_idx').on(table.citizenId), uniqueIndex('goals_citizen_client_id_unique').on(table.citizenId, table.clientId)]
);

export type Goal = typeof goal.$inferSelect;

/** Which dreams a goal serves. */
export const goalDream = sqliteTable(
	'goal_dreams',
	{
		goalId: text('goal_id')
			.notNull()
			.references(() => goal.id),
		dreamId: text('dream_id')
			.notNull()
			.references(() => dream.id)
	},
	(table) => [primaryKey({ columns: [table.goalId, table.dreamId] })]
);

/** A delmål: a step towards a goal, done by the citizen or by the kontaktperson. */
export const goalStep = sqliteTable(
	'goal_steps',
	{
		id: text('id').primaryKey(),
		goalId: text('goal_id')
			.notNull()
			.references(() => goal.id),
		text: text('text').notNull(),
		owner: text('owner', { enum: stepOwners }).notNull(),
		isDone: integer('is_done', { mode: 'boolean' }).notNull().default(false),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [index('goal_steps_goal_idx').on(table.goalId)]
);

/** The plan's history: every change, in words the citizen can read back. */
export const planChange = sqliteTable(
	'plan_changes',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		citizenId: text('citizen_id')
			.notNull()
			.references(() => citizen.id),
		kind: text('kind', {
			enum: ['goal_created', 'goal_changed', 'goal_deleted', 'progress', 'step_added', 'step_done', 'plan_date']
		}).notNull(),
		/** The goal's or step's words, the progress step, or the date, as it was after the change. */
		summary: text('summary').notNull(),
		changedBy: text('changed_by')
			.notNull()
			.references(() => user.id),
		at: integer('at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [index('plan_changes_citizen_idx').on(table.citizenId)]
);
