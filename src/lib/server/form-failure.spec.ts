import { describe, expect, it } from 'vitest';
import da from '../../../messages/da.json' with { type: 'json' };
import { invalid } from './form-failure.js';

describe('invalid', () => {
	it('answers like fail() with every error key turned into words, keeping the rest of the data', () => {
		const failure = invalid(400, { values: { text: 'x' }, errors: { text: 'dreams_error_text', form: 'dreams_error_conflict' } });
		expect(failure.status).toBe(400);
		expect(failure.data).toEqual({ values: { text: 'x' }, errors: { text: da.dreams_error_text, form: da.dreams_error_conflict } });
	});
});
