// src/lib/copenhagen-format.ts
/**
* Dates are shown and counted in Danish time, the calendar the unit works by. Building an
* Intl.DateTimeFormat costs far more than using one (it was 8 % of Min side's server time when
* `toLocaleDateString` built one per call), so each kind is built once and kept.
*/
var formats = /* @__PURE__ */ new Map();
function copenhagenFormat(locale, options = {}) {
	const key = `${locale} ${JSON.stringify(options)}`;
	let format = formats.get(key);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, {
			...options,
			timeZone: "Europe/Copenhagen"
		});
		formats.set(key, format);
	}
	return format;
}
/** The calendar day (YYYY-MM-DD) of a moment in Danish time: Swedish writes dates that way. */
function copenhagenDay(moment) {
	return copenhagenFormat("sv-SE").format(moment);
}
export { copenhagenFormat as n, copenhagenDay as t };

//# sourceMappingURL=copenhagen-format.js.map