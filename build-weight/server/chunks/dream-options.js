// src/lib/dream-options.ts
/** The life areas of DESIGN.md §2.1, each with its icon. */
var lifeAreas = [
	"home",
	"work",
	"health",
	"family",
	"leisure",
	"money",
	"other"
];
var lifeAreaIcons = {
	home: "house",
	work: "briefcase",
	health: "heart-pulse",
	family: "users",
	leisure: "bike",
	money: "piggy-bank",
	other: "circle-ellipsis"
};
/** kun mig / mit team / også mine pårørende. "me" hides a dream from staff too. */
var dreamVisibilities = [
	"me",
	"team",
	"relatives"
];
export { lifeAreaIcons as n, lifeAreas as r, dreamVisibilities as t };

//# sourceMappingURL=dream-options.js.map