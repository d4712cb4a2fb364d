import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/staff_wish_over.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_OverInputs */
var da_staff_wish_over = () => {
	return `Over grænsen`;
};
var en_staff_wish_over = () => {
	return `Over the maximum`;
};
/**
* | output |
* | --- |
* | "Over the maximum" |
*
* @param {Staff_Wish_OverInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_over = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_over(inputs);
	return da_staff_wish_over(inputs);
});
export { staff_wish_over as t };

//# sourceMappingURL=staff_wish_over.js.map