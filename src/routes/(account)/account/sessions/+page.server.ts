import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '#lib/server/auth/guards.js';
import { invalidateOwnSession, invalidateUserSessions, listUserSessions } from '#lib/server/auth/session.js';
import { describeDevice } from '#lib/server/auth/device-name.js';
import { deleteSessionCookie } from '#lib/server/auth/cookie.js';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { routes } from '#lib/routes.js';

export const load = (async ({ locals }) => {
	const user = requireUser();
	const sessions = await listUserSessions(user.id);
	return {
		/** Each session with its device in words; `isCurrent` marks the one in use. */
		sessions: sessions.map((s) => ({
			id: s.id,
			device: describeDevice(s.userAgent),
			lastUsedAt: s.lastUsedAt.toISOString(),
			isCurrent: s.id === locals.session?.id
		}))
	};
}) satisfies PageServerLoad;

export const actions = {
	end: async ({ request, locals, cookies, url }) => {
		const user = requireUser();
		const sessionId = String((await request.formData()).get('sessionId') ?? '');
		// Another person's session (or one already ended) is answered as if it did not exist.
		if (!(await invalidateOwnSession(user.id, sessionId))) error(404);
		if (sessionId === locals.session?.id) {
			deleteSessionCookie(cookies, url);
			redirect(303, localizeHref(routes.logout()));
		}
		return { ended: true };
	},

	endAll: async ({ cookies, url }) => {
		const user = requireUser();
		await invalidateUserSessions(user.id);
		deleteSessionCookie(cookies, url);
		redirect(303, localizeHref(routes.logout()));
	}
} satisfies Actions;
