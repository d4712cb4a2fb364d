// `npm run bootstrap -- --unit "Bostøtten Nord" --leader "Lise Leder" [--origin https://samklang.example.dk] [--letter file.html]`
// Starts a real installation without demo data: brings the database (DATABASE_URL) up to date,
// creates the unit and its first leader, and writes the leader's activation letter as an HTML
// page to print. The code is shown once here and stored only as a hash. The leader then creates
// staff and citizens in the app.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runnerImport } from 'vite';

const { values } = parseArgs({
	options: { unit: { type: 'string' }, leader: { type: 'string' }, origin: { type: 'string' }, letter: { type: 'string' } }
});
const origin = (values.origin ?? process.env.ORIGIN ?? 'http://localhost:3000').replace(/\/$/, '');
const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const letterFile = resolve(values.letter ?? `letters/leader-${stamp}.html`);

// The server's own modules, loaded through Vite (TypeScript, `#lib` imports) exactly as the app uses them.
const load = async <T>(path: string) => (await runnerImport<T>(path)).module;
const { problemsWith, createUnitWithFirstLeader } = await load<typeof import('../src/lib/server/admin/bootstrap.ts')>('./src/lib/server/admin/bootstrap.ts');
const input = { unitName: values.unit ?? '', leaderName: values.leader ?? '' };
const problems = problemsWith(input);
if (problems.length > 0) {
	console.error(`Missing or too long:\n  ${problems.join('\n  ')}\nExample: npm run bootstrap -- --unit "Bostøtten Nord" --leader "Lise Leder"`);
	process.exit(2);
}
if (existsSync(letterFile)) {
	console.error(`${letterFile} exists already; choose another file with --letter.`);
	process.exit(2);
}

const { config } = await load<typeof import('../src/lib/server/config.ts')>('./src/lib/server/config.ts');
const { client, db } = await load<typeof import('../src/lib/server/db/index.ts')>('./src/lib/server/db/index.ts');
const { migrateDatabase } = await load<typeof import('../src/lib/server/db/migrate.ts')>('./src/lib/server/db/migrate.ts');
const { activationLetter } = await load<typeof import('../src/lib/server/admin/unit-admin.ts')>('./src/lib/server/admin/unit-admin.ts');
const { leaderLetterPage } = await load<typeof import('../src/lib/server/admin/leader-letter.ts')>('./src/lib/server/admin/leader-letter.ts');

await migrateDatabase(db, client, config.databaseUrl, config.migrationsFolder);
const made = await createUnitWithFirstLeader(input);
const letter = activationLetter(origin, made.code, made.display);
mkdirSync(dirname(letterFile), { recursive: true });
writeFileSync(letterFile, leaderLetterPage({ leaderName: input.leaderName.trim(), unitName: input.unitName.trim(), origin, letter }), { mode: 0o600 });
client.close();

console.log(`Unit "${input.unitName.trim()}" and its leader ${input.leaderName.trim()} are created in ${config.databaseUrl}.`);
console.log(`Activation code (valid 14 days, once): ${made.display}`);
console.log(`Letter to print and hand over: ${letterFile}`);
console.log('Delete the letter file once it is printed: the code is a key to the leader’s account until it is used.');
