import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { unit } from './units.js';

export const roles = ['citizen', 'relative', 'guide', 'worker', 'leader'] as const;
export type Role = (typeof roles)[number];
export const staffRoles = ['worker', 'leader'] as const satisfies readonly Role[];

/** Everyone who can log in. Relatives and guides belong to no unit: they reach citizens through grants. */
export const user = sqliteTable(
	'users',
	{
		id: text('id').primaryKey(),
		role: text('role', { enum: roles }).notNull(),
		/** Lower-case name typed at log-in; null until a citizen has activated their account. */
		loginName: text('login_name'),
		displayName: text('display_name').notNull(),
		unitId: text('unit_id').references(() => unit.id),
		isActive: integer('is_active', { mode: 'boolean' }).notNull().default(true),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull()
	},
	(table) => [uniqueIndex('users_login_name_unique').on(table.loginName)]
);

export type User = typeof user.$inferSelect;
