import { r as requireCitizenSelf } from "../../../../../../chunks/guards.js";
import { n as exportCitizenData } from "../../../../../../chunks/my-data.js";
// src/routes/(citizen)/me/data/print/+page.server.ts
var load = (async () => {
	const { user, citizen } = await requireCitizenSelf();
	/** The same content as the JSON file, to read and print. */
	return { data: await exportCitizenData(citizen, user, "page") };
});
export { load };

//# sourceMappingURL=_page.server.ts.js.map