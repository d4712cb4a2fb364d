/** Settings read from the environment when the server starts. The README lists them. */
export const config = {
	/** `file:` for the embedded database, or `libsql://` / `http(s)://` for a libSQL server. */
	databaseUrl: process.env.DATABASE_URL || 'file:data/samklang.db',
	databaseAuthToken: process.env.DATABASE_AUTH_TOKEN || undefined,
	/** Seed demo data into an empty database unless SAMKLANG_DEMO=0. */
	seedDemoData: process.env.SAMKLANG_DEMO !== '0',
	/** Where the generated SQL migrations are; the server runs from the repository root. */
	migrationsFolder: process.env.SAMKLANG_MIGRATIONS || 'drizzle'
};
