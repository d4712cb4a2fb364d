import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/activate_password_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_Password_HintInputs */
var da_activate_password_hint = () => {
	return `Mindst 8 tegn. Et langt ord eller en kort sætning er godt.`;
};
var en_activate_password_hint = () => {
	return `At least 8 characters. A long word or a short sentence is good.`;
};
/**
* | output |
* | --- |
* | "At least 8 characters. A long word or a short sentence is good." |
*
* @param {Activate_Password_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_password_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_password_hint(inputs);
	return da_activate_password_hint(inputs);
});
export { activate_password_hint as t };

//# sourceMappingURL=activate_password_hint.js.map