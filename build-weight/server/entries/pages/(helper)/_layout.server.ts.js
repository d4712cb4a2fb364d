import { i as requireRole } from "../../../chunks/guards.js";
// src/routes/(helper)/+layout.server.ts
var load = (() => {
	requireRole(["relative", "guide"]);
});
export { load };

//# sourceMappingURL=_layout.server.ts.js.map