import { m } from '../paraglide/messages.js';
import type { MeetingType } from '../meeting-options.js';

const typeWords: Record<MeetingType, () => string> = {
	plan: m.meeting_type_plan,
	follow_up: m.meeting_type_follow_up,
	evaluation_3m: m.meeting_type_evaluation_3m,
	team_yearly: m.meeting_type_team_yearly,
	closing: m.meeting_type_closing
};
export const meetingTypeLabel = (type: MeetingType) => typeWords[type]();
