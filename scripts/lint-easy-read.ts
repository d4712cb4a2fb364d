// `npm run lint:easy-read`: fails when a Danish citizen-facing message has a sentence over 15 words.
import { readFileSync } from 'node:fs';
import { MAX_WORDS, findLongSentences } from './easy-read.ts';

const messages = JSON.parse(readFileSync('messages/da.json', 'utf8')) as Record<string, string>;
const problems = findLongSentences(messages);
if (problems.length > 0) {
	console.error(`Easy-read: ${problems.length} sentence(s) longer than ${MAX_WORDS} words in messages/da.json:`);
	for (const problem of problems) console.error(`  ${problem}`);
	process.exit(1);
}
console.log(`Easy-read: all ${Object.keys(messages).length - 1} Danish messages have sentences of at most ${MAX_WORDS} words.`);
