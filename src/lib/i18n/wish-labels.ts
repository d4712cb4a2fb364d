import { m } from '../paraglide/messages.js';
import type { DeclineReason } from '../wish-options.js';

const declineWords: Record<DeclineReason, () => string> = {
	no_room: m.decline_no_room,
	days: m.decline_days,
	talk_first: m.decline_talk_first,
	other: m.decline_other
};
/** The leader's reason for a "no", from the templates, in easy-read words. */
export const declineLabel = (reason: DeclineReason) => declineWords[reason]();
