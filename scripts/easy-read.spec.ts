import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { findForbiddenWords, findHardMessages, findLongSentences, forbiddenWords, lix, lixSummary, sentences, wordCount } from './easy-read.ts';

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

	const glossary = [
		'# Ordliste',
		'| Thing | Dansk |',
		'| `kontaktperson` is not read here | |',
		'## Ord, vi ikke bruger (lint: da)',
		'| Undgå | Skriv i stedet |',
		'|---|---|',
		'| `fx` `kl.` | for eksempel, klokken |',
		'| `enhed*` `data` | telefon, oplysninger |',
		'| `din log` | Hvem har set mine oplysninger |',
		'## Words (lint: en)',
		'| `e.g.` | for example |'
	].join('\n');

	it('reads the word lists of the glossary by their lint tag, only from tagged sections', () => {
		const lists = forbiddenWords(glossary);
		expect(Object.keys(lists)).toEqual(['da', 'en']);
		expect(lists.da!.map((w) => w.pattern)).toEqual(['fx', 'kl.', 'enhed*', 'data', 'din log']);
		expect(lists.en!.map((w) => w.pattern)).toEqual(['e.g.']);
	});

	it('finds forbidden words as whole words, any case, ignoring placeholders and staff messages', () => {
		const words = forbiddenWords(glossary).da!;
		const found = findForbiddenWords(
			{
				hint: 'Fx dit fornavn.',
				when: '{date} kl. {time}',
				device: 'Dine enheder',
				log: 'Så din   log i går.',
				fine: 'Log ind. Vælg en dato. Skriv {data}. Det er til fx-folk? Nej: enhedsløs.',
				staff_hint: 'Fx hvis brevet er væk, kl. 10 på enheden.'
			},
			words
		);
		expect(found.map((problem) => problem.split(':')[0])).toEqual(['hint', 'when', 'device', 'log', 'fine', 'fine']);
		// "fx-folk" is the word fx before a hyphen; "enhedsløs" starts with enhed: both found, as the glossary asks.
		expect(found[4]).toContain('"fx"');
		expect(found[5]).toContain('"enhed"');
		expect(findForbiddenWords({ staff_hint: 'Fx' }, words, { staffToo: true })).toHaveLength(1);
	});

	it('sums up: messages checked, LIX of them all, and the hardest long message', () => {
		const summary = lixSummary({
			$schema: 'x',
			short: 'Den lille kat sad på måtten',
			long: 'Den lille kat sad på måtten. Den var glad. Arbejdsmarkedet er udfordrende for katte og hunde i dag og i morgen.',
			staff_long: 'Handleplansmødet gennemføres kvartalsvis med socialpædagogiske indsatser og dokumentation hver måned og år.'
		});
		expect(summary.checked).toBe(2);
		// 6 + 21 words in 4 sentences ("short" gets its full stop), 2 long words (måtten has only six letters).
		expect(summary.overall).toBeCloseTo(27 / 4 + 200 / 27);
		// "long": 21 words in 3 sentences, the same 2 long words; "short" has too few words to be ranked.
		expect(summary.hardest).toMatchObject({ key: 'long' });
		expect(summary.hardest.lix).toBeCloseTo(21 / 3 + 200 / 21);
	});

	it('the real glossary lists Danish and English words, and every message passes them', () => {
		const lists = forbiddenWords(readFileSync('messages/GLOSSARY.md', 'utf8'));
		expect(lists.da!.map((w) => w.pattern)).toEqual(expect.arrayContaining(['fx', 'kl.', 'JSON*', 'browser*', 'enhed*', 'data']));
		expect(lists['en-all']!.map((w) => w.pattern)).toEqual(['kontaktperson*']);
		const da = JSON.parse(readFileSync('messages/da.json', 'utf8'));
		const en = JSON.parse(readFileSync('messages/en.json', 'utf8'));
		expect(findForbiddenWords(da, lists.da!)).toEqual([]);
		expect(findForbiddenWords(en, lists.en!)).toEqual([]);
		expect(findForbiddenWords(en, lists['en-all']!, { staffToo: true })).toEqual([]);
	});
});
