import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/staff_col_hours.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Col_HoursInputs */
var da_staff_col_hours = () => {
	return `Timer om ugen`;
};
var en_staff_col_hours = () => {
	return `Hours a week`;
};
/**
* | output |
* | --- |
* | "Hours a week" |
*
* @param {Staff_Col_HoursInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_col_hours = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_col_hours(inputs);
	return da_staff_col_hours(inputs);
});
export { staff_col_hours as t };

//# sourceMappingURL=staff_col_hours.js.map