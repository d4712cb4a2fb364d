import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/activate_login_name_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_Login_Name_LabelInputs */
var da_activate_login_name_label = () => {
	return `Brugernavn`;
};
var en_activate_login_name_label = () => {
	return `User name`;
};
/**
* | output |
* | --- |
* | "User name" |
*
* @param {Activate_Login_Name_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_login_name_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_login_name_label(inputs);
	return da_activate_login_name_label(inputs);
});
// src/lib/paraglide/messages/activate_login_name_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_Login_Name_HintInputs */
var da_activate_login_name_hint = () => {
	return `For eksempel dit fornavn. Brug kun bogstaver og tal.`;
};
var en_activate_login_name_hint = () => {
	return `For example your first name. Use only letters and numbers.`;
};
/**
* | output |
* | --- |
* | "For example your first name. Use only letters and numbers." |
*
* @param {Activate_Login_Name_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_login_name_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_login_name_hint(inputs);
	return da_activate_login_name_hint(inputs);
});
// src/lib/paraglide/messages/activate_password_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_Password_LabelInputs */
var da_activate_password_label = () => {
	return `Adgangskode`;
};
var en_activate_password_label = () => {
	return `Password`;
};
/**
* | output |
* | --- |
* | "Password" |
*
* @param {Activate_Password_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_password_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_password_label(inputs);
	return da_activate_password_label(inputs);
});
export { activate_login_name_hint as n, activate_login_name_label as r, activate_password_label as t };

//# sourceMappingURL=activate_password_label.js.map