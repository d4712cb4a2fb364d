import { dayOf, formatDate, formatTime } from '../../i18n/format.js';

/** Date and time of an ISO timestamp as the message parameters the print page uses. */
export const at = (iso: string) => ({ date: formatDate(dayOf(iso)), time: formatTime(iso) });
/** The date alone of an ISO timestamp. */
export const dayText = (iso: string) => formatDate(dayOf(iso));
