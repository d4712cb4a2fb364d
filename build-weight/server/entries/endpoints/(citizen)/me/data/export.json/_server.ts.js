import { i as json } from "../../../../../../chunks/exports.js";
import { r as requireCitizenSelf } from "../../../../../../chunks/guards.js";
import { n as exportCitizenData } from "../../../../../../chunks/my-data.js";
import { s as todayIso } from "../../../../../../chunks/time.js";
// src/routes/(citizen)/me/data/export.json/+server.ts
/** Everything about the logged-in citizen as one JSON file (structure: README, "Mine oplysninger"). */
var GET = async () => {
	const { user, citizen } = await requireCitizenSelf();
	const data = await exportCitizenData(citizen, user, "file");
	return json(data, { headers: {
		"content-disposition": `attachment; filename="samklang-mine-data-${todayIso()}.json"`,
		"cache-control": "private, no-store"
	} });
};
export { GET };

//# sourceMappingURL=_server.ts.js.map