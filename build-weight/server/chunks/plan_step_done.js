import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/plan_for_dreams.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ dreams: NonNullable<unknown> }} Plan_For_DreamsInputs */
var da_plan_for_dreams = (i) => {
	return `Hører til: ${i?.dreams}`;
};
var en_plan_for_dreams = (i) => {
	return `Belongs to: ${i?.dreams}`;
};
/**
* | output |
* | --- |
* | "Belongs to: {dreams}" |
*
* @param {Plan_For_DreamsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_for_dreams = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_for_dreams(inputs);
	return da_plan_for_dreams(inputs);
});
// src/lib/paraglide/messages/plan_progress_picture.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ step: NonNullable<unknown> }} Plan_Progress_PictureInputs */
var da_plan_progress_picture = (i) => {
	return `Hvor langt: ${i?.step}`;
};
var en_plan_progress_picture = (i) => {
	return `How far: ${i?.step}`;
};
/**
* | output |
* | --- |
* | "How far: {step}" |
*
* @param {Plan_Progress_PictureInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_progress_picture = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_progress_picture(inputs);
	return da_plan_progress_picture(inputs);
});
// src/lib/paraglide/messages/plan_steps_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Steps_NoneInputs */
var da_plan_steps_none = () => {
	return `Ingen endnu.`;
};
var en_plan_steps_none = () => {
	return `None yet.`;
};
/**
* | output |
* | --- |
* | "None yet." |
*
* @param {Plan_Steps_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_steps_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_steps_none(inputs);
	return da_plan_steps_none(inputs);
});
// src/lib/paraglide/messages/plan_step_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Step_DoneInputs */
var da_plan_step_done = () => {
	return `Klaret`;
};
var en_plan_step_done = () => {
	return `Done`;
};
/**
* | output |
* | --- |
* | "Done" |
*
* @param {Plan_Step_DoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_step_done = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_step_done(inputs);
	return da_plan_step_done(inputs);
});
export { plan_for_dreams as i, plan_steps_none as n, plan_progress_picture as r, plan_step_done as t };

//# sourceMappingURL=plan_step_done.js.map