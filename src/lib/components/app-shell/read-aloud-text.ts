/**
 * The longest piece read as one utterance. Speech engines stop on long utterances: Android's
 * refuses text over about 4 000 characters, and Chrome goes quiet after about 15 seconds of one
 * utterance. A sentence at a time also lets "Stop" and a new page stop the reading at once.
 */
export const maxUtteranceLength = 200;

/** A sentence ends at . ! or ? and a space; not after a number ("den 3. marts"). */
const sentenceEnd = /(?<=[!?]|(?<!\d)\.)\s+/;

/** Splits a page's text into sentences, each short enough to be read as one utterance. */
export function splitForSpeech(text: string, max = maxUtteranceLength): string[] {
	const pieces: string[] = [];
	for (const line of text.split(/\n+/)) {
		const words = line.replace(/\s+/g, ' ').trim();
		if (!words) continue;
		for (const sentence of words.split(sentenceEnd)) pieces.push(...splitLong(sentence, max));
	}
	return pieces;
}

/** A sentence over the limit is cut after its last comma, else its last space, before the limit. */
function splitLong(sentence: string, max: number): string[] {
	const parts: string[] = [];
	let rest = sentence;
	while (rest.length > max) {
		const window = rest.slice(0, max + 1);
		const comma = window.lastIndexOf(', ');
		const space = window.lastIndexOf(' ');
		const cut = comma > 0 ? comma + 1 : space > 0 ? space : max;
		parts.push(rest.slice(0, cut).trim());
		rest = rest.slice(cut).trim();
	}
	if (rest) parts.push(rest);
	return parts;
}
