import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { citizen } from './citizens.js';
import { unit } from './units.js';
import { user } from './users.js';

/**
 * The questions of "Hvordan går vores samarbejde?" are data, per unit: a unit that holds a
 * licence for a published scale can load its own set. One set per unit is in use at a time.
 */
export const questionSet = sqliteTable(
	'question_sets',
	{
		id: text('id').primaryKey(),
		unitId: text('unit_id')
			.notNull()
			.references(() => unit.id),
		name: text('name').notNull(),
		isActive: integer('is_active', { mode: 'boolean' }).notNull().default(false),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [
		index('question_sets_unit_idx').on(table.unitId),
		// At most one set in use per unit, even when two requests make the default set at once.
		uniqueIndex('question_sets_one_active').on(table.unitId).where(sql`${table.isActive} = 1`)
	]
);

export type QuestionSet = typeof questionSet.$inferSelect;

/** A question is never deleted: retiring it keeps the ratings that answered it readable. */
export const ratingQuestion = sqliteTable(
	'rating_questions',
	{
		id: text('id').primaryKey(),
		setId: text('set_id')
			.notNull()
			.references(() => questionSet.id),
		position: integer('position').notNull(),
		textDa: text('text_da').notNull(),
		/** Empty: the Danish words are shown in English too. */
		textEn: text('text_en').notNull().default(''),
		retiredAt: integer('retired_at', { mode: 'timestamp_ms' })
	},
	(table) => [index('rating_questions_set_idx').on(table.setId)]
);

export type RatingQuestion = typeof ratingQuestion.$inferSelect;

/** A visit a worker marked as done: the citizen is then asked "Hvordan gik det?" (at most weekly). */
export const visit = sqliteTable(
	'visits',
	{
		id: text('id').primaryKey(),
		citizenId: text('citizen_id')
			.notNull()
			.references(() => citizen.id),
		workerId: text('worker_id')
			.notNull()
			.references(() => user.id),
		doneAt: integer('done_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [index('visits_citizen_idx').on(table.citizenId, table.doneAt)]
);

/**
 * The citizen's rating of the collaboration. `isLow` and `isFalling` are decided when it is
 * written (see rating-rules.ts), so the caseload can flag it without reading every answer.
 */
export const rating = sqliteTable(
	'ratings',
	{
		id: text('id').primaryKey(),
		citizenId: text('citizen_id')
			.notNull()
			.references(() => citizen.id),
		setId: text('set_id')
			.notNull()
			.references(() => questionSet.id),
		/** The visit it is about, when it answers "Hvordan gik det?" after one. */
		visitId: text('visit_id').references(() => visit.id),
		comment: text('comment').notNull().default(''),
		/** Mean of the answered questions, 0–10; null when every question was skipped. */
		score: real('score'),
		isLow: integer('is_low', { mode: 'boolean' }).notNull(),
		isFalling: integer('is_falling', { mode: 'boolean' }).notNull(),
		/** Id made on the device, so a repeated send stores one rating (offline queue). */
		clientId: text('client_id'),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [
		index('ratings_citizen_idx').on(table.citizenId, table.createdAt),
		uniqueIndex('ratings_citizen_client_id_unique').on(table.citizenId, table.clientId)
	]
);

export type Rating = typeof rating.$inferSelect;

/** One answer on the face scale, stored 0–10. A skipped question has no row. */
export const ratingAnswer = sqliteTable(
	'rating_answers',
	{
		ratingId: text('rating_id')
			.notNull()
			.references(() => rating.id),
		questionId: text('question_id')
			.notNull()
			.references(() => ratingQuestion.id),
		score: real('score').notNull()
	},
	(table) => [primaryKey({ columns: [table.ratingId, table.questionId] })]
);

/** Who the rating is about: the kontaktperson or team on the day it was given. */
export const ratingSubject = sqliteTable(
	'rating_subjects',
	{
		ratingId: text('rating_id')
			.notNull()
			.references(() => rating.id),
		workerId: text('worker_id')
			.notNull()
			.references(() => user.id)
	},
	(table) => [primaryKey({ columns: [table.ratingId, table.workerId] }), index('rating_subjects_worker_idx').on(table.workerId)]
);
