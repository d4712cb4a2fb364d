// src/lib/plan-options.ts
/** The four steps of progress on a goal (DESIGN.md §2.2), shown as a simple picture. */
var progressSteps = [
	"not_started",
	"started",
	"nearly",
	"done"
];
/** Who does a step: "det gør jeg" or "det gør min kontaktperson". */
var stepOwners = ["me", "contact"];
export { stepOwners as n, progressSteps as t };

//# sourceMappingURL=plan-options.js.map