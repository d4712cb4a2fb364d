import { getLocale } from '../paraglide/runtime.js';
import { copenhagenDay, copenhagenFormat } from '../copenhagen-format.js';

/** The page's language as a locale for dates and times. */
const displayLocale = () => (getLocale() === 'da' ? 'da-DK' : 'en-GB');

/** "3. februar 2027" / "3 February 2027" for an ISO date, in the page's language. */
export function formatDate(isoDate: string): string {
	const date = new Date(`${isoDate}T12:00:00Z`);
	return copenhagenFormat(displayLocale(), { day: 'numeric', month: 'long', year: 'numeric' }).format(date);
}

/** "14.05" / "14:05" for an ISO timestamp, in Danish time. */
export function formatTime(isoTimestamp: string): string {
	return copenhagenFormat(displayLocale(), { hour: '2-digit', minute: '2-digit' }).format(new Date(isoTimestamp));
}

/** The calendar day (YYYY-MM-DD) of an ISO timestamp in Danish time. */
export function dayOf(isoTimestamp: string): string {
	return copenhagenDay(new Date(isoTimestamp));
}
