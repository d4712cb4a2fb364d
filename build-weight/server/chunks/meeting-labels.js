import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/meeting_type_plan.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Type_PlanInputs */
var da_meeting_type_plan = () => {
	return `Møde om planen`;
};
var en_meeting_type_plan = () => {
	return `Meeting about the plan`;
};
/**
* | output |
* | --- |
* | "Meeting about the plan" |
*
* @param {Meeting_Type_PlanInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_type_plan = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_type_plan(inputs);
	return da_meeting_type_plan(inputs);
});
// src/lib/paraglide/messages/meeting_type_follow_up.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Type_Follow_UpInputs */
var da_meeting_type_follow_up = () => {
	return `Møde om, hvordan det går`;
};
var en_meeting_type_follow_up = () => {
	return `Meeting about how it is going`;
};
/**
* | output |
* | --- |
* | "Meeting about how it is going" |
*
* @param {Meeting_Type_Follow_UpInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_type_follow_up = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_type_follow_up(inputs);
	return da_meeting_type_follow_up(inputs);
});
// src/lib/paraglide/messages/meeting_type_evaluation_3m.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Type_Evaluation_3mInputs */
var da_meeting_type_evaluation_3m = () => {
	return `Møde efter 3 måneder`;
};
var en_meeting_type_evaluation_3m = () => {
	return `Meeting after 3 months`;
};
/**
* | output |
* | --- |
* | "Meeting after 3 months" |
*
* @param {Meeting_Type_Evaluation_3mInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_type_evaluation_3m = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_type_evaluation_3m(inputs);
	return da_meeting_type_evaluation_3m(inputs);
});
// src/lib/paraglide/messages/meeting_type_team_yearly.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Type_Team_YearlyInputs */
var da_meeting_type_team_yearly = () => {
	return `Årligt møde med dit team`;
};
var en_meeting_type_team_yearly = () => {
	return `Yearly meeting with your team`;
};
/**
* | output |
* | --- |
* | "Yearly meeting with your team" |
*
* @param {Meeting_Type_Team_YearlyInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_type_team_yearly = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_type_team_yearly(inputs);
	return da_meeting_type_team_yearly(inputs);
});
// src/lib/paraglide/messages/meeting_type_closing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Type_ClosingInputs */
var da_meeting_type_closing = () => {
	return `Sidste møde`;
};
var en_meeting_type_closing = () => {
	return `Last meeting`;
};
/**
* | output |
* | --- |
* | "Last meeting" |
*
* @param {Meeting_Type_ClosingInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_type_closing = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_type_closing(inputs);
	return da_meeting_type_closing(inputs);
});
// src/lib/i18n/meeting-labels.ts
var typeWords = {
	plan: meeting_type_plan,
	follow_up: meeting_type_follow_up,
	evaluation_3m: meeting_type_evaluation_3m,
	team_yearly: meeting_type_team_yearly,
	closing: meeting_type_closing
};
var meetingTypeLabel = (type) => typeWords[type]();
export { meetingTypeLabel as t };

//# sourceMappingURL=meeting-labels.js.map