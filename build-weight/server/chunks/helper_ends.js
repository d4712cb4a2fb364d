import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/helper_ends.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Helper_EndsInputs */
var da_helper_ends = (i) => {
	return `Din adgang slutter ${i?.date}.`;
};
var en_helper_ends = (i) => {
	return `Your access ends on ${i?.date}.`;
};
/**
* | output |
* | --- |
* | "Your access ends on {date}." |
*
* @param {Helper_EndsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_ends = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_ends(inputs);
	return da_helper_ends(inputs);
});
export { helper_ends as t };

//# sourceMappingURL=helper_ends.js.map