import { i as requireRole, n as requireCitizenAccess } from "../../../../../../chunks/guards.js";
import { i as getPlan } from "../../../../../../chunks/plan.js";
import { l as listCitizensForHelper } from "../../../../../../chunks/grants.js";
// src/routes/(helper)/helper/[citizenId]/plan/+page.server.ts
var load = (async ({ params }) => {
	const helper = requireRole(["relative", "guide"]);
	await requireCitizenAccess(params.citizenId, "plan");
	const [entry] = (await listCitizensForHelper(helper.id)).filter((c) => c.citizenId === params.citizenId);
	return {
		citizenId: params.citizenId,
		name: entry?.name ?? "",
		plan: await getPlan(params.citizenId, (d) => d.visibility === "relatives")
	};
});
export { load };

//# sourceMappingURL=_page.server.ts.js.map