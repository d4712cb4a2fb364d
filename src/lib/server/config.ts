/** Settings read from the environment when the server starts. The README lists them. */
export const config = {
	/** `file:` for the embedded database, or `libsql://` / `http(s)://` for a libSQL server. */
	databaseUrl: process.env.DATABASE_URL || 'file:data/samklang.db',
	databaseAuthToken: process.env.DATABASE_AUTH_TOKEN || undefined,
	/** Demo data (with a published password) only when asked for: SAMKLANG_DEMO=1 (`npm run demo`). */
	seedDemoData: process.env.SAMKLANG_DEMO === '1',
	/** Where the generated SQL migrations are; the server runs from the repository root. */
	migrationsFolder: process.env.SAMKLANG_MIGRATIONS || 'drizzle'
};
