import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/helper_back.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helper_BackInputs */
var da_helper_back = () => {
	return `Tilbage til listen`;
};
var en_helper_back = () => {
	return `Back to the list`;
};
/**
* | output |
* | --- |
* | "Back to the list" |
*
* @param {Helper_BackInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_back = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_back(inputs);
	return da_helper_back(inputs);
});
export { helper_back as t };

//# sourceMappingURL=helper_back.js.map