import { r as requireCitizenSelf } from "../../../../../chunks/guards.js";
import { t as accessLogPage } from "../../../../../chunks/view.js";
// src/routes/(citizen)/me/access-log/+page.server.ts
var load = (async ({ url }) => {
	const { citizen } = await requireCitizenSelf();
	const person = url.searchParams.get("person") || null;
	return {
		...await accessLogPage(citizen.id, {
			person,
			before: url.searchParams.get("before"),
			after: url.searchParams.get("after")
		}),
		selectedPerson: person
	};
});
export { load };

//# sourceMappingURL=_page.server.ts.js.map