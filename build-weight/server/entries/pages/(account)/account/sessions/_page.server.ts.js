import { a as redirect, t as error } from "../../../../../chunks/exports.js";
import { a as requireUser } from "../../../../../chunks/guards.js";
import { a as invalidateUserSessions, o as listUserSessions, r as invalidateOwnSession } from "../../../../../chunks/session.js";
import { t as describeDevice } from "../../../../../chunks/device-name.js";
import { t as deleteSessionCookie } from "../../../../../chunks/cookie.js";
import { l as localizeHref } from "../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../chunks/routes.js";
// src/routes/(account)/account/sessions/+page.server.ts
var load = (async ({ locals }) => {
	const user = requireUser();
	return { 
	/** Each session with its device in words; `isCurrent` marks the one in use. */
sessions: (await listUserSessions(user.id)).map((s) => ({
		id: s.id,
		device: describeDevice(s.userAgent),
		lastUsedAt: s.lastUsedAt.toISOString(),
		isCurrent: s.id === locals.session?.id
	})) };
});
var actions = {
	end: async ({ request, locals, cookies, url }) => {
		const user = requireUser();
		const sessionId = String((await request.formData()).get("sessionId") ?? "");
		if (!await invalidateOwnSession(user.id, sessionId)) error(404);
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
};
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map