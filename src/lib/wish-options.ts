/** The leader's reasons for a "no", as templates the citizen sees in easy-read words. */
export const declineReasons = ['no_room', 'days', 'talk_first', 'other'] as const;
export type DeclineReason = (typeof declineReasons)[number];
