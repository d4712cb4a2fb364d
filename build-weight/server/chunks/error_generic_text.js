import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/error_generic_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Generic_TextInputs */
var da_error_generic_text = () => {
	return `Prøv igen om lidt.`;
};
var en_error_generic_text = () => {
	return `Try again in a moment.`;
};
/**
* | output |
* | --- |
* | "Try again in a moment." |
*
* @param {Error_Generic_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var error_generic_text = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_generic_text(inputs);
	return da_error_generic_text(inputs);
});
export { error_generic_text as t };

//# sourceMappingURL=error_generic_text.js.map