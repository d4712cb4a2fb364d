import { copenhagenDay, copenhagenFormat } from '../copenhagen-format.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Today's date as YYYY-MM-DD in Danish time, the calendar the unit works by. */
export function todayIso(now = new Date()): string {
	return copenhagenDay(now);
}

/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
	return Math.round((Date.parse(to) - Date.parse(from)) / DAY);
}

/** The ISO date `days` after `date`. */
export function addDays(date: string, days: number): string {
	return new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10);
}

/** The moment a date and clock time mean in Danish time (summer or winter), as the unit works by. */
export function fromCopenhagen(date: string, time: string): Date {
	const asUtc = new Date(`${date}T${time}:00Z`);
	const shown = new Date(`${copenhagenFormat('sv-SE', dateAndTime).format(asUtc).replace(' ', 'T')}Z`);
	return new Date(asUtc.getTime() - (shown.getTime() - asUtc.getTime()));
}

const dateAndTime = { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' } as const;
