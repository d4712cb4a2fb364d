import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { user } from './users.js';

export const invitationKinds = ['citizen_activation'] as const;

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
		usedAt: integer('used_at', { mode: 'timestamp_ms' })
	},
	(table) => [index('invitations_user_idx').on(table.userId)]
);

export type Invitation = typeof invitation.$inferSelect;
