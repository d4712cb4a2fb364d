import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/staff_role_main.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Role_MainInputs */
var da_staff_role_main = () => {
	return `hovedkontakt`;
};
var en_staff_role_main = () => {
	return `main contact`;
};
/**
* | output |
* | --- |
* | "main contact" |
*
* @param {Staff_Role_MainInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_role_main = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_role_main(inputs);
	return da_staff_role_main(inputs);
});
export { staff_role_main as t };

//# sourceMappingURL=staff_role_main.js.map