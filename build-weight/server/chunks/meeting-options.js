// src/lib/meeting-options.ts
/** handleplanmøde, opfølgning, 3-måneders evaluering, årligt teammøde, afslutning. */
var meetingTypes = [
	"plan",
	"follow_up",
	"evaluation_3m",
	"team_yearly",
	"closing"
];
var meetingTypeIcons = {
	plan: "list-checks",
	follow_up: "calendar-days",
	evaluation_3m: "message-circle-heart",
	team_yearly: "users",
	closing: "hand-heart"
};
export { meetingTypes as n, meetingTypeIcons as t };

//# sourceMappingURL=meeting-options.js.map