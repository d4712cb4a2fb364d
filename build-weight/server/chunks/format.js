import { r as getLocale } from "./runtime.js";
import { n as copenhagenFormat, t as copenhagenDay } from "./copenhagen-format.js";
// src/lib/i18n/format.ts
/** The page's language as a locale for dates and times. */
var displayLocale = () => getLocale() === "da" ? "da-DK" : "en-GB";
/** "3. februar 2027" / "3 February 2027" for an ISO date, in the page's language. */
function formatDate(isoDate) {
	const date = /* @__PURE__ */ new Date(`${isoDate}T12:00:00Z`);
	return copenhagenFormat(displayLocale(), {
		day: "numeric",
		month: "long",
		year: "numeric"
	}).format(date);
}
/** "14.05" / "14:05" for an ISO timestamp, in Danish time. */
function formatTime(isoTimestamp) {
	return copenhagenFormat(displayLocale(), {
		hour: "2-digit",
		minute: "2-digit"
	}).format(new Date(isoTimestamp));
}
/** The calendar day (YYYY-MM-DD) of an ISO timestamp in Danish time. */
function dayOf(isoTimestamp) {
	return copenhagenDay(new Date(isoTimestamp));
}
export { formatDate as n, formatTime as r, dayOf as t };

//# sourceMappingURL=format.js.map