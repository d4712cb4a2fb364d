import { i as json } from "../../../../../../chunks/exports.js";
import { a as requireUser } from "../../../../../../chunks/guards.js";
import { i as relyingPartyFor, s as startPasskeyRegistration } from "../../../../../../chunks/passkey.js";
// src/routes/(account)/account/passkeys/options/+server.ts
/** Registration options for a new passkey of the logged-in person. */
var POST = async ({ url }) => {
	const user = requireUser();
	return json(await startPasskeyRegistration(user.id, relyingPartyFor(url)));
};
export { POST };

//# sourceMappingURL=_server.ts.js.map