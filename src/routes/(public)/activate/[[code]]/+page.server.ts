import { redirect } from '@sveltejs/kit';
import { invalid } from '#lib/server/form-failure.js';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { homeFor, routes } from '#lib/routes.js';
import { parseForm } from '#lib/validation/form.js';
import { activationCodeSchema, newAccountSchema } from '#lib/validation/auth.js';
import { formatCode, normalizeCode } from '#lib/validation/invitation-code.js';
import { checkActivationCode, redeemActivationCode, suggestLoginName } from '#lib/server/auth/invitation.js';
import { finishAttempt, limits, startAttempt } from '#lib/server/auth/rate-limit.js';
import { createSession, invalidateUserSessions } from '#lib/server/auth/session.js';
import { setSessionCookie } from '#lib/server/auth/cookie.js';

const codeErrors = {
	invalid: 'activate_error_code_invalid',
	expired: 'activate_error_code_expired',
	used: 'activate_error_code_used',
	// A leader's reset code works only a day after it was made.
	not_yet: 'activate_error_code_not_yet'
} as const;

export const load = (({ params, locals }) => {
	if (locals.user) redirect(303, localizeHref(homeFor(locals.user.role)));
	/** The code from a scanned QR link (`/activate/<code>`), to fill in the field. */
	return { code: params.code ? formatCode(normalizeCode(params.code.slice(0, 40))) : '' };
}) satisfies PageServerLoad;

export const actions = {
	/** Step 1: is the code good? Nothing is used up yet. */
	check: async ({ request, getClientAddress }) => {
		const data = await request.formData();
		const values = { code: String(data.get('code') ?? '').slice(0, 40) };
		const parsed = parseForm(activationCodeSchema, data);
		if (!parsed.success) return invalid(400, { step: 'code' as const, values, errors: parsed.errors });

		const attempt = await startAttempt([limits.activateAddress(getClientAddress())]);
		if (!attempt) return invalid(429, { step: 'code' as const, values, errors: { code: 'activate_error_limited' } });
		const result = await checkActivationCode(parsed.output.code);
		await finishAttempt(attempt, result.status === 'valid');
		if (result.status !== 'valid') {
			return invalid(400, { step: 'code' as const, values, errors: { code: codeErrors[result.status] } });
		}
		return {
			step: 'account' as const,
			code: formatCode(parsed.output.code),
			displayName: result.displayName,
			values: { loginName: await suggestLoginName(result.displayName) },
			errors: {}
		};
	},

	/** Step 2: choose a log-in name and password; uses the code and logs in. */
	activate: async ({ request, cookies, url, getClientAddress }) => {
		const data = await request.formData();
		const code = String(data.get('code') ?? '').slice(0, 40);
		const values = { loginName: String(data.get('loginName') ?? '').slice(0, 40) };
		const attempt = await startAttempt([limits.activateAddress(getClientAddress())]);
		if (!attempt) return invalid(429, { step: 'code' as const, values: { code }, errors: { code: 'activate_error_limited' } });
		const codeCheck = await checkActivationCode(code);
		await finishAttempt(attempt, codeCheck.status === 'valid');
		if (codeCheck.status !== 'valid') {
			return invalid(400, { step: 'code' as const, values: { code }, errors: { code: codeErrors[codeCheck.status] } });
		}
		const account = { step: 'account' as const, code, displayName: codeCheck.displayName, values };

		const parsed = parseForm(newAccountSchema, data);
		if (!parsed.success) return invalid(400, { ...account, errors: parsed.errors });

		const result = await redeemActivationCode(parsed.output.code, parsed.output.loginName, parsed.output.password);
		if (result.status === 'login_name_taken') {
			return invalid(400, { ...account, errors: { loginName: 'activate_error_login_name_taken' } });
		}
		if (result.status !== 'activated') {
			return invalid(400, { step: 'code' as const, values: { code }, errors: { code: codeErrors[result.status] } });
		}
		// A code used to reset a forgotten password ends every session made with the old one.
		await invalidateUserSessions(result.userId);
		const { token, expiresAt } = await createSession(result.userId, request.headers.get('user-agent') ?? '');
		setSessionCookie(cookies, url, token, expiresAt);
		// Next step: offer fingerprint or face, so the password need not be remembered.
		redirect(303, localizeHref(routes.accountPasskeys(true)));
	}
} satisfies Actions;
