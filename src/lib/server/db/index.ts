import { config } from '../config.js';
import { openDatabase } from './client.js';

/** The app's one database connection pool, shared by every request in this process. */
export const { client, db } = openDatabase(config.databaseUrl, config.databaseAuthToken);
