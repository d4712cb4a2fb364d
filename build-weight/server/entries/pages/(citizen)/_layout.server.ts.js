import { i as requireRole } from "../../../chunks/guards.js";
// src/routes/(citizen)/+layout.server.ts
var load = (() => {
	requireRole(["citizen"]);
});
export { load };

//# sourceMappingURL=_layout.server.ts.js.map