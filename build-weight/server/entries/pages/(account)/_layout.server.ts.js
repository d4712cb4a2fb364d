import { a as requireUser } from "../../../chunks/guards.js";
// src/routes/(account)/+layout.server.ts
var load = (() => {
	requireUser();
});
export { load };

//# sourceMappingURL=_layout.server.ts.js.map