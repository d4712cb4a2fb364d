import { a as supportTeam } from "./citizens.js";
import { s as todayIso } from "./time.js";
import { f as proposedMeetings, p as teamStartDate, r as listMeetings } from "./meetings.js";
// src/lib/server/meetings/proposals.ts
/**
* The evaluations the citizen is due, from their start date and (for a team) the team's start.
* Pass the citizen's meetings when the page has read them already.
*/
async function proposalsFor(target, meetings, today = todayIso()) {
	const known = meetings ?? await listMeetings(target.id);
	return proposedMeetings({
		startDate: target.startDate,
		teamStartDate: teamStartDate(await supportTeam(target.id, today)),
		meetings: known.map((m) => ({
			type: m.type,
			startsOn: m.startsAt.toISOString().slice(0, 10),
			isCancelled: m.cancelledAt !== null
		})),
		today
	});
}
export { proposalsFor as t };

//# sourceMappingURL=proposals.js.map