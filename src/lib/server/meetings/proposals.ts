import type { Citizen } from '../db/schema/index.js';
import { currentSupporters } from '../citizens.js';
import { todayIso } from '../time.js';
import { listMeetings } from './meetings.js';
import { proposedMeetings } from './meeting-rules.js';

/** The evaluations the citizen is due, from their start date and (for a team) the team's start. */
export async function proposalsFor(target: Citizen, today = todayIso()) {
	const supporters = ((await currentSupporters([target.id], today)).get(target.id) ?? []).filter((s) => s.role !== 'cover');
	const teamStartDate = supporters.length > 1 ? supporters.map((s) => s.fromDate).sort().at(-1)! : null;
	const meetings = (await listMeetings(target.id)).map((m) => ({ type: m.type, startsOn: m.startsAt.toISOString().slice(0, 10), isCancelled: m.cancelledAt !== null }));
	return proposedMeetings({ startDate: target.startDate, teamStartDate, meetings, today });
}
