import { i as json } from "../../../../../../chunks/exports.js";
import { i as relyingPartyFor, o as startPasskeyLogin } from "../../../../../../chunks/passkey.js";
// src/routes/(public)/login/passkey/options/+server.ts
/** A fresh challenge for logging in with a passkey. */
var POST = async ({ url }) => json(await startPasskeyLogin(relyingPartyFor(url)));
export { POST };

//# sourceMappingURL=_server.ts.js.map