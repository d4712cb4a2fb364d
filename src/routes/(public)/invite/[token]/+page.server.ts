import { redirect } from '@sveltejs/kit';
import { invalid } from '#lib/server/form-failure.js';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { routes } from '#lib/routes.js';
import { parseForm } from '#lib/validation/form.js';
import { helperAccountSchema } from '#lib/validation/auth.js';
import { acceptHelperInvitation, checkHelperInvitation } from '#lib/server/access/grants.js';
import { createSession } from '#lib/server/auth/session.js';
import { setSessionCookie } from '#lib/server/auth/cookie.js';

const linkErrors = { invalid: 'invite_error_invalid', expired: 'invite_error_expired', used: 'invite_error_used' } as const;

export const load = (async ({ params, locals }) => {
	const check = await checkHelperInvitation(params.token);
	if (check.status !== 'valid') return { invitation: null, problem: linkErrors[check.status], me: null };
	const me = locals.user ? { name: locals.user.displayName, canAccept: locals.user.role === check.grant.kind } : null;
	return {
		/** Who invited, as what, and what they will see: enough to decide, nothing more. */
		invitation: { citizenName: check.citizenName, kind: check.grant.kind, areas: check.grant.areas, suggestedName: check.grant.name },
		problem: null,
		me
	};
}) satisfies PageServerLoad;

export const actions = {
	/** A new helper makes their account and is logged in. */
	create: async ({ params, request, cookies, url }) => {
		const data = await request.formData();
		const values = {
			displayName: String(data.get('displayName') ?? '').slice(0, 80),
			loginName: String(data.get('loginName') ?? '').slice(0, 40)
		};
		const parsed = parseForm(helperAccountSchema, data);
		if (!parsed.success) return invalid(400, { values, errors: parsed.errors });
		const result = await acceptHelperInvitation(params.token, { newAccount: parsed.output });
		if (result.status === 'login_name_taken') {
			return invalid(400, { values, errors: { loginName: 'activate_error_login_name_taken' } });
		}
		if (result.status !== 'accepted') {
			return invalid(400, { values, errors: { form: result.status === 'wrong_role' ? 'invite_error_wrong_role' : linkErrors[result.status] } });
		}
		const { token, expiresAt } = await createSession(result.userId, request.headers.get('user-agent') ?? '');
		setSessionCookie(cookies, url, token, expiresAt);
		redirect(303, localizeHref(routes.accountPasskeys(true)));
	},

	/** A helper who is already logged in adds this citizen to their account. */
	join: async ({ params, locals }) => {
		if (!locals.user) redirect(303, localizeHref(routes.login(routes.invitation(params.token))));
		const result = await acceptHelperInvitation(params.token, { existing: locals.user });
		if (result.status !== 'accepted') {
			const key = result.status === 'wrong_role' || result.status === 'login_name_taken' ? 'invite_error_wrong_role' : linkErrors[result.status];
			return invalid(400, { values: { displayName: '', loginName: '' }, errors: { form: key } });
		}
		redirect(303, localizeHref(routes.helperHome()));
	}
} satisfies Actions;
