import { describe, expect, it } from 'vitest';
import { findHardMessages, findLongSentences, lix, sentences, wordCount } from './easy-read.ts';

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

	it('computes LIX: words per sentence plus the per cent of words over six letters', () => {
		// 9 words, 2 sentences, no long word: 4.5.
		expect(lix('Den lille kat sad på måtten. Den var glad.')).toBeCloseTo(4.5);
		// 3 words, 1 sentence, 2 long words (arbejdsmarkedet, udfordrende): 3 + 66.7.
		expect(lix('Arbejdsmarkedet er udfordrende.')).toBeCloseTo(3 + 200 / 3);
		// Punctuation is not a letter ("måtten," has six), a placeholder is a word but never long.
		expect(lix('Hej {displayName}, se måtten, nu.')).toBeCloseTo(5);
	});

	it('flags a long citizen message that reads hard, not a short one or a staff one', () => {
		const hard = 'Handleplansmødet gennemføres kvartalsvis. Socialpædagogiske indsatser evalueres løbende. Kontaktpersonen dokumenterer samarbejdsrelationen systematisk med borgeren hver måned, herunder udfordringer og opnåede resultater.';
		expect(findHardMessages({ meeting_intro: hard })).toHaveLength(1);
		expect(findHardMessages({ staff_intro: hard })).toHaveLength(0);
		expect(findHardMessages({ meeting_intro: 'Handleplansmødet gennemføres kvartalsvis.' })).toHaveLength(0);
	});
});
