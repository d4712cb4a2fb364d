import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/meetings_where.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ place: NonNullable<unknown> }} Meetings_WhereInputs */
var da_meetings_where = (i) => {
	return `Sted: ${i?.place}`;
};
var en_meetings_where = (i) => {
	return `Place: ${i?.place}`;
};
/**
* | output |
* | --- |
* | "Place: {place}" |
*
* @param {Meetings_WhereInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meetings_where = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meetings_where(inputs);
	return da_meetings_where(inputs);
});
export { meetings_where as t };

//# sourceMappingURL=meetings_where.js.map