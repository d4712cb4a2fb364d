import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/staff_go_to_citizen.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Go_To_CitizenInputs */
var da_staff_go_to_citizen = () => {
	return `Gå til borgeren`;
};
var en_staff_go_to_citizen = () => {
	return `Go to the citizen`;
};
/**
* | output |
* | --- |
* | "Go to the citizen" |
*
* @param {Staff_Go_To_CitizenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_go_to_citizen = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_go_to_citizen(inputs);
	return da_staff_go_to_citizen(inputs);
});
export { staff_go_to_citizen as t };

//# sourceMappingURL=staff_go_to_citizen.js.map