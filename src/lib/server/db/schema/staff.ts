import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { citizen } from './citizens.js';
import { user } from './users.js';

/** What the citizen sees of a worker in "Mød medarbejderne", and the worker's capacity. */
export const workerProfile = sqliteTable('worker_profiles', {
	userId: text('user_id')
		.primaryKey()
		.references(() => user.id),
	goodAt: text('good_at').notNull().default(''),
	interests: text('interests').notNull().default(''),
	languages: text('languages').notNull().default(''),
	workDays: text('work_days').notNull().default(''),
	background: text('background').notNull().default(''),
	/** Maximum number of citizens, set by the leader. */
	capacity: integer('capacity').notNull().default(10)
});

export type WorkerProfile = typeof workerProfile.$inferSelect;

/** contact = the one kontaktperson; practical/personal/plan = team roles; member = a fourth team member; cover = registered cover. */
export const assignmentRoles = ['contact', 'practical', 'personal', 'plan', 'member', 'cover'] as const;
export type AssignmentRole = (typeof assignmentRoles)[number];

/** Who supports a citizen, from when to when. Rows are never deleted: ending one sets `toDate`. */
export const contactAssignment = sqliteTable(
	'contact_assignments',
	{
		id: text('id').primaryKey(),
		citizenId: text('citizen_id')
			.notNull()
			.references(() => citizen.id),
		workerId: text('worker_id')
			.notNull()
			.references(() => user.id),
		role: text('role', { enum: assignmentRoles }).notNull(),
		isMain: integer('is_main', { mode: 'boolean' }).notNull().default(true),
		isTemporary: integer('is_temporary', { mode: 'boolean' }).notNull().default(false),
		/** ISO dates; `toDate` null means the assignment is ongoing. */
		fromDate: text('from_date').notNull(),
		toDate: text('to_date')
	},
	(table) => [
		index('assignments_citizen_idx').on(table.citizenId),
		index('assignments_worker_idx').on(table.workerId)
	]
);

export type ContactAssignment = typeof contactAssignment.$inferSelect;
