import { describe, expect, it } from 'vitest';
import da from '../../../messages/da.json' with { type: 'json' };
import { formErrorText } from './form-errors.js';

describe('formErrorText', () => {
	it('gives the Danish words for a known key', () => {
		expect(formErrorText('login_error_failed')).toBe(da.login_error_failed);
	});

	it('falls back to the generic text for an unknown key', () => {
		expect(formErrorText('no_such_key')).toBe(da.error_generic_text);
	});
});
