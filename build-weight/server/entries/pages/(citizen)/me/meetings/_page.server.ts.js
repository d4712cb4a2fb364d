import { r as requireCitizenSelf } from "../../../../../chunks/guards.js";
import { r as listMeetings } from "../../../../../chunks/meetings.js";
// src/routes/(citizen)/me/meetings/+page.server.ts
var load = (async () => {
	const { citizen } = await requireCitizenSelf();
	const now = Date.now();
	const meetings = (await listMeetings(citizen.id)).map((m) => ({
		id: m.id,
		type: m.type,
		startsAt: m.startsAt.toISOString(),
		place: m.place,
		participants: m.participants,
		isComing: m.startsAt.getTime() >= now - 72e5
	}));
	return {
		coming: meetings.filter((m) => m.isComing).reverse(),
		past: meetings.filter((m) => !m.isComing)
	};
});
export { load };

//# sourceMappingURL=_page.server.ts.js.map