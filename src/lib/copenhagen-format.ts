/**
 * Dates are shown and counted in Danish time, the calendar the unit works by. Building an
 * Intl.DateTimeFormat costs far more than using one (it was 8 % of Min side's server time when
 * `toLocaleDateString` built one per call), so each kind is built once and kept.
 */
const formats = new Map<string, Intl.DateTimeFormat>();

export function copenhagenFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
	const key = `${locale} ${JSON.stringify(options)}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'Europe/Copenhagen' });
		formats.set(key, format);
	}
	return format;
}

/** The calendar day (YYYY-MM-DD) of a moment in Danish time: Swedish writes dates that way. */
export function copenhagenDay(moment: Date): string {
	return copenhagenFormat('sv-SE').format(moment);
}
