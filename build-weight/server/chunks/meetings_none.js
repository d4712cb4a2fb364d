import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/meetings_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meetings_NoneInputs */
var da_meetings_none = () => {
	return `Du har ingen møder lige nu.`;
};
var en_meetings_none = () => {
	return `You have no meetings right now.`;
};
/**
* | output |
* | --- |
* | "You have no meetings right now." |
*
* @param {Meetings_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meetings_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meetings_none(inputs);
	return da_meetings_none(inputs);
});
export { meetings_none as t };

//# sourceMappingURL=meetings_none.js.map