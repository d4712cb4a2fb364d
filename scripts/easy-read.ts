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
