import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/meetings_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meetings_TitleInputs */
var da_meetings_title = () => {
	return `Mine møder`;
};
var en_meetings_title = () => {
	return `My meetings`;
};
/**
* | output |
* | --- |
* | "My meetings" |
*
* @param {Meetings_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meetings_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meetings_title(inputs);
	return da_meetings_title(inputs);
});
export { meetings_title as t };

//# sourceMappingURL=meetings_title.js.map