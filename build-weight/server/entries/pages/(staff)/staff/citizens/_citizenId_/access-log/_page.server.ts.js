import { i as requireRole, n as requireCitizenAccess } from "../../../../../../../chunks/guards.js";
import { t as accessLogPage } from "../../../../../../../chunks/view.js";
import { r as getCitizenOverview } from "../../../../../../../chunks/citizens.js";
// src/routes/(staff)/staff/citizens/[citizenId]/access-log/+page.server.ts
var load = (async ({ params, url }) => {
	requireRole(["worker", "leader"]);
	const { citizen } = await requireCitizenAccess(params.citizenId, "access-log");
	const person = url.searchParams.get("person") || null;
	const { name } = await getCitizenOverview(citizen);
	const page = await accessLogPage(citizen.id, {
		person,
		before: url.searchParams.get("before"),
		after: url.searchParams.get("after")
	});
	return {
		name,
		citizenId: citizen.id,
		...page,
		selectedPerson: person
	};
});
export { load };

//# sourceMappingURL=_page.server.ts.js.map