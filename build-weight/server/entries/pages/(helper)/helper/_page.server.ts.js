import { i as requireRole } from "../../../../chunks/guards.js";
import { l as listCitizensForHelper, o as hasEndedAccess } from "../../../../chunks/grants.js";
// src/routes/(helper)/helper/+page.server.ts
var load = (async () => {
	const helper = requireRole(["relative", "guide"]);
	/** The citizens who invited this helper and whose grant is active now. Names only: no citizen data is read here. */
	const citizens = await listCitizensForHelper(helper.id);
	return {
		citizens,
		hasAccessEnded: citizens.length === 0 && await hasEndedAccess(helper.id)
	};
});
export { load };

//# sourceMappingURL=_page.server.ts.js.map