import { r as requireCitizenSelf } from "../../../../../../chunks/guards.js";
import { n as listUnitWorkers } from "../../../../../../chunks/workers.js";
// src/routes/(citizen)/me/contact-person/workers/+page.server.ts
var load = (async ({ url }) => {
	const { citizen } = await requireCitizenSelf();
	const onlyWithRoom = url.searchParams.get("room") === "yes";
	const goodAt = (url.searchParams.get("goodAt") ?? "").trim().slice(0, 60);
	return {
		workers: (await listUnitWorkers(citizen.unitId)).filter((w) => (!onlyWithRoom || w.hasRoom) && (goodAt === "" || w.goodAt.toLocaleLowerCase("da").includes(goodAt.toLocaleLowerCase("da")))).map(({ capacity: _capacity, load: _load, ...w }) => w),
		filter: {
			onlyWithRoom,
			goodAt
		}
	};
});
export { load };

//# sourceMappingURL=_page.server.ts.js.map