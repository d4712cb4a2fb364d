import { client, db } from './db/index.js';
import { migrateDatabase } from './db/migrate.js';
import { config } from './config.js';
import { seedDemoData, describeDemoLogins } from './db/seed.js';
import { pruneAccessLog } from './access-log/record.js';
import { DAY } from './time.js';

/** Brings the database up to date and, on an empty database, adds the demo data. Runs once per process. */
export async function prepareDatabase() {
	await migrateDatabase(db, client, config.databaseUrl, config.migrationsFolder);
	schedulePruning();
	if (!config.seedDemoData) return;
	await seedDemoData(db);
	const logins = await describeDemoLogins(db);
	if (logins) console.log(logins);
}

/** The access log is pruned at start and then daily; with several processes each prunes, which is harmless. */
function schedulePruning() {
	const prune = () =>
		pruneAccessLog().catch((error: unknown) => console.error(JSON.stringify({ event: 'prune_failed', error: String(error) })));
	void prune();
	setInterval(prune, DAY).unref();
}
