import type { IconName } from './components/ui/icon/icon-names.js';

/** handleplanmøde, opfølgning, 3-måneders evaluering, årligt teammøde, afslutning. */
export const meetingTypes = ['plan', 'follow_up', 'evaluation_3m', 'team_yearly', 'closing'] as const;
export type MeetingType = (typeof meetingTypes)[number];

export const meetingTypeIcons: Record<MeetingType, IconName> = {
	plan: 'list-checks',
	follow_up: 'calendar-days',
	evaluation_3m: 'message-circle-heart',
	team_yearly: 'users',
	closing: 'hand-heart'
};
