import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/cp_now_one.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Cp_Now_OneInputs */
var da_cp_now_one = (i) => {
	return `Din kontaktperson er ${i?.name}.`;
};
var en_cp_now_one = (i) => {
	return `Your contact person is ${i?.name}.`;
};
/**
* | output |
* | --- |
* | "Your contact person is {name}." |
*
* @param {Cp_Now_OneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_now_one = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_now_one(inputs);
	return da_cp_now_one(inputs);
});
// src/lib/paraglide/messages/cp_now_team.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_Now_TeamInputs */
var da_cp_now_team = () => {
	return `Dit team:`;
};
var en_cp_now_team = () => {
	return `Your team:`;
};
/**
* | output |
* | --- |
* | "Your team:" |
*
* @param {Cp_Now_TeamInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_now_team = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_now_team(inputs);
	return da_cp_now_team(inputs);
});
export { cp_now_one as n, cp_now_team as t };

//# sourceMappingURL=cp_now_team.js.map