import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/meeting_brings_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Brings_LabelInputs */
var da_meeting_brings_label = () => {
	return `Hvem tager du med?`;
};
var en_meeting_brings_label = () => {
	return `Who are you bringing?`;
};
/**
* | output |
* | --- |
* | "Who are you bringing?" |
*
* @param {Meeting_Brings_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_brings_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_brings_label(inputs);
	return da_meeting_brings_label(inputs);
});
export { meeting_brings_label as t };

//# sourceMappingURL=meeting_brings_label.js.map