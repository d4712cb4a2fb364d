import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/plan_date_shown.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Plan_Date_ShownInputs */
var da_plan_date_shown = (i) => {
	return `Planen bliver set på igen ${i?.date}.`;
};
var en_plan_date_shown = (i) => {
	return `The plan will be looked at again on ${i?.date}.`;
};
/**
* | output |
* | --- |
* | "The plan will be looked at again on {date}." |
*
* @param {Plan_Date_ShownInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_date_shown = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_date_shown(inputs);
	return da_plan_date_shown(inputs);
});
export { plan_date_shown as t };

//# sourceMappingURL=plan_date_shown.js.map