import { describe, expect, it } from 'vitest';
import { parseForm } from './form.js';
import { answersOf, ratingSchema } from './ratings.js';

const form = (entries: Record<string, string>) => {
	const data = new FormData();
	for (const [key, value] of Object.entries(entries)) data.append(key, value);
	return data;
};

describe('ratingSchema', () => {
	const schema = ratingSchema(['a', 'b']);

	it('takes faces and skips, and gives the answered questions', () => {
		const parsed = parseForm(schema, form({ 'q-a': 'good', 'q-b': 'skip', setId: 's', clientId: 'c' }));
		if (!parsed.success) throw new Error(JSON.stringify(parsed.errors));
		expect(answersOf(parsed.output, ['a', 'b'])).toEqual({ a: 'good' });
		expect(parsed.output.clientId).toBe('c');
	});

	it('refuses a rating with nothing in it, and an answer that is not a face', () => {
		// The problem sits on the first question with no choice at all, so the error summary can link to it.
		expect(parseForm(schema, form({ 'q-a': 'skip' }))).toEqual({ success: false, errors: { 'q-b': 'collab_error_empty' } });
		expect(parseForm(schema, form({}))).toEqual({ success: false, errors: { 'q-a': 'collab_error_empty' } });
		expect(parseForm(schema, form({ 'q-a': 'skip', 'q-b': 'skip' }))).toEqual({ success: false, errors: { 'q-a': 'collab_error_empty' } });
		expect(parseForm(ratingSchema([]), form({}))).toEqual({ success: false, errors: { form: 'collab_error_empty' } });
		expect(parseForm(schema, form({ 'q-a': 'fantastic' }))).toMatchObject({ success: false, errors: { 'q-a': 'collab_error_answer' } });
		expect(parseForm(schema, form({ comment: 'x'.repeat(1001) }))).toMatchObject({ success: false, errors: { comment: 'collab_error_comment_long' } });
	});

	it('a comment alone is a rating', () => {
		expect(parseForm(schema, form({ comment: '  Tak for i dag  ' }))).toMatchObject({ success: true, output: { comment: 'Tak for i dag' } });
	});
});
