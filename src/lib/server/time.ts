export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Today's date as YYYY-MM-DD in Danish time, the calendar the unit works by. */
export function todayIso(now = new Date()): string {
	return now.toLocaleDateString('sv-SE', { timeZone: 'Europe/Copenhagen' });
}

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(to) - Date.parse(from)) / DAY);
}

/** The ISO date `days` after `date`. */
export function addDays(date: string, days: number): string {
	return new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10);
}
