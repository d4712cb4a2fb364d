import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/staff_workers_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Workers_TitleInputs */
var da_staff_workers_title = () => {
	return `Medarbejdere`;
};
var en_staff_workers_title = () => {
	return `Staff`;
};
/**
* | output |
* | --- |
* | "Staff" |
*
* @param {Staff_Workers_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_workers_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_workers_title(inputs);
	return da_staff_workers_title(inputs);
});
export { staff_workers_title as t };

//# sourceMappingURL=staff_workers_title.js.map