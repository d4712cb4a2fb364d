import { blob, index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { user } from './users.js';

/** Server-side sessions. The cookie holds `id.secret`; only a SHA-256 hash of the secret is stored. */
export const session = sqliteTable(
	'sessions',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id),
		secretHash: blob('secret_hash', { mode: 'buffer' }).notNull(),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' }).notNull(),
		userAgent: text('user_agent').notNull().default(''),
		/**
		 * Set when the session was ended for a reason the person should be told at their next visit
		 * (`access-ended`: the last citizen who invited them removed them). Such a session logs no one
		 * in; it is deleted the first time its cookie comes back.
		 */
		endedBecause: text('ended_because', { enum: ['access-ended'] })
	},
	(table) => [index('sessions_user_idx').on(table.userId)]
);

export type Session = typeof session.$inferSelect;

export const credentialKinds = ['password', 'passkey'] as const;

/**
 * How a person proves who they are: a password hash, or (from the trust-core issue) a passkey.
 * One table for both, so a person can have several and the log-in page can offer either.
 */
export const credential = sqliteTable(
	'credentials',
	{
		id: text('id').primaryKey(),
		userId: text('user_id')
			.notNull()
			.references(() => user.id),
		kind: text('kind', { enum: credentialKinds }).notNull(),
		/** argon2id hash; only for kind = password. */
		passwordHash: text('password_hash'),
		/** WebAuthn credential id, public key and counter; only for kind = passkey. */
		passkeyId: blob('passkey_id', { mode: 'buffer' }).unique(),
		publicKey: blob('public_key', { mode: 'buffer' }),
		signCount: integer('sign_count'),
		transports: text('transports'),
		/** The name the person gave a passkey ("Min telefon"). */
		name: text('name'),
		createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
		lastUsedAt: integer('last_used_at', { mode: 'timestamp_ms' })
	},
	(table) => [index('credentials_user_idx').on(table.userId)]
);

export type Credential = typeof credential.$inferSelect;

/** Every log-in attempt, kept for rate limiting and for the security log. */
export const loginAttempt = sqliteTable(
	'login_attempts',
	{
		id: integer('id').primaryKey({ autoIncrement: true }),
		/** What was limited: `login-account:<name>`, `login-address:<ip>`, `activate-address:<ip>`. */
		key: text('key').notNull(),
		at: integer('at', { mode: 'timestamp_ms' }).notNull(),
		isSuccess: integer('is_success', { mode: 'boolean' }).notNull()
	},
	(table) => [index('login_attempts_key_at_idx').on(table.key, table.at)]
);

/** A WebAuthn challenge: random, short-lived and usable once, kept in the database so any app process can check it. */
export const webauthnChallenge = sqliteTable('webauthn_challenges', {
	/** The challenge itself, base64url, as the browser echoes it in clientDataJSON. */
	challenge: text('challenge').primaryKey(),
	purpose: text('purpose', { enum: ['register', 'login'] }).notNull(),
	/** Who is registering a passkey; null for log-in, where the passkey tells who it is. */
	userId: text('user_id').references(() => user.id),
	expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull()
});
