// src/lib/areas.ts
/** The areas a citizen can open to a relative or guide. New areas are added here; grants store them as data. */
var grantableAreas = [
	"dreams",
	"plan",
	"meetings",
	"ratings",
	"network"
];
function isGrantableArea(value) {
	return grantableAreas.includes(value);
}
export { isGrantableArea as n, grantableAreas as t };

//# sourceMappingURL=areas.js.map