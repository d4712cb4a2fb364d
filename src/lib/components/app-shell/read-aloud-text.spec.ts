import { describe, expect, it } from 'vitest';
import { maxUtteranceLength, splitForSpeech } from './read-aloud-text.js';

describe('splitForSpeech', () => {
	it('reads sentence by sentence, line by line', () => {
		expect(splitForSpeech('Hej Bent\n\nHvad vil du gøre i dag? Vælg en ting. Ring til os: 70 20 30 40')).toEqual([
			'Hej Bent',
			'Hvad vil du gøre i dag?',
			'Vælg en ting.',
			'Ring til os: 70 20 30 40'
		]);
	});

	it('keeps a date in one piece', () => {
		expect(splitForSpeech('Mødet er den 3. marts. Kom gerne.')).toEqual(['Mødet er den 3. marts.', 'Kom gerne.']);
	});

	it('cuts a long sentence at a comma or a space, never over the limit', () => {
		const long = `${'ord '.repeat(120)}slut, ${'mere '.repeat(80)}`;
		const pieces = splitForSpeech(long);
		expect(pieces.length).toBeGreaterThan(2);
		expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(maxUtteranceLength);
		expect(pieces.join(' ').replace(/\s+/g, ' ')).toBe(long.trim());
	});

	it('cuts a word longer than the limit', () => {
		const pieces = splitForSpeech('x'.repeat(450));
		expect(pieces.map((p) => p.length)).toEqual([200, 200, 50]);
	});

	it('says nothing for an empty page', () => {
		expect(splitForSpeech(' \n \n')).toEqual([]);
	});
});
