// `npm run lint:easy-read`: fails when a Danish citizen-facing message has a sentence over 15 words,
// or a message of 20 words or more reads harder than LIX 25.
import { readFileSync } from 'node:fs';
import { MAX_LIX, MAX_WORDS, MIN_WORDS_FOR_LIX, findHardMessages, findLongSentences } from './easy-read.ts';

const messages = JSON.parse(readFileSync('messages/da.json', 'utf8')) as Record<string, string>;
const longSentences = findLongSentences(messages);
const hardMessages = findHardMessages(messages);
if (longSentences.length > 0) {
	console.error(`Easy-read: ${longSentences.length} sentence(s) longer than ${MAX_WORDS} words in messages/da.json:`);
	for (const problem of longSentences) console.error(`  ${problem}`);
}
if (hardMessages.length > 0) {
	console.error(`Easy-read: ${hardMessages.length} message(s) of ${MIN_WORDS_FOR_LIX}+ words harder than LIX ${MAX_LIX} in messages/da.json:`);
	for (const problem of hardMessages) console.error(`  ${problem}`);
}
if (longSentences.length + hardMessages.length > 0) process.exit(1);
console.log(
	`Easy-read: all ${Object.keys(messages).length - 1} Danish messages have sentences of at most ${MAX_WORDS} words, and those of ${MIN_WORDS_FOR_LIX}+ words LIX ≤ ${MAX_LIX}.`
);
