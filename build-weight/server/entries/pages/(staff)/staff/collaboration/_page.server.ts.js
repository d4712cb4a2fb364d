import { i as requireRole } from "../../../../../chunks/guards.js";
import { D as workerTrend, E as unitRatingOverview } from "../../../../../chunks/citizens.js";
// src/routes/(staff)/staff/collaboration/+page.server.ts
var load = (async () => {
	const staff = requireRole(["worker", "leader"]);
	return {
		isLeader: staff.role === "leader",
		/** The worker's own trend across their citizens; no citizen is named, so nothing is logged. */
		ownTrend: staff.role === "worker" ? await workerTrend(staff.id) : [],
		/** The leader's overview; naming a flagged citizen is logged for that citizen. */
		unit: staff.role === "leader" ? await unitRatingOverview(staff) : null
	};
});
export { load };

//# sourceMappingURL=_page.server.ts.js.map