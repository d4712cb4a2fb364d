import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/dreams_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_TitleInputs */
var da_dreams_title = () => {
	return `Mine drømme`;
};
var en_dreams_title = () => {
	return `My dreams`;
};
/**
* | output |
* | --- |
* | "My dreams" |
*
* @param {Dreams_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_title(inputs);
	return da_dreams_title(inputs);
});
export { dreams_title as t };

//# sourceMappingURL=dreams_title.js.map