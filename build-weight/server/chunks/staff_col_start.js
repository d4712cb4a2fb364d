import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/staff_col_start.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Col_StartInputs */
var da_staff_col_start = () => {
	return `Startdato`;
};
var en_staff_col_start = () => {
	return `Start date`;
};
/**
* | output |
* | --- |
* | "Start date" |
*
* @param {Staff_Col_StartInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_col_start = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_col_start(inputs);
	return da_staff_col_start(inputs);
});
export { staff_col_start as t };

//# sourceMappingURL=staff_col_start.js.map