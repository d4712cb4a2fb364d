import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { user } from './users.js';

/**
 * `citizen_activation`: the first code, for an account that has never been activated.
 * `citizen_reset`: a leader's reset of an activated citizen's access, printed on a letter.
 */
export const invitationKinds = ['citizen_activation', 'citizen_reset'] as const;

/** A one-time code. Only a hash of the code is stored, so a database copy cannot be used to log in. */
export const invitation = sqliteTable(
	'invitations',
	{
		id: text('id').primaryKey(),
		kind: text('kind', { enum: invitationKinds }).notNull(),
		codeHash: blob('code_hash', { mode: 'buffer' }).notNull().unique(),
		/** The account the code activates. */
		userId: text('user_id')
			.notNull()
			.references(() => user.id),
		createdBy: text('created_by').references(() => user.id),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
		usedAt: integer('used_at', { mode: 'timestamp_ms' }),
		/** A reset code works only from this moment, so nobody who made it can use it at once. */
		notBefore: integer('not_before', { mode: 'timestamp_ms' }),
		/** When the citizen said they had read "… nulstillede din adgang" on Min side. */
		noticeSeenAt: integer('notice_seen_at', { mode: 'timestamp_ms' })
	},
	(table) => [index('invitations_user_idx').on(table.userId)]
);

export type Invitation = typeof invitation.$inferSelect;
export type InvitationKind = (typeof invitationKinds)[number];
