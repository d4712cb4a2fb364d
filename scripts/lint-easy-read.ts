// `npm run lint:easy-read`: fails when a Danish citizen-facing message has a sentence over 15 words,
// a message of 20 words or more reads harder than LIX 25, or a citizen message (Danish or English)
// uses a word messages/GLOSSARY.md replaces (its "(lint: …)" lists). Prints a short summary.
import { readFileSync } from 'node:fs';
import {
	MAX_LIX,
	MAX_WORDS,
	MIN_WORDS_FOR_LIX,
	findForbiddenWords,
	findHardMessages,
	findLongSentences,
	forbiddenWords,
	lixSummary
} from './easy-read.ts';

const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
const da = read('messages/da.json');
const en = read('messages/en.json');
const words = forbiddenWords(readFileSync('messages/GLOSSARY.md', 'utf8'));

const checks: [string, string[]][] = [
	[`sentence(s) longer than ${MAX_WORDS} words in messages/da.json`, findLongSentences(da)],
	[`message(s) of ${MIN_WORDS_FOR_LIX}+ words harder than LIX ${MAX_LIX} in messages/da.json`, findHardMessages(da)],
	['Danish citizen message(s) with a word the glossary replaces', findForbiddenWords(da, words.da ?? [])],
	[
		'English message(s) with a word the glossary replaces',
		[...findForbiddenWords(en, words.en ?? []), ...findForbiddenWords(en, words['en-all'] ?? [], { staffToo: true })]
	]
];
let failed = false;
for (const [what, problems] of checks) {
	if (problems.length === 0) continue;
	failed = true;
	console.error(`Easy-read: ${problems.length} ${what}:`);
	for (const problem of problems) console.error(`  ${problem}`);
}
if (failed) process.exit(1);

const { checked, overall, hardest } = lixSummary(da);
const listed = Object.values(words).reduce((n, list) => n + list.length, 0);
console.log(
	`Easy-read: ${checked} Danish citizen messages checked (of ${Object.keys(da).length - 1}): sentences ≤ ${MAX_WORDS} words, ` +
		`LIX ≤ ${MAX_LIX} for ${MIN_WORDS_FOR_LIX}+ words, none of the glossary's ${listed} avoided words (English too).`
);
console.log(`Easy-read: LIX of all citizen messages ${overall.toFixed(1)}; hardest ${hardest.key} LIX ${hardest.lix.toFixed(1)}: "${hardest.text}"`);
