import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/plan_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_TitleInputs */
var da_plan_title = () => {
	return `Min plan`;
};
var en_plan_title = () => {
	return `My plan`;
};
/**
* | output |
* | --- |
* | "My plan" |
*
* @param {Plan_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_title(inputs);
	return da_plan_title(inputs);
});
// src/lib/paraglide/messages/plan_history_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_History_TitleInputs */
var da_plan_history_title = () => {
	return `Sådan har planen ændret sig`;
};
var en_plan_history_title = () => {
	return `How the plan has changed`;
};
/**
* | output |
* | --- |
* | "How the plan has changed" |
*
* @param {Plan_History_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_history_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_history_title(inputs);
	return da_plan_history_title(inputs);
});
export { plan_title as n, plan_history_title as t };

//# sourceMappingURL=plan_history_title.js.map