import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/cp_wait_date.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Cp_Wait_DateInputs */
var da_cp_wait_date = (i) => {
	return `Det er den ${i?.date}.`;
};
var en_cp_wait_date = (i) => {
	return `That is on ${i?.date}.`;
};
/**
* | output |
* | --- |
* | "That is on {date}." |
*
* @param {Cp_Wait_DateInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_wait_date = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_wait_date(inputs);
	return da_cp_wait_date(inputs);
});
// src/lib/paraglide/messages/cp_meet_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_Meet_LinkInputs */
var da_cp_meet_link = () => {
	return `Mød medarbejderne`;
};
var en_cp_meet_link = () => {
	return `Meet the staff`;
};
/**
* | output |
* | --- |
* | "Meet the staff" |
*
* @param {Cp_Meet_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_meet_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_meet_link(inputs);
	return da_cp_meet_link(inputs);
});
export { cp_wait_date as n, cp_meet_link as t };

//# sourceMappingURL=cp_meet_link.js.map