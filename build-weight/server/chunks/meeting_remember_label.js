import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/meeting_prepare_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Prepare_TitleInputs */
var da_meeting_prepare_title = () => {
	return `Det vil jeg tale om`;
};
var en_meeting_prepare_title = () => {
	return `I want to talk about`;
};
/**
* | output |
* | --- |
* | "I want to talk about" |
*
* @param {Meeting_Prepare_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_prepare_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_prepare_title(inputs);
	return da_meeting_prepare_title(inputs);
});
// src/lib/paraglide/messages/meeting_input_from.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Meeting_Input_FromInputs */
var da_meeting_input_from = (i) => {
	return `Fra ${i?.name}`;
};
var en_meeting_input_from = (i) => {
	return `From ${i?.name}`;
};
/**
* | output |
* | --- |
* | "From {name}" |
*
* @param {Meeting_Input_FromInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_input_from = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_input_from(inputs);
	return da_meeting_input_from(inputs);
});
// src/lib/paraglide/messages/meeting_remember_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Remember_LabelInputs */
var da_meeting_remember_label = () => {
	return `Sådan husker jeg det ikke`;
};
var en_meeting_remember_label = () => {
	return `That is not how I remember it`;
};
/**
* | output |
* | --- |
* | "That is not how I remember it" |
*
* @param {Meeting_Remember_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_remember_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_remember_label(inputs);
	return da_meeting_remember_label(inputs);
});
export { meeting_input_from as n, meeting_prepare_title as r, meeting_remember_label as t };

//# sourceMappingURL=meeting_remember_label.js.map