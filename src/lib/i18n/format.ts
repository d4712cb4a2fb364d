import { getLocale } from '../paraglide/runtime.js';

/** "3. februar 2027" / "3 February 2027" for an ISO date, in the page's language. */
export function formatDate(isoDate: string): string {
	const date = new Date(`${isoDate}T12:00:00Z`);
	return date.toLocaleDateString(getLocale() === 'da' ? 'da-DK' : 'en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'Europe/Copenhagen'
	});
}

/** "14.05" / "14:05" for an ISO timestamp, in Danish time. */
export function formatTime(isoTimestamp: string): string {
	return new Date(isoTimestamp).toLocaleTimeString(getLocale() === 'da' ? 'da-DK' : 'en-GB', {
		hour: '2-digit',
		minute: '2-digit',
		timeZone: 'Europe/Copenhagen'
	});
}

/** The calendar day (YYYY-MM-DD) of an ISO timestamp in Danish time. */
export function dayOf(isoTimestamp: string): string {
	return new Date(isoTimestamp).toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
}
