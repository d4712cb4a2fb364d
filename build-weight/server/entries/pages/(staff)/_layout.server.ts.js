import { i as requireRole } from "../../../chunks/guards.js";
// src/routes/(staff)/+layout.server.ts
var load = (() => {
	requireRole(["worker", "leader"]);
});
export { load };

//# sourceMappingURL=_layout.server.ts.js.map