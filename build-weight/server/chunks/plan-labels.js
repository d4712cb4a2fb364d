import { r as getLocale } from "./runtime.js";
import { n as formatDate } from "./format.js";
// src/lib/paraglide/messages/progress_not_started.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Progress_Not_StartedInputs */
var da_progress_not_started = () => {
	return `Ikke startet`;
};
var en_progress_not_started = () => {
	return `Not started`;
};
/**
* | output |
* | --- |
* | "Not started" |
*
* @param {Progress_Not_StartedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var progress_not_started = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_progress_not_started(inputs);
	return da_progress_not_started(inputs);
});
// src/lib/paraglide/messages/progress_started.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Progress_StartedInputs */
var da_progress_started = () => {
	return `I gang`;
};
var en_progress_started = () => {
	return `On the way`;
};
/**
* | output |
* | --- |
* | "On the way" |
*
* @param {Progress_StartedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var progress_started = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_progress_started(inputs);
	return da_progress_started(inputs);
});
// src/lib/paraglide/messages/progress_nearly.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Progress_NearlyInputs */
var da_progress_nearly = () => {
	return `Næsten`;
};
var en_progress_nearly = () => {
	return `Nearly there`;
};
/**
* | output |
* | --- |
* | "Nearly there" |
*
* @param {Progress_NearlyInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var progress_nearly = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_progress_nearly(inputs);
	return da_progress_nearly(inputs);
});
// src/lib/paraglide/messages/progress_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Progress_DoneInputs */
var da_progress_done = () => {
	return `Nået`;
};
var en_progress_done = () => {
	return `Done`;
};
/**
* | output |
* | --- |
* | "Done" |
*
* @param {Progress_DoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var progress_done = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_progress_done(inputs);
	return da_progress_done(inputs);
});
// src/lib/paraglide/messages/plan_steps_me.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Steps_MeInputs */
var da_plan_steps_me = () => {
	return `Det gør jeg`;
};
var en_plan_steps_me = () => {
	return `I do this`;
};
/**
* | output |
* | --- |
* | "I do this" |
*
* @param {Plan_Steps_MeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_steps_me = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_steps_me(inputs);
	return da_plan_steps_me(inputs);
});
// src/lib/paraglide/messages/plan_steps_contact.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Steps_ContactInputs */
var da_plan_steps_contact = () => {
	return `Det gør min kontaktperson`;
};
var en_plan_steps_contact = () => {
	return `My contact person does this`;
};
/**
* | output |
* | --- |
* | "My contact person does this" |
*
* @param {Plan_Steps_ContactInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_steps_contact = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_steps_contact(inputs);
	return da_plan_steps_contact(inputs);
});
// src/lib/paraglide/messages/plan_history_goal_created.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, summary: NonNullable<unknown> }} Plan_History_Goal_CreatedInputs */
var da_plan_history_goal_created = (i) => {
	return `${i?.name} skrev et nyt mål: ${i?.summary}`;
};
var en_plan_history_goal_created = (i) => {
	return `${i?.name} wrote a new goal: ${i?.summary}`;
};
/**
* | output |
* | --- |
* | "{name} wrote a new goal: {summary}" |
*
* @param {Plan_History_Goal_CreatedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_history_goal_created = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_history_goal_created(inputs);
	return da_plan_history_goal_created(inputs);
});
// src/lib/paraglide/messages/plan_history_goal_changed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, summary: NonNullable<unknown> }} Plan_History_Goal_ChangedInputs */
var da_plan_history_goal_changed = (i) => {
	return `${i?.name} rettede et mål: ${i?.summary}`;
};
var en_plan_history_goal_changed = (i) => {
	return `${i?.name} changed a goal: ${i?.summary}`;
};
/**
* | output |
* | --- |
* | "{name} changed a goal: {summary}" |
*
* @param {Plan_History_Goal_ChangedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_history_goal_changed = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_history_goal_changed(inputs);
	return da_plan_history_goal_changed(inputs);
});
// src/lib/paraglide/messages/plan_history_goal_deleted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, summary: NonNullable<unknown> }} Plan_History_Goal_DeletedInputs */
var da_plan_history_goal_deleted = (i) => {
	return `${i?.name} slettede et mål: ${i?.summary}`;
};
var en_plan_history_goal_deleted = (i) => {
	return `${i?.name} deleted a goal: ${i?.summary}`;
};
/**
* | output |
* | --- |
* | "{name} deleted a goal: {summary}" |
*
* @param {Plan_History_Goal_DeletedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_history_goal_deleted = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_history_goal_deleted(inputs);
	return da_plan_history_goal_deleted(inputs);
});
// src/lib/paraglide/messages/plan_history_progress.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, summary: NonNullable<unknown> }} Plan_History_ProgressInputs */
var da_plan_history_progress = (i) => {
	return `${i?.name} ændrede hvor langt: ${i?.summary}`;
};
var en_plan_history_progress = (i) => {
	return `${i?.name} changed how far: ${i?.summary}`;
};
/**
* | output |
* | --- |
* | "{name} changed how far: {summary}" |
*
* @param {Plan_History_ProgressInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_history_progress = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_history_progress(inputs);
	return da_plan_history_progress(inputs);
});
// src/lib/paraglide/messages/plan_history_step_added.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, summary: NonNullable<unknown> }} Plan_History_Step_AddedInputs */
var da_plan_history_step_added = (i) => {
	return `${i?.name} tilføjede et skridt: ${i?.summary}`;
};
var en_plan_history_step_added = (i) => {
	return `${i?.name} added a step: ${i?.summary}`;
};
/**
* | output |
* | --- |
* | "{name} added a step: {summary}" |
*
* @param {Plan_History_Step_AddedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_history_step_added = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_history_step_added(inputs);
	return da_plan_history_step_added(inputs);
});
// src/lib/paraglide/messages/plan_history_step_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, summary: NonNullable<unknown> }} Plan_History_Step_DoneInputs */
var da_plan_history_step_done = (i) => {
	return `${i?.name} klarede et skridt: ${i?.summary}`;
};
var en_plan_history_step_done = (i) => {
	return `${i?.name} finished a step: ${i?.summary}`;
};
/**
* | output |
* | --- |
* | "{name} finished a step: {summary}" |
*
* @param {Plan_History_Step_DoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_history_step_done = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_history_step_done(inputs);
	return da_plan_history_step_done(inputs);
});
// src/lib/paraglide/messages/plan_history_plan_date.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, summary: NonNullable<unknown> }} Plan_History_Plan_DateInputs */
var da_plan_history_plan_date = (i) => {
	return `${i?.name} satte datoen for planen: ${i?.summary}`;
};
var en_plan_history_plan_date = (i) => {
	return `${i?.name} set the date of the plan: ${i?.summary}`;
};
/**
* | output |
* | --- |
* | "{name} set the date of the plan: {summary}" |
*
* @param {Plan_History_Plan_DateInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_history_plan_date = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_history_plan_date(inputs);
	return da_plan_history_plan_date(inputs);
});
// src/lib/i18n/plan-labels.ts
var progressWords = {
	not_started: progress_not_started,
	started: progress_started,
	nearly: progress_nearly,
	done: progress_done
};
var progressLabel = (progress) => progressWords[progress]();
var ownerWords = {
	me: plan_steps_me,
	contact: plan_steps_contact
};
var stepOwnerLabel = (owner) => ownerWords[owner]();
var historyWords = {
	goal_created: plan_history_goal_created,
	goal_changed: plan_history_goal_changed,
	goal_deleted: plan_history_goal_deleted,
	progress: plan_history_progress,
	step_added: plan_history_step_added,
	step_done: plan_history_step_done,
	plan_date: plan_history_plan_date
};
/** Progress is stored as a key and the plan date as an ISO date; the history shows both in words. */
function planChangeSummary(kind, summary) {
	if (kind === "progress") {
		const [text, step] = summary.split(/: (?=[a-z_]+$)/);
		return `${text}: ${progressLabel(step)}`;
	}
	return kind === "plan_date" && summary ? formatDate(summary) : summary;
}
/** One line of the plan's history: "Bent skrev et nyt mål: Flytte selv". */
var planChangeSentence = (kind, name, summary) => historyWords[kind]({
	name,
	summary: planChangeSummary(kind, summary)
});
export { progressLabel as n, stepOwnerLabel as r, planChangeSentence as t };

//# sourceMappingURL=plan-labels.js.map