import { i as json, t as error } from "../../../../../../chunks/exports.js";
import { a as requireUser } from "../../../../../../chunks/guards.js";
import { i as relyingPartyFor, n as finishPasskeyRegistration } from "../../../../../../chunks/passkey.js";
import * as v from "valibot";
// src/routes/(account)/account/passkeys/register/+server.ts
var body = v.object({
	name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)),
	response: v.looseObject({
		id: v.string(),
		rawId: v.string(),
		type: v.literal("public-key"),
		response: v.looseObject({})
	})
});
/** Stores the passkey the browser just made, once its answer to our challenge checks out. */
var POST = async ({ request, url }) => {
	const user = requireUser();
	const parsed = v.safeParse(body, await request.json().catch(() => null));
	if (!parsed.success) error(400);
	const ok = await finishPasskeyRegistration(user.id, parsed.output.name, parsed.output.response, relyingPartyFor(url)).catch(() => false);
	return json({ ok }, { status: ok ? 200 : 400 });
};
export { POST };

//# sourceMappingURL=_server.ts.js.map