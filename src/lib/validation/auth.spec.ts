import { describe, expect, it } from 'vitest';
import { parseForm } from './form.js';
import { activationCodeSchema, loginSchema, newAccountSchema } from './auth.js';

const form = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [key, value] of Object.entries(fields)) data.append(key, value);
	return data;
};

describe('loginSchema', () => {
	it('asks for both fields with their own message', () => {
		expect(parseForm(loginSchema, form({}))).toEqual({
			success: false,
			errors: { loginName: 'login_error_name_required', password: 'login_error_password_required' }
		});
	});

	it('trims the name but never the password', () => {
		const result = parseForm(loginSchema, form({ loginName: '  Anna ', password: ' secret ' }));
		expect(result.success && result.output).toMatchObject({ loginName: 'Anna', password: ' secret ' });
	});

	it('ignores repeated fields and refuses huge values', () => {
		const data = form({ loginName: 'anna', password: 'x' });
		data.append('loginName', 'bob');
		const result = parseForm(loginSchema, data);
		expect(result.success && result.output.loginName).toBe('anna');
		expect(parseForm(loginSchema, form({ loginName: 'a'.repeat(500), password: 'x' })).success).toBe(false);
	});
});

describe('activationCodeSchema', () => {
	it('normalises what people type', () => {
		const result = parseForm(activationCodeSchema, form({ code: 'acde fhjk-mnpr' }));
		expect(result.success && result.output.code).toBe('ACDEFHJKMNPR');
	});

	it('explains a missing or short code', () => {
		expect(parseForm(activationCodeSchema, form({ code: '' }))).toMatchObject({ errors: { code: 'activate_error_code_required' } });
		expect(parseForm(activationCodeSchema, form({ code: 'ACD' }))).toMatchObject({ errors: { code: 'activate_error_code_format' } });
	});
});

describe('newAccountSchema', () => {
	const valid = { code: 'ACDE-FHJK-MNPR', loginName: ' Søren ', password: 'long enough' };

	it('accepts a good account and lower-cases the name', () => {
		const result = parseForm(newAccountSchema, form(valid));
		expect(result.success && result.output.loginName).toBe('søren');
	});

	it('explains each problem', () => {
		expect(parseForm(newAccountSchema, form({ ...valid, password: 'short' }))).toMatchObject({
			errors: { password: 'activate_error_password_short' }
		});
		expect(parseForm(newAccountSchema, form({ ...valid, loginName: 'a b' }))).toMatchObject({
			errors: { loginName: 'activate_error_login_name_format' }
		});
	});
});

describe('radio groups left unanswered', () => {
	it('give the field its own message, not a technical one', async () => {
		const { dreamSchema } = await import('./dreams.js');
		expect(parseForm(dreamSchema, form({ text: 'x' }))).toMatchObject({
			errors: { lifeArea: 'dreams_error_area', visibility: 'dreams_error_visibility' }
		});
	});
});
