import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/dreams_with_help.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Dreams_With_HelpInputs */
var da_dreams_with_help = (i) => {
	return `Skrevet med hjælp fra ${i?.name}.`;
};
var en_dreams_with_help = (i) => {
	return `Written with help from ${i?.name}.`;
};
/**
* | output |
* | --- |
* | "Written with help from {name}." |
*
* @param {Dreams_With_HelpInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_with_help = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_with_help(inputs);
	return da_dreams_with_help(inputs);
});
// src/lib/paraglide/messages/dreams_waiting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_WaitingInputs */
var da_dreams_waiting = () => {
	return `Venter på, at du siger ja.`;
};
var en_dreams_waiting = () => {
	return `Waiting for you to say yes.`;
};
/**
* | output |
* | --- |
* | "Waiting for you to say yes." |
*
* @param {Dreams_WaitingInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_waiting = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_waiting(inputs);
	return da_dreams_waiting(inputs);
});
// src/lib/paraglide/messages/dreams_talk_marker.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_Talk_MarkerInputs */
var da_dreams_talk_marker = () => {
	return `Vil tale om det til næste møde.`;
};
var en_dreams_talk_marker = () => {
	return `Wants to talk about it at the next meeting.`;
};
/**
* | output |
* | --- |
* | "Wants to talk about it at the next meeting." |
*
* @param {Dreams_Talk_MarkerInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_talk_marker = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_talk_marker(inputs);
	return da_dreams_talk_marker(inputs);
});
export { dreams_waiting as n, dreams_with_help as r, dreams_talk_marker as t };

//# sourceMappingURL=dreams_talk_marker.js.map