// Shared pieces of the bad-input tests: hostile strings as fast-check arbitraries, request bodies
// built byte by byte (so repeated fields, raw bytes and broken encodings reach the server as sent),
// and a fingerprint of the database to prove that a refused request wrote nothing.
import fc from 'fast-check';
import type { APIRequestContext } from '@playwright/test';
import { client } from '../../src/lib/server/db/index.ts';

/** Unicode and parser edge cases that random generation rarely hits on its own. */
export const edgeCases = [
	'',
	' ',
	'  \t\n\r\n  ',
	'\u0000',
	'a\u0000b',
	'\u202Egnp.exe\u202C', // right-to-left override
	'\u200B\u200C\u200D\uFEFF', // zero-width characters and a byte order mark
	'👨‍👩‍👧‍👦', // emoji joined with zero-width joiners
	'🏳️‍🌈',
	'e\u0301\u0301\u0301\u0301\u0301\u0301', // a stack of combining marks
	'Z̷̢̛̪̫̗͔͇̈́̾̑̓a̸͍̗̦̾̋l̵̡̥̖̃̈́g̴̞͐̀o̵͕̓',
	'\uD800', // lone high surrogate
	'\uDFFF', // lone low surrogate
	'x\uD83D',
	'\u2028\u2029',
	'\u0085',
	'İıßǅﬃ',
	'𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
	'ÆØÅ æøå',
	'null',
	'undefined',
	'NaN',
	'-1',
	'0',
	'1e309',
	'99999999999999999999999',
	'0x10',
	'__proto__',
	'constructor',
	'toString',
	"' OR '1'='1' --",
	'"; DROP TABLE users; --',
	'../../../../etc/passwd',
	'%00%ff',
	'%s%s%s%n',
	'${7*7}{{7*7}}',
	'<script>alert(1)</script>',
	'javascript:alert(1)',
	'2026-02-30',
	'0000-00-00',
	'2026-13-45',
	'+275760-09-13',
	'24:00',
	'yes',
	'on',
	'true',
	'[]',
	'{}'
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));
const combiningMark = fc.integer({ min: 0x300, max: 0x36f }).map((code) => String.fromCharCode(code));
const oddUnit = fc.oneof(loneSurrogate, combiningMark, fc.constantFrom('\u0000', '\u202E', '\u200D', '\uFEFF', '\r', '\n', '<', '"', '&', '%'));

/** Any of: an edge case, printable unicode, any code point, odd units, or a long run of one character. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
	{ arbitrary: fc.constantFrom(...edgeCases), weight: 3 },
	{ arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }), weight: 2 },
	{ arbitrary: fc.string({ unit: 'binary', maxLength: 30 }), weight: 2 },
	{ arbitrary: fc.string({ unit: oddUnit, maxLength: 12 }), weight: 1 },
	{
		arbitrary: fc.tuple(fc.constantFrom('x', 'æ', '😀', ' ', '<', '\u0301'), fc.integer({ min: 30, max: 5000 })).map(([unit, n]) => unit.repeat(n)),
		weight: 1
	}
);

/** A field name a form never has: hostile strings plus names that upset naive parsers. */
export const hostileName: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom('__proto__', 'constructor', 'prototype', 'a[]', 'a[0]', 'a.b', '', '=', '&', '/x', '?/x', 'q-', 'form'),
	hostileString.map((s) => s.slice(0, 200))
);

/** Text where a number, date, id or choice is expected. */
export const wrongType: fc.Arbitrary<string> = fc.oneof(
	fc.constantFrom('abc', '12abc', '1.5', '-3', '3e2', '٣', '１２', 'tomorrow', '31/12/2026', '2026-1-1', '2026-12-31T25:00', '25:61', 'x'.repeat(65)),
	fc.integer().map(String),
	fc.double().map(String),
	fc.date({ noInvalidDate: false }).map((d) => (Number.isNaN(d.getTime()) ? 'Invalid Date' : d.toISOString()))
);

export type FilePart = { filename: string; type: string; bytes: Buffer };
/** A raw byte sequence sent as is (for invalid UTF-8). */
export type RawBytes = { raw: Buffer };
export type FieldValue = string | FilePart | RawBytes;
export type Field = readonly [name: string, value: FieldValue];
export type Body = { contentType: string; data: Buffer; label: string };

/** Invalid UTF-8 and CESU-8 surrogates, which no browser sends but a client can. */
export const rawBytes: fc.Arbitrary<RawBytes> = fc.oneof(
	fc.constantFrom(Buffer.from([0xed, 0xa0, 0x80]), Buffer.from([0xff, 0xfe]), Buffer.from([0xc0, 0xaf]), Buffer.from([0xe2, 0x82])),
	fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes))
).map((raw) => ({ raw }));

export const filePart: fc.Arbitrary<FilePart> = fc.record({
	filename: fc.oneof(fc.constantFrom('a.webp', '../../x.png', 'x.svg', '', 'ø\u202Eexe.jpg'), hostileString.map((s) => s.slice(0, 100))),
	type: fc.constantFrom('image/png', 'image/jpeg', 'image/svg+xml', 'text/html', 'application/octet-stream', ''),
	bytes: fc.oneof(
		fc.uint8Array({ maxLength: 2000 }).map((b) => Buffer.from(b)),
		fc.constant(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="window.__xss=1"/>')),
		fc.constant(Buffer.from('RIFF\u0000\u0000\u0000\u0000WEBPVP8 '))
	)
});

const unreserved = /[A-Za-z0-9*\-._]/;
function percentEncode(bytes: Buffer): string {
	let out = '';
	for (const byte of bytes) {
		const char = String.fromCharCode(byte);
		out += byte < 0x80 && unreserved.test(char) ? char : byte === 0x20 ? '+' : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`;
	}
	return out;
}

function bytesOf(value: FieldValue): Buffer {
	if (typeof value === 'string') return Buffer.from(value, 'utf8');
	if ('raw' in value) return value.raw;
	return value.bytes;
}

/** `application/x-www-form-urlencoded`, fields in order, repeated names kept. A file is sent as its bytes. */
export function urlencoded(fields: readonly Field[]): Body {
	const data = fields.map(([name, value]) => `${percentEncode(Buffer.from(name, 'utf8'))}=${percentEncode(bytesOf(value))}`).join('&');
	return { contentType: 'application/x-www-form-urlencoded', data: Buffer.from(data, 'latin1'), label: 'urlencoded' };
}

/** `multipart/form-data`, fields in order, repeated names kept; quotes and newlines in names escaped as browsers do. */
export function multipart(fields: readonly Field[]): Body {
	const boundary = `----samklang${Math.random().toString(36).slice(2)}`;
	const escape = (s: string) => s.replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/"/g, '%22');
	const parts: Buffer[] = [];
	for (const [name, value] of fields) {
		const isFile = typeof value !== 'string' && 'bytes' in value;
		const disposition = `form-data; name="${escape(name)}"${isFile ? `; filename="${escape(value.filename)}"` : ''}`;
		const head = `--${boundary}\r\nContent-Disposition: ${disposition}\r\n${isFile ? `Content-Type: ${value.type || 'application/octet-stream'}\r\n` : ''}\r\n`;
		parts.push(Buffer.from(head, 'utf8'), bytesOf(value), Buffer.from('\r\n'));
	}
	parts.push(Buffer.from(`--${boundary}--\r\n`));
	return { contentType: `multipart/form-data; boundary=${boundary}`, data: Buffer.concat(parts), label: 'multipart' };
}

/** Bodies no form makes: too big, broken, or of another type. Kit's 413/415 or the form's 400 are all fine. */
export function oddBodies(fieldNames: readonly string[]): Body[] {
	const name = fieldNames[0] ?? 'text';
	const big = (size: number) => 'æ<"'.repeat(Math.ceil(size / 6)).slice(0, Math.ceil(size / 2));
	const bigMultipart = multipart([[name, big(1_600_000)]]);
	return [
		{ ...urlencoded([[name, big(1_200_000)]]), label: 'urlencoded 1.2 MB' },
		{ ...bigMultipart, label: 'multipart 1.6 MB' },
		{ ...urlencoded(fieldNames.map((n) => [n, big(400_000 / Math.max(1, fieldNames.length))] as const)), label: 'urlencoded 400 KB (under the body limit)' },
		{ ...multipart([[name, { filename: 'big.bin', type: 'application/octet-stream', bytes: Buffer.alloc(2_000_000, 0x41) }]]), label: 'multipart 2 MB file' },
		{ contentType: 'multipart/form-data; boundary=nope', data: Buffer.from('--nope\r\nContent-Disposition: form-data; name="x"\r\n\r\nno end'), label: 'multipart without its end' },
		{ contentType: 'multipart/form-data', data: Buffer.from('no boundary at all'), label: 'multipart without a boundary' },
		{ contentType: 'application/x-www-form-urlencoded', data: Buffer.from(`${name}=%E0%A4%A&%%%=%ZZ&&&=&${name}`), label: 'broken percent-encoding' },
		{ contentType: 'application/json', data: Buffer.from(JSON.stringify({ [name]: ['x'], __proto__: { admin: true } })), label: 'json' },
		{ contentType: 'text/plain', data: Buffer.from(`${name}=x`), label: 'text/plain' },
		{ contentType: 'application/x-www-form-urlencoded', data: Buffer.alloc(0), label: 'empty' }
	];
}

export type Answer = { status: number; location: string; body: string };

/** Posts a body as a browser without JavaScript would (the origin passes Kit's CSRF check). */
export async function postBody(request: APIRequestContext, path: string, body: Body, headers: Record<string, string>): Promise<Answer> {
	const response = await request.fetch(path, {
		method: 'POST',
		data: body.data,
		headers: { ...headers, 'content-type': body.contentType },
		maxRedirects: 0,
		failOnStatusCode: false,
		timeout: 30_000
	});
	return { status: response.status(), location: response.headers()['location'] ?? '', body: await response.text() };
}

/**
 * Columns that change on requests that are refused, by design: the session's last use (touched at
 * most once a minute on any request) and a grant's "last seen" (touched whenever a helper reads).
 */
const volatileColumns: Record<string, readonly string[]> = { sessions: ['last_used_at'], grants: ['last_seen_at'] };
/**
 * Tables that refused requests write to, by design: the access log records every refused attempt
 * on a citizen ("denied"), and login_attempts counts failed log-ins and activation codes for the
 * rate limit. Every other table must see no insert, update or delete.
 */
export const excludedTables: Record<string, string> = {
	access_log_events: 'every refused attempt on a citizen is written to the access log ("denied"), by design',
	login_attempts: 'failed log-ins and activation codes are counted for the rate limit, by design',
	__drizzle_migrations: 'migrations, not data'
};

/**
 * Counts every insert, update and delete, per table, with triggers in the test database: cheap
 * enough to check after each of a thousand requests, and stricter than comparing content (a write
 * of the same value counts too). Volatile columns are left out of the update triggers.
 * Returns a function that removes the triggers again (other test files share the database).
 */
export async function watchWrites(): Promise<() => Promise<void>> {
	await client.execute('CREATE TABLE IF NOT EXISTS test_write_count (tbl TEXT PRIMARY KEY, n INTEGER NOT NULL)');
	const tables = await client.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != 'test_write_count'");
	const triggers: string[] = [];
	for (const row of tables.rows) {
		const table = String(row.name);
		if (table in excludedTables) continue;
		const columns = (await client.execute(`PRAGMA table_info("${table}")`)).rows.map((c) => String(c.name)).filter((c) => !(volatileColumns[table] ?? []).includes(c));
		const count = `INSERT INTO test_write_count VALUES ('${table}', 1) ON CONFLICT(tbl) DO UPDATE SET n = n + 1;`;
		for (const [suffix, event] of [['i', 'INSERT'], ['d', 'DELETE'], ['u', `UPDATE OF ${columns.map((c) => `"${c}"`).join(', ')}`]] as const) {
			const name = `test_write_${table}_${suffix}`;
			await client.execute(`CREATE TRIGGER IF NOT EXISTS "${name}" AFTER ${event} ON "${table}" BEGIN ${count} END`);
			triggers.push(name);
		}
	}
	return async () => {
		for (const name of triggers) await client.execute(`DROP TRIGGER IF EXISTS "${name}"`);
		await client.execute('DROP TABLE IF EXISTS test_write_count');
	};
}

/** Table name → number of writes so far (see watchWrites). */
export async function fingerprint(): Promise<Map<string, string>> {
	const rows = await client.execute('SELECT tbl, n FROM test_write_count');
	return new Map(rows.rows.map((r) => [String(r.tbl), `${String(r.n)} writes`]));
}

/** The tables written to between two fingerprints. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
	const names = new Set([...before.keys(), ...after.keys()]);
	return [...names].filter((name) => before.get(name) !== after.get(name)).map((name) => `${name}: ${before.get(name) ?? '0 writes'} → ${after.get(name)}`);
}

/** Short, printable form of an input for failure messages. */
export function describe(value: unknown): string {
	const text = JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' && v.length > 120 ? `${v.slice(0, 60)}…(${v.length} chars)` : v)) ?? String(value);
	return text.length > 1500 ? `${text.slice(0, 1500)}…` : text;
}
