import { i as requireRole, n as requireCitizenAccess } from "../../../../../../chunks/guards.js";
import { l as listCitizensForHelper } from "../../../../../../chunks/grants.js";
// src/routes/(helper)/helper/[citizenId]/[area=grantable]/+page.server.ts
var load = (async ({ params }) => {
	const helper = requireRole(["relative", "guide"]);
	await requireCitizenAccess(params.citizenId, params.area);
	const [entry] = (await listCitizensForHelper(helper.id)).filter((c) => c.citizenId === params.citizenId);
	return {
		area: params.area,
		citizenId: params.citizenId,
		name: entry?.name ?? ""
	};
});
export { load };

//# sourceMappingURL=_page.server.ts.js.map