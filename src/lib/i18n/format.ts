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
