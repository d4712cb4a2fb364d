import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/plan_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_SavedInputs */
var da_plan_saved = () => {
	return `Målet er gemt.`;
};
var en_plan_saved = () => {
	return `The goal is saved.`;
};
/**
* | output |
* | --- |
* | "The goal is saved." |
*
* @param {Plan_SavedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_saved = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_saved(inputs);
	return da_plan_saved(inputs);
});
export { plan_saved as t };

//# sourceMappingURL=plan_saved.js.map