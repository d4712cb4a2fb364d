import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/meetings_when.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown>, time: NonNullable<unknown> }} Meetings_WhenInputs */
var da_meetings_when = (i) => {
	return `${i?.date} klokken ${i?.time}`;
};
var en_meetings_when = (i) => {
	return `${i?.date} at ${i?.time}`;
};
/**
* | output |
* | --- |
* | "{date} at {time}" |
*
* @param {Meetings_WhenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meetings_when = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meetings_when(inputs);
	return da_meetings_when(inputs);
});
export { meetings_when as t };

//# sourceMappingURL=meetings_when.js.map