import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/meetings_who.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ names: NonNullable<unknown> }} Meetings_WhoInputs */
var da_meetings_who = (i) => {
	return `Med: ${i?.names}`;
};
var en_meetings_who = (i) => {
	return `With: ${i?.names}`;
};
/**
* | output |
* | --- |
* | "With: {names}" |
*
* @param {Meetings_WhoInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meetings_who = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meetings_who(inputs);
	return da_meetings_who(inputs);
});
export { meetings_who as t };

//# sourceMappingURL=meetings_who.js.map