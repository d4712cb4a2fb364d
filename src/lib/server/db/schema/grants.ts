import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { citizen } from './citizens.js';
import { user } from './users.js';

export const helperKinds = ['relative', 'guide'] as const;
export type HelperKind = (typeof helperKinds)[number];

/**
 * suggested: staff proposed a guide, waiting for the citizen; invited: link made, not yet used;
 * active: the helper has access; revoked: the citizen removed them (or said no to a suggestion).
 */
export const grantStatuses = ['suggested', 'invited', 'active', 'revoked'] as const;
export type GrantStatus = (typeof grantStatuses)[number];

/** What a citizen lets one relative or guide see and do. Areas are data, so new areas need no new columns. */
export const grant = sqliteTable(
	'grants',
	{
		id: text('id').primaryKey(),
		citizenId: text('citizen_id')
			.notNull()
			.references(() => citizen.id),
		kind: text('kind', { enum: helperKinds }).notNull(),
		/** The name the citizen (or staff, for a suggestion) gave the helper. */
		name: text('name').notNull(),
		/** JSON array of area keys, e.g. ["dreams","meetings"]. */
		areas: text('areas', { mode: 'json' }).$type<string[]>().notNull(),
		/** May add their own input before meetings. */
		canWriteInput: integer('can_write_input', { mode: 'boolean' }).notNull().default(false),
		/** Last day of access (ISO date); null = until removed. Guides default to 30 days. */
		endsOn: text('ends_on'),
		status: text('status', { enum: grantStatuses }).notNull(),
		/** The helper's account, once they accepted the invitation. */
		granteeUserId: text('grantee_user_id').references(() => user.id),
		suggestedBy: text('suggested_by').references(() => user.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		acceptedAt: integer('accepted_at', { mode: 'timestamp_ms' }),
		revokedAt: integer('revoked_at', { mode: 'timestamp_ms' }),
		/** When the helper last looked at the citizen's data. */
		lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' })
	},
	(table) => [index('grants_citizen_idx').on(table.citizenId), index('grants_grantee_idx').on(table.granteeUserId)]
);

export type Grant = typeof grant.$inferSelect;

/** The one-time link that lets a helper accept a grant. Only a hash of its token is stored. */
export const grantInvitation = sqliteTable('grant_invitations', {
	id: text('id').primaryKey(),
	grantId: text('grant_id')
		.notNull()
		.references(() => grant.id),
	tokenHash: blob('token_hash', { mode: 'buffer' }).notNull().unique(),
	createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
	expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
	usedAt: integer('used_at', { mode: 'timestamp_ms' })
});
