import { client, db } from './db/index.js';
import { migrateDatabase } from './db/migrate.js';
import { config } from './config.js';
import { seedDemoData, describeDemoLogins } from './db/seed.js';

/** Brings the database up to date and, on an empty database, adds the demo data. Runs once per process. */
export async function prepareDatabase() {
	await migrateDatabase(db, client, config.databaseUrl, config.migrationsFolder);
	if (!config.seedDemoData) return;
	await seedDemoData(db);
	const logins = await describeDemoLogins(db);
	if (logins) console.log(logins);
}
