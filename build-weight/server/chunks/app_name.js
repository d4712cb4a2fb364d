import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/app_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} App_NameInputs */
var da_app_name = () => {
	return `Samklang`;
};
var en_app_name = () => {
	return `Samklang`;
};
/**
* | output |
* | --- |
* | "Samklang" |
*
* @param {App_NameInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var app_name = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_app_name(inputs);
	return da_app_name(inputs);
});
export { app_name as t };

//# sourceMappingURL=app_name.js.map