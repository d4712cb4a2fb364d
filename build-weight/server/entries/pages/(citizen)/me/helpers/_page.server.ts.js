import { r as requireCitizenSelf } from "../../../../../chunks/guards.js";
import { s as helperView, u as listGrantsForCitizen } from "../../../../../chunks/grants.js";
// src/routes/(citizen)/me/helpers/+page.server.ts
var load = (async ({ url }) => {
	const { citizen } = await requireCitizenSelf();
	return {
		/** Invited and active helpers, and staff suggestions waiting for an answer. */
		helpers: (await listGrantsForCitizen(citizen.id)).map(({ grant }) => helperView(grant)),
		removedName: url.searchParams.get("removed")?.slice(0, 80) ?? null
	};
});
export { load };

//# sourceMappingURL=_page.server.ts.js.map