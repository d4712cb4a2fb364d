import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { citizen } from './citizens.js';
import { user } from './users.js';

import { dreamVisibilities, lifeAreas } from '../../../dream-options.js';

export { dreamVisibilities, lifeAreas, type DreamVisibility, type LifeArea } from '../../../dream-options.js';

/** An ønske, håb or drøm in the citizen's own words. Deleting sets `deletedAt`, so it can be undone. */
export const dream = sqliteTable(
	'dreams',
	{
		id: text('id').primaryKey(),
		citizenId: text('citizen_id')
			.notNull()
			.references(() => citizen.id),
		text: text('text').notNull(),
		lifeArea: text('life_area', { enum: lifeAreas }).notNull(),
		visibility: text('visibility', { enum: dreamVisibilities }).notNull(),
		talkAtNextMeeting: integer('talk_at_next_meeting', { mode: 'boolean' }).notNull().default(false),
		/** The guide who wrote it with the citizen; it counts as the citizen's once confirmed. */
		writtenWithHelpBy: text('written_with_help_by').references(() => user.id),
		confirmedAt: integer('confirmed_at', { mode: 'timestamp_ms' }),
		/** Id made on the device for a write, so a repeated send stores it once (offline queue). */
		clientId: text('client_id'),
		version: integer('version').notNull().default(1),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
		deletedAt: integer('deleted_at', { mode: 'timestamp_ms' })
	},
	(table) => [
		index('dreams_citizen_idx').on(table.citizenId),
		uniqueIndex('dreams_citizen_client_id_unique').on(table.citizenId, table.clientId)
	]
);

export type Dream = typeof dream.$inferSelect;

/** Every earlier version of a dream, which the citizen can see. */
export const dreamVersion = sqliteTable(
	'dream_versions',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		dreamId: text('dream_id')
			.notNull()
			.references(() => dream.id),
		version: integer('version').notNull(),
		change: text('change', { enum: ['create', 'update', 'delete', 'restore', 'confirm'] }).notNull(),
		text: text('text').notNull(),
		lifeArea: text('life_area', { enum: lifeAreas }).notNull(),
		visibility: text('visibility', { enum: dreamVisibilities }).notNull(),
		talkAtNextMeeting: integer('talk_at_next_meeting', { mode: 'boolean' }).notNull(),
		changedBy: text('changed_by')
			.notNull()
			.references(() => user.id),
		changedAt: integer('changed_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [index('dream_versions_dream_idx').on(table.dreamId)]
);
