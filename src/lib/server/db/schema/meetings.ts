import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { citizen } from './citizens.js';
import { user } from './users.js';
import { meetingTypes } from '../../../meeting-options.js';

export { meetingTypes, type MeetingType } from '../../../meeting-options.js';

/** A meeting with the citizen; `summary` is written afterwards in easy-read words. */
export const meeting = sqliteTable(
	'meetings',
	{
		id: text('id').primaryKey(),
		citizenId: text('citizen_id')
			.notNull()
			.references(() => citizen.id),
		type: text('type', { enum: meetingTypes }).notNull(),
		startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
		place: text('place').notNull(),
		/** Who the citizen brings, in their words. */
		citizenBrings: text('citizen_brings').notNull().default(''),
		summary: text('summary').notNull().default(''),
		summaryAt: integer('summary_at', { mode: 'timestamp_ms' }),
		cancelledAt: integer('cancelled_at', { mode: 'timestamp_ms' }),
		createdBy: text('created_by')
			.notNull()
			.references(() => user.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [index('meetings_citizen_idx').on(table.citizenId, table.startsAt)]
);

export type Meeting = typeof meeting.$inferSelect;

/** Staff taking part. */
export const meetingParticipant = sqliteTable(
	'meeting_participants',
	{
		meetingId: text('meeting_id')
			.notNull()
			.references(() => meeting.id),
		userId: text('user_id')
			.notNull()
			.references(() => user.id)
	},
	(table) => [primaryKey({ columns: [table.meetingId, table.userId] }), index('meeting_participants_user_idx').on(table.userId)]
);

/**
 * "Det vil jeg tale om": a topic in the citizen's words, or a relative's input (shown as theirs),
 * or — after the meeting — the citizen's "Sådan husker jeg det ikke".
 */
export const meetingNote = sqliteTable(
	'meeting_notes',
	{
		id: text('id').primaryKey(),
		meetingId: text('meeting_id')
			.notNull()
			.references(() => meeting.id),
		kind: text('kind', { enum: ['topic', 'input', 'remembers_differently'] }).notNull(),
		text: text('text').notNull(),
		authorId: text('author_id')
			.notNull()
			.references(() => user.id),
		clientId: text('client_id'),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [index('meeting_notes_meeting_idx').on(table.meetingId)]
);

/** "Det aftalte vi": the agreements of a held meeting, in order. */
export const meetingAgreement = sqliteTable(
	'meeting_agreements',
	{
		id: text('id').primaryKey(),
		meetingId: text('meeting_id')
			.notNull()
			.references(() => meeting.id),
		position: integer('position').notNull(),
		text: text('text').notNull()
	},
	(table) => [index('meeting_agreements_meeting_idx').on(table.meetingId)]
);

/** "Markér som læst" on Før mødet: one mark per item and meeting; the meeting is reviewed when all are read. */
export const reviewMark = sqliteTable(
	'review_marks',
	{
		meetingId: text('meeting_id')
			.notNull()
			.references(() => meeting.id),
		/** Which item: `topic:<id>`, `dream:<id>:<version>`, `plan:<change id>`, `rating:<id>`, `input:<id>`. */
		itemKey: text('item_key').notNull(),
		readBy: text('read_by')
			.notNull()
			.references(() => user.id),
		readAt: integer('read_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [primaryKey({ columns: [table.meetingId, table.itemKey] })]
);
