import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/staff_flag_low.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Flag_LowInputs */
var da_staff_flag_low = () => {
	return `Lav vurdering`;
};
var en_staff_flag_low = () => {
	return `Low rating`;
};
/**
* | output |
* | --- |
* | "Low rating" |
*
* @param {Staff_Flag_LowInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_flag_low = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_flag_low(inputs);
	return da_staff_flag_low(inputs);
});
// src/lib/paraglide/messages/staff_flag_falling.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Flag_FallingInputs */
var da_staff_flag_falling = () => {
	return `Faldende vurdering`;
};
var en_staff_flag_falling = () => {
	return `Falling rating`;
};
/**
* | output |
* | --- |
* | "Falling rating" |
*
* @param {Staff_Flag_FallingInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_flag_falling = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_flag_falling(inputs);
	return da_staff_flag_falling(inputs);
});
export { staff_flag_low as n, staff_flag_falling as t };

//# sourceMappingURL=staff_flag_falling.js.map