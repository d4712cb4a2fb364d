import { t as error } from "../../../../../chunks/exports.js";
import { a as requireUser } from "../../../../../chunks/guards.js";
import { a as removePasskey, r as listPasskeys } from "../../../../../chunks/passkey.js";
// src/routes/(account)/account/passkeys/+page.server.ts
var load = (async ({ url }) => {
	const user = requireUser();
	const passkeys = await listPasskeys(user.id);
	return {
		/** True right after activation: the page then offers passkeys as the next step. */
		isWelcome: url.searchParams.has("welcome"),
		homePath: user.role === "citizen" ? "/me" : user.role === "worker" || user.role === "leader" ? "/staff" : "/helper",
		passkeys: passkeys.map((p) => ({
			id: p.id,
			name: p.name ?? "",
			createdAt: p.createdAt.toISOString(),
			lastUsedAt: p.lastUsedAt?.toISOString() ?? null
		}))
	};
});
var actions = { remove: async ({ request, locals }) => {
	const user = requireUser();
	const id = String((await request.formData()).get("passkeyId") ?? "");
	if (!await removePasskey(user.id, id, locals.session.id)) error(404);
	return { removed: true };
} };
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map