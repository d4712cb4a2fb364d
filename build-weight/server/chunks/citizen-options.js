// src/lib/citizen-options.ts
/** Weekly hours bands and legal bases of a citizen's support, shared by the schema and the pages. */
var hoursBands = [
	"1-5",
	"6-10",
	"10-15"
];
/** Serviceloven § 85 (socialpædagogisk støtte) or § 99 (støtte- og kontaktperson). */
var legalBases = ["sel85", "sel99"];
export { legalBases as n, hoursBands as t };

//# sourceMappingURL=citizen-options.js.map