import { describe, expect, it } from 'vitest';
import { findLongSentences, sentences, wordCount } from './easy-read.ts';

describe('easy-read lint', () => {
	it('splits sentences and counts words', () => {
		expect(sentences('Skriv koden her. Prøv igen!')).toEqual(['Skriv koden her.', 'Prøv igen!']);
		expect(wordCount('Hej {name} – velkommen § 85')).toBe(4);
	});

	it('flags a citizen sentence over 15 words, not a staff one', () => {
		const long = 'en to tre fire fem seks syv otte ni ti elleve tolv tretten fjorten femten seksten.';
		expect(findLongSentences({ home_intro: long })).toHaveLength(1);
		expect(findLongSentences({ staff_intro: long })).toHaveLength(0);
		expect(findLongSentences({ home_intro: 'Kort. Også kort.' })).toHaveLength(0);
	});
});
