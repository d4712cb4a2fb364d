import { f as attr, i as derived, m as escape_html, o as ensure_array_like, s as head } from "../../../../../chunks/server2.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import { t as Icon } from "../../../../../chunks/icon.js";
import { n as plan_title, t as plan_history_title } from "../../../../../chunks/plan_history_title.js";
import { t as plan_date_shown } from "../../../../../chunks/plan_date_shown.js";
import "../../../../../chunks/forms.js";
import { t as plan_saved } from "../../../../../chunks/plan_saved.js";
import { l as localizeHref, r as getLocale } from "../../../../../chunks/runtime.js";
import { n as formatDate, r as formatTime, t as dayOf } from "../../../../../chunks/format.js";
import { t as Error_summary } from "../../../../../chunks/error-summary.js";
import { t as Text_field } from "../../../../../chunks/text-field.js";
import { t as Goal_card } from "../../../../../chunks/goal-card.js";
import { t as planChangeSentence } from "../../../../../chunks/plan-labels.js";
// src/lib/paraglide/messages/plan_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_IntroInputs */
var da_plan_intro = () => {
	return `Din plan er dine mål. Med dine egne ord.`;
};
var en_plan_intro = () => {
	return `Your plan is your goals. In your own words.`;
};
/**
* | output |
* | --- |
* | "Your plan is your goals. In your own words." |
*
* @param {Plan_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_intro(inputs);
	return da_plan_intro(inputs);
});
// src/lib/paraglide/messages/plan_date_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Date_LabelInputs */
var da_plan_date_label = () => {
	return `Dato for din årlige plan`;
};
var en_plan_date_label = () => {
	return `Date of your yearly plan`;
};
/**
* | output |
* | --- |
* | "Date of your yearly plan" |
*
* @param {Plan_Date_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_date_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_date_label(inputs);
	return da_plan_date_label(inputs);
});
// src/lib/paraglide/messages/plan_date_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Date_HintInputs */
var da_plan_date_hint = () => {
	return `Den dag, I ser på planen sammen igen.`;
};
var en_plan_date_hint = () => {
	return `The day you look at the plan together again.`;
};
/**
* | output |
* | --- |
* | "The day you look at the plan together again." |
*
* @param {Plan_Date_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_date_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_date_hint(inputs);
	return da_plan_date_hint(inputs);
});
// src/lib/paraglide/messages/plan_date_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Date_SaveInputs */
var da_plan_date_save = () => {
	return `Gem datoen`;
};
var en_plan_date_save = () => {
	return `Save the date`;
};
/**
* | output |
* | --- |
* | "Save the date" |
*
* @param {Plan_Date_SaveInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_date_save = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_date_save(inputs);
	return da_plan_date_save(inputs);
});
// src/lib/paraglide/messages/plan_date_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Date_SavedInputs */
var da_plan_date_saved = () => {
	return `Datoen er gemt.`;
};
var en_plan_date_saved = () => {
	return `The date is saved.`;
};
/**
* | output |
* | --- |
* | "The date is saved." |
*
* @param {Plan_Date_SavedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_date_saved = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_date_saved(inputs);
	return da_plan_date_saved(inputs);
});
// src/lib/paraglide/messages/plan_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_EmptyInputs */
var da_plan_empty = () => {
	return `Du har ingen mål endnu. Hvad vil du gerne nå?`;
};
var en_plan_empty = () => {
	return `You have no goals yet. What would you like to reach?`;
};
/**
* | output |
* | --- |
* | "You have no goals yet. What would you like to reach?" |
*
* @param {Plan_EmptyInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_empty = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_empty(inputs);
	return da_plan_empty(inputs);
});
// src/lib/paraglide/messages/plan_add.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_AddInputs */
var da_plan_add = () => {
	return `Skriv et nyt mål`;
};
var en_plan_add = () => {
	return `Write a new goal`;
};
/**
* | output |
* | --- |
* | "Write a new goal" |
*
* @param {Plan_AddInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_add = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_add(inputs);
	return da_plan_add(inputs);
});
// src/lib/paraglide/messages/plan_step_mark_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ step: NonNullable<unknown> }} Plan_Step_Mark_DoneInputs */
var da_plan_step_mark_done = (i) => {
	return `Det er klaret: ${i?.step}`;
};
var en_plan_step_mark_done = (i) => {
	return `It is done: ${i?.step}`;
};
/**
* | output |
* | --- |
* | "It is done: {step}" |
*
* @param {Plan_Step_Mark_DoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_step_mark_done = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_step_mark_done(inputs);
	return da_plan_step_mark_done(inputs);
});
// src/routes/(citizen)/me/plan/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const errors = derived(() => form?.errors ?? {});
		head("lafdpj", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(plan_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(plan_title())}</h1> <p class="lead">${escape_html(plan_intro())}</p> `);
		if (data.plan.planDate) $$renderer.push(`<!--[0--><p>${escape_html(plan_date_shown({ date: formatDate(data.plan.planDate) }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p><a class="button button--large"${attr("href", localizeHref("/me/plan/new"))}>`);
		Icon($$renderer, {
			name: "plus",
			size: 28
		});
		$$renderer.push(`<!---->${escape_html(plan_add())}</a></p> `);
		if (form && "stepDone" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(plan_saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.plan.goals.length === 0) $$renderer.push(`<!--[0--><p class="notice">${escape_html(plan_empty())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="plain-list"><!--[-->`);
			const each_array = ensure_array_like(data.plan.goals);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let goal = each_array[$$index];
				{
					function stepAction($$renderer, step) {
						$$renderer.push(`<form method="POST" action="?/stepDone" class="inline-form"><input type="hidden" name="stepId"${attr("value", step.id)}/> <button class="button button--secondary" type="submit">`);
						Icon($$renderer, {
							name: "check",
							size: 20
						});
						$$renderer.push(`<!---->${escape_html(plan_step_mark_done({ step: step.text }))}</button></form>`);
					}
					Goal_card($$renderer, {
						goal,
						href: localizeHref(`/me/plan/${goal.id}`),
						stepAction,
						$$slots: { stepAction: true }
					});
				}
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]--> <h2>${escape_html(plan_date_label())}</h2> `);
		if (form && "dateSaved" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(plan_date_saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		Error_summary($$renderer, { errors: errors() });
		$$renderer.push(`<!----> <form method="POST" action="?/planDate" novalidate="">`);
		Text_field($$renderer, {
			name: "planDate",
			type: "date",
			label: plan_date_label(),
			hint: plan_date_hint(),
			value: data.plan.planDate ?? "",
			error: errors().planDate
		});
		$$renderer.push(`<!----> <button class="button button--secondary" type="submit">`);
		Icon($$renderer, {
			name: "save",
			size: 24
		});
		$$renderer.push(`<!---->${escape_html(plan_date_save())}</button></form> `);
		if (data.history.length > 0) {
			$$renderer.push(`<!--[0--><h2>${escape_html(plan_history_title())}</h2> <ol class="log-list"><!--[-->`);
			const each_array_1 = ensure_array_like(data.history);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let entry = each_array_1[$$index_1];
				$$renderer.push(`<li>${escape_html(formatDate(dayOf(entry.at)))}
				${escape_html(formatTime(entry.at))}:
				${escape_html(planChangeSentence(entry.kind, entry.by, entry.summary))}</li>`);
			}
			$$renderer.push(`<!--]--></ol>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map