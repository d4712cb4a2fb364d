import * as v from 'valibot';
import { CODE_LENGTH, normalizeCode } from './invitation-code.js';

/** A missing field arrives as undefined: treat it as an empty string so the "required" message shows. */
const text = () => v.optional(v.string(), '');

export const loginSchema = v.object({
	loginName: v.pipe(
		text(),
		v.trim(),
		v.nonEmpty('login_error_name_required'),
		v.maxLength(100, 'login_error_too_long')
	),
	password: v.pipe(text(), v.nonEmpty('login_error_password_required'), v.maxLength(1000, 'login_error_too_long')),
	next: v.optional(v.string())
});

export const activationCodeSchema = v.object({
	code: v.pipe(
		text(),
		v.nonEmpty('activate_error_code_required'),
		v.transform(normalizeCode),
		v.length(CODE_LENGTH, 'activate_error_code_format')
	)
});

/**
 * Log-in name and password chosen by a new person; shared by citizens' activation and helpers'
 * invitations. The password is typed once: "Vis adgangskode" lets the person see what they typed.
 */
const accountEntries = {
	loginName: v.pipe(
		text(),
		v.trim(),
		v.toLowerCase(),
		v.nonEmpty('activate_error_login_name_required'),
		v.regex(/^[a-zæøå0-9][a-zæøå0-9._-]{1,39}$/, 'activate_error_login_name_format')
	),
	password: v.pipe(
		text(),
		v.minLength(8, 'activate_error_password_short'),
		v.maxLength(200, 'activate_error_password_long')
	)
};

export const newAccountSchema = v.object({ ...activationCodeSchema.entries, ...accountEntries });

export const helperAccountSchema = v.object({
	displayName: v.pipe(text(), v.trim(), v.nonEmpty('helpers_error_name'), v.maxLength(80, 'helpers_error_name_long')),
	...accountEntries
});

export const changePasswordSchema = v.object({
	currentPassword: v.pipe(text(), v.nonEmpty('login_error_password_required'), v.maxLength(1000, 'login_error_too_long')),
	password: accountEntries.password
});
