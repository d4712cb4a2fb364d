import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/soon_text_1.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Soon_Text_1Inputs */
var da_soon_text_1 = () => {
	return `Den her side er ikke klar endnu.`;
};
var en_soon_text_1 = () => {
	return `This page is not ready yet.`;
};
/**
* | output |
* | --- |
* | "This page is not ready yet." |
*
* @param {Soon_Text_1Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var soon_text_1 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_soon_text_1(inputs);
	return da_soon_text_1(inputs);
});
// src/lib/paraglide/messages/soon_text_2.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Soon_Text_2Inputs */
var da_soon_text_2 = () => {
	return `Vi arbejder på den.`;
};
var en_soon_text_2 = () => {
	return `We are working on it.`;
};
/**
* | output |
* | --- |
* | "We are working on it." |
*
* @param {Soon_Text_2Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var soon_text_2 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_soon_text_2(inputs);
	return da_soon_text_2(inputs);
});
export { soon_text_1 as n, soon_text_2 as t };

//# sourceMappingURL=soon_text_2.js.map