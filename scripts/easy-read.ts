/** The easy-read rule the lint enforces: at most this many words in a sentence. */
export const MAX_WORDS = 15;

/** Keys of messages that only staff see; everything else is read by citizens, relatives and guides. */
export const isStaffMessage = (key: string) => key.startsWith('staff_');

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
