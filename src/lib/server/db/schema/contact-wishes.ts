import { blob, index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { citizen } from './citizens.js';
import { user } from './users.js';
import { declineReasons } from '../../../wish-options.js';

export const wishKinds = ['one', 'team'] as const;
export type WishKind = (typeof wishKinds)[number];
/** open → approved | declined | withdrawn; nothing else (see wish-rules.ts). */
export const wishStatuses = ['open', 'approved', 'declined', 'withdrawn'] as const;
export type WishStatus = (typeof wishStatuses)[number];
/** One kontaktperson has the role `contact`; a team fills practical, personal and plan once each. */
export const wishRoles = ['contact', 'practical', 'personal', 'plan', 'member'] as const;
export type WishRole = (typeof wishRoles)[number];
export { declineReasons, type DeclineReason } from '../../../wish-options.js';

/** The citizen's wish for a kontaktperson or a team, and the leader's answer. Never deleted. */
export const contactWish = sqliteTable(
	'contact_wishes',
	{
		id: text('id').primaryKey(),
		citizenId: text('citizen_id')
			.notNull()
			.references(() => citizen.id),
		kind: text('kind', { enum: wishKinds }).notNull(),
		/** Why, in the citizen's words; empty when they would rather not say. */
		reason: text('reason').notNull().default(''),
		/** The guide who sat with the citizen; the citizen sent it, so it is theirs. */
		writtenWithHelpBy: text('written_with_help_by').references(() => user.id),
		status: text('status', { enum: wishStatuses }).notNull().default('open'),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		answeredAt: integer('answered_at', { mode: 'timestamp_ms' }),
		answeredBy: text('answered_by').references(() => user.id),
		/** ISO date the new kontaktperson or team starts (approved). */
		startDate: text('start_date'),
		/** The leader approved although someone's capacity is exceeded, and said so. */
		isOverCapacityConfirmed: integer('is_over_capacity_confirmed', { mode: 'boolean' }).notNull().default(false),
		declineReason: text('decline_reason', { enum: declineReasons }),
		declineText: text('decline_text').notNull().default(''),
		/** What can happen instead, in plain words (declined). */
		insteadText: text('instead_text').notNull().default('')
	},
	(table) => [index('contact_wishes_citizen_idx').on(table.citizenId), index('contact_wishes_status_idx').on(table.status)]
);

export type ContactWish = typeof contactWish.$inferSelect;

export const contactWishMember = sqliteTable(
	'contact_wish_members',
	{
		wishId: text('wish_id')
			.notNull()
			.references(() => contactWish.id),
		role: text('role', { enum: wishRoles }).notNull(),
		workerId: text('worker_id')
			.notNull()
			.references(() => user.id),
		isMain: integer('is_main', { mode: 'boolean' }).notNull().default(false)
	},
	(table) => [primaryKey({ columns: [table.wishId, table.role] })]
);

/** "Jeg har set, at du bruger meget tid sammen med John": the temporary kontaktperson's suggestion. */
export const contactSuggestion = sqliteTable(
	'contact_suggestions',
	{
		id: text('id').primaryKey(),
		citizenId: text('citizen_id')
			.notNull()
			.references(() => citizen.id),
		fromWorkerId: text('from_worker_id')
			.notNull()
			.references(() => user.id),
		suggestedWorkerId: text('suggested_worker_id')
			.notNull()
			.references(() => user.id),
		text: text('text').notNull(),
		status: text('status', { enum: ['open', 'accepted', 'ignored'] }).notNull().default('open'),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [index('contact_suggestions_citizen_idx').on(table.citizenId)]
);

/** A worker's photo for "Mød medarbejderne": re-encoded on the server as WebP, with words for it. */
export const workerPhoto = sqliteTable('worker_photos', {
	userId: text('user_id')
		.primaryKey()
		.references(() => user.id),
	webp: blob('webp', { mode: 'buffer' }).notNull(),
	alt: text('alt').notNull(),
	updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull()
});
