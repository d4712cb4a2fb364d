import { M as loginAttempt, n as db } from "./db.js";
import { r as MINUTE } from "./time.js";
import { inArray, sql } from "drizzle-orm";
// src/lib/server/auth/rate-limit.ts
var WINDOW = 15 * MINUTE;
var limits = {
	/** Guessing one person's password: a few tries, then a pause. */
	loginAccount: (loginName) => ({
		key: `login-account:${loginName}`,
		maxFailures: 5,
		isForgivenBySuccess: true
	}),
	/** Many names from one address: a shared flat or office may mistype, so allow more. */
	loginAddress: (address) => ({
		key: `login-address:${address}`,
		maxFailures: 30,
		isForgivenBySuccess: false
	}),
	/** Guessing activation codes from one address. */
	activateAddress: (address) => ({
		key: `activate-address:${address}`,
		maxFailures: 10,
		isForgivenBySuccess: false
	})
};
function isOverLimit({ key, maxFailures, isForgivenBySuccess }, now) {
	const windowStart = sql`${now - WINDOW}`;
	const since = isForgivenBySuccess ? sql`max(${windowStart}, coalesce((select max(${loginAttempt.at}) from ${loginAttempt} where ${loginAttempt.key} = ${key} and ${loginAttempt.isSuccess} = 1), 0))` : windowStart;
	return sql`(select count(*) from ${loginAttempt} where ${loginAttempt.key} = ${key} and ${loginAttempt.isSuccess} = 0 and ${loginAttempt.at} > ${since}) >= ${maxFailures}`;
}
/**
* Counts an attempt BEFORE the password or code is checked, in one statement: either every key
* is under its limit and the attempt is written under each (as a failure for now), or nothing is
* written and the answer is null (too many tries). One statement is atomic in SQLite, so twelve
* parallel guesses get exactly as many tries as the limit allows, in this process or several.
* The attempts live in the database, so the limit holds across app processes.
*/
async function startAttempt(checks, now = Date.now()) {
	const keys = sql.join(checks.map(({ key }) => sql`(${key})`), sql`, `);
	const anyOverLimit = sql.join(checks.map((limit) => isOverLimit(limit, now)), sql` or `);
	const rows = await db.all(sql`
		insert into ${loginAttempt} (key, at, is_success)
		select column1, ${now}, 0 from (values ${keys})
		where not (${anyOverLimit})
		returning id`);
	if (rows.length === 0) {
		console.warn(JSON.stringify({
			event: "auth_limited",
			keys: checks.map((c) => c.key),
			at: now
		}));
		return null;
	}
	return {
		ids: rows.map((r) => Number(r.id)),
		keys: checks.map((c) => c.key)
	};
}
/** Marks a counted attempt as a success, or logs the failure for the security log. */
async function finishAttempt(attempt, isSuccess, now = Date.now()) {
	if (isSuccess) await db.update(loginAttempt).set({ isSuccess: true }).where(inArray(loginAttempt.id, attempt.ids));
	else console.warn(JSON.stringify({
		event: "auth_failure",
		keys: attempt.keys,
		at: now
	}));
}
export { limits as n, startAttempt as r, finishAttempt as t };

//# sourceMappingURL=rate-limit.js.map