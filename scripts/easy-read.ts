/** The easy-read rule the lint enforces: at most this many words in a sentence. */
export const MAX_WORDS = 15;

/** Keys of messages that only staff see (`staff_…`, `log_staff_…`); everything else is read by citizens, relatives and guides. */
export const isStaffMessage = (key: string) => key.startsWith('staff_') || key.includes('_staff_');

/** Splits a message into sentences at . ! ? : followed by a space or the end. */
export function sentences(text: string): string[] {
	return text
		.split(/(?<=[.!?:])\s+/)
		.map((s) => s.trim())
		.filter(Boolean);
}

/** Counts words; a placeholder like {name} is one word, "–" and "§" alone are not words. */
export function wordCount(sentence: string): number {
	return sentence.split(/\s+/).filter((w) => /[\p{L}\p{N}{]/u.test(w)).length;
}

/** The citizen-facing sentences that are too long, as `key: sentence (n words)`. */
export function findLongSentences(messages: Record<string, string>): string[] {
	const problems: string[] = [];
	for (const [key, text] of Object.entries(messages)) {
		if (key.startsWith('$') || isStaffMessage(key)) continue;
		for (const sentence of sentences(text)) {
			const words = wordCount(sentence);
			if (words > MAX_WORDS) problems.push(`${key}: "${sentence}" (${words} words)`);
		}
	}
	return problems;
}

/** The readability limit for longer messages: LIX at most this ("easy") for a message of MIN_WORDS_FOR_LIX words or more. */
export const MAX_LIX = 25;
export const MIN_WORDS_FOR_LIX = 20;

/** The words of a text as letters only: "{name}" and "–" are not counted as letters. */
const wordsOf = (text: string) =>
	text
		.split(/\s+/)
		.filter((w) => /[\p{L}\p{N}{]/u.test(w))
		.map((w) => (w.startsWith('{') ? '' : w.replace(/[^\p{L}\p{N}]/gu, '')));

/**
 * LIX (Björnsson's readability index, used for Danish): words per sentence plus the share of
 * long words (more than six letters) in per cent. Under 25 is "very easy", 25–34 "easy".
 */
export function lix(text: string): number {
	const words = wordsOf(text);
	if (words.length === 0) return 0;
	const sentenceCount = Math.max(1, sentences(text).length);
	const longWords = words.filter((w) => [...w].length > 6).length;
	return words.length / sentenceCount + (100 * longWords) / words.length;
}

/** Citizen-facing messages of MIN_WORDS_FOR_LIX words or more whose LIX is over MAX_LIX. */
export function findHardMessages(messages: Record<string, string>): string[] {
	const problems: string[] = [];
	for (const [key, text] of Object.entries(messages)) {
		if (key.startsWith('$') || isStaffMessage(key) || wordsOf(text).length < MIN_WORDS_FOR_LIX) continue;
		const score = lix(text);
		if (score > MAX_LIX) problems.push(`${key}: LIX ${score.toFixed(1)} "${text}"`);
	}
	return problems;
}

/** A word the glossary replaces: `fx`, `enhed*` (every word starting so), `din log` (a phrase). */
export type ForbiddenWord = { pattern: string; regex: RegExp };

/** The word lists of messages/GLOSSARY.md, by the `(lint: …)` tag of their section: `da`, `en`, `en-all`. */
export function forbiddenWords(glossary: string): Record<string, ForbiddenWord[]> {
	const lists: Record<string, ForbiddenWord[]> = {};
	let list: ForbiddenWord[] | undefined;
	for (const line of glossary.split('\n')) {
		if (line.startsWith('#')) {
			const tag = /\(lint: ([\w-]+)\)/.exec(line)?.[1];
			list = tag ? (lists[tag] = []) : undefined;
		} else if (list && line.startsWith('|')) {
			const firstCell = line.split('|')[1] ?? '';
			for (const match of firstCell.matchAll(/`([^`]+)`/g)) {
				const pattern = match[1] ?? '';
				list.push({ pattern, regex: wordRegex(pattern) });
			}
		}
	}
	return lists;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A whole word or phrase, any case; a trailing `*` lets the word go on ("enhed*" finds "enheden"). */
function wordRegex(pattern: string): RegExp {
	const open = pattern.endsWith('*');
	const body = escape(open ? pattern.slice(0, -1) : pattern).replace(/ /g, '\\s+');
	return new RegExp(`(?<![\\p{L}\\p{N}])${body}${open ? '' : '(?![\\p{L}\\p{N}])'}`, 'iu');
}

/** Messages that use a forbidden word, as `key: "word" in "text"`; `{placeholders}` are not read. */
export function findForbiddenWords(
	messages: Record<string, string>,
	words: ForbiddenWord[],
	{ staffToo = false } = {}
): string[] {
	const problems: string[] = [];
	for (const [key, text] of Object.entries(messages)) {
		if (key.startsWith('$') || (!staffToo && isStaffMessage(key))) continue;
		const plain = text.replace(/\{[^}]*\}/g, ' ');
		for (const word of words) {
			const found = word.regex.exec(plain);
			if (found) problems.push(`${key}: "${found[0]}" (glossary: ${word.pattern}) in "${text}"`);
		}
	}
	return problems;
}

/** LIX of all citizen messages read as one text, and the hardest citizen message of MIN_WORDS_FOR_LIX words or more. */
export function lixSummary(messages: Record<string, string>) {
	const citizen = Object.entries(messages).filter(([key]) => !key.startsWith('$') && !isStaffMessage(key));
	// Each message is its own sentence at least: a label without a full stop is not glued to the next one.
	const overall = lix(citizen.map(([, text]) => (/[.!?:]$/.test(text.trim()) ? text : `${text}.`)).join(' '));
	let hardest = { key: '', lix: 0, text: '' };
	for (const [key, text] of citizen) {
		if (wordsOf(text).length < MIN_WORDS_FOR_LIX) continue;
		const score = lix(text);
		if (score > hardest.lix) hardest = { key, lix: score, text };
	}
	return { checked: citizen.length, overall, hardest };
}
