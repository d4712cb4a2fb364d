import { n as copenhagenFormat, t as copenhagenDay } from "./copenhagen-format.js";
// src/lib/server/time.ts
var MINUTE = 6e4;
var HOUR = 60 * MINUTE;
var DAY = 24 * HOUR;
/** Today's date as YYYY-MM-DD in Danish time, the calendar the unit works by. */
function todayIso(now = /* @__PURE__ */ new Date()) {
	return copenhagenDay(now);
}
/** Whole days from `from` to `to` (ISO dates); negative when `to` is earlier. */
function daysBetween(from, to) {
	return Math.round((Date.parse(to) - Date.parse(from)) / DAY);
}
/** The ISO date `days` after `date`. */
function addDays(date, days) {
	return new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10);
}
/** The moment a date and clock time mean in Danish time (summer or winter), as the unit works by. */
function fromCopenhagen(date, time) {
	const asUtc = /* @__PURE__ */ new Date(`${date}T${time}:00Z`);
	const shown = /* @__PURE__ */ new Date(`${copenhagenFormat("sv-SE", dateAndTime).format(asUtc).replace(" ", "T")}Z`);
	return new Date(asUtc.getTime() - (shown.getTime() - asUtc.getTime()));
}
var dateAndTime = {
	year: "numeric",
	month: "2-digit",
	day: "2-digit",
	hour: "2-digit",
	minute: "2-digit",
	second: "2-digit"
};
export { daysBetween as a, addDays as i, HOUR as n, fromCopenhagen as o, MINUTE as r, todayIso as s, DAY as t };

//# sourceMappingURL=time.js.map