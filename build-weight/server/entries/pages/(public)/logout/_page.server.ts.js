import { a as redirect } from "../../../../chunks/exports.js";
import { l as localizeHref } from "../../../../chunks/runtime.js";
import { n as routes } from "../../../../chunks/routes.js";
import { i as invalidateSession } from "../../../../chunks/session.js";
import { t as deleteSessionCookie } from "../../../../chunks/cookie.js";
// src/routes/(public)/logout/+page.server.ts
var load = (({ locals }) => ({ isLoggedIn: locals.user !== null }));
var actions = { 
/** Ends the session on the server, not only the cookie, so a copied cookie stops working too. */
default: async ({ locals, cookies, url }) => {
	if (locals.session) await invalidateSession(locals.session.id);
	deleteSessionCookie(cookies, url);
	redirect(303, localizeHref(routes.logout()));
} };
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map