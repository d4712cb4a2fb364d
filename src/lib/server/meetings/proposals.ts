import type { Citizen, Meeting } from '../db/schema/index.js';
import { supportTeam } from '../citizens.js';
import { todayIso } from '../time.js';
import { listMeetings } from './meetings.js';
import { proposedMeetings, teamStartDate } from './meeting-rules.js';

/**
 * The evaluations the citizen is due, from their start date and (for a team) the team's start.
 * Pass the citizen's meetings when the page has read them already.
 */
export async function proposalsFor(target: Citizen, meetings?: readonly Meeting[], today = todayIso()) {
	const known = meetings ?? (await listMeetings(target.id));
	return proposedMeetings({
		startDate: target.startDate,
		teamStartDate: teamStartDate(await supportTeam(target.id, today)),
		meetings: known.map((m) => ({ type: m.type, startsOn: m.startsAt.toISOString().slice(0, 10), isCancelled: m.cancelledAt !== null })),
		today
	});
}
