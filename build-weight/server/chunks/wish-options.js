// src/lib/wish-options.ts
/** The leader's reasons for a "no", as templates the citizen sees in easy-read words. */
var declineReasons = [
	"no_room",
	"days",
	"talk_first",
	"other"
];
export { declineReasons as t };

//# sourceMappingURL=wish-options.js.map