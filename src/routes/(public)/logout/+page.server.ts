import { redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { routes } from '#lib/routes.js';
import { invalidateSession } from '#lib/server/auth/session.js';
import { deleteSessionCookie } from '#lib/server/auth/cookie.js';

export const load = (({ locals }) => ({ isLoggedIn: locals.user !== null })) satisfies PageServerLoad;

export const actions = {
	/** Ends the session on the server, not only the cookie, so a copied cookie stops working too. */
	default: async ({ locals, cookies, url }) => {
		if (locals.session) await invalidateSession(locals.session.id);
		deleteSessionCookie(cookies, url);
		redirect(303, localizeHref(routes.logout()));
	}
} satisfies Actions;
