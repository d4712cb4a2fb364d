import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/staff_citizen_back.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Citizen_BackInputs */
var da_staff_citizen_back = () => {
	return `Tilbage til Mine borgere`;
};
var en_staff_citizen_back = () => {
	return `Back to My citizens`;
};
/**
* | output |
* | --- |
* | "Back to My citizens" |
*
* @param {Staff_Citizen_BackInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_citizen_back = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_citizen_back(inputs);
	return da_staff_citizen_back(inputs);
});
export { staff_citizen_back as t };

//# sourceMappingURL=staff_citizen_back.js.map