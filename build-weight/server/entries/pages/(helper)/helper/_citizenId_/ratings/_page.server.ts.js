import { i as requireRole, n as requireCitizenAccess } from "../../../../../../chunks/guards.js";
import { C as listRatings } from "../../../../../../chunks/citizens.js";
import { l as listCitizensForHelper } from "../../../../../../chunks/grants.js";
import { r as getLocale } from "../../../../../../chunks/runtime.js";
// src/routes/(helper)/helper/[citizenId]/ratings/+page.server.ts
var load = (async ({ params }) => {
	const helper = requireRole(["relative", "guide"]);
	await requireCitizenAccess(params.citizenId, "ratings");
	const [entry] = (await listCitizensForHelper(helper.id)).filter((c) => c.citizenId === params.citizenId);
	return {
		citizenId: params.citizenId,
		name: entry?.name ?? "",
		ratings: (await listRatings(params.citizenId, getLocale())).map(({ isLow: _low, isFalling: _falling, ...row }) => row)
	};
});
export { load };

//# sourceMappingURL=_page.server.ts.js.map