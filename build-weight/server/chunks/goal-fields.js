import { r as getLocale } from "./runtime.js";
import { m as escape_html } from "./server2.js";
import { t as Text_area } from "./text-area.js";
import { t as Checkbox_group } from "./checkbox-group.js";
// src/lib/paraglide/messages/plan_goal_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Goal_LabelInputs */
var da_plan_goal_label = () => {
	return `Dit mål`;
};
var en_plan_goal_label = () => {
	return `Your goal`;
};
/**
* | output |
* | --- |
* | "Your goal" |
*
* @param {Plan_Goal_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_goal_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_goal_label(inputs);
	return da_plan_goal_label(inputs);
});
// src/lib/paraglide/messages/plan_goal_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Goal_HintInputs */
var da_plan_goal_hint = () => {
	return `Skriv, hvad du vil nå. Med dine egne ord.`;
};
var en_plan_goal_hint = () => {
	return `Write what you want to reach. In your own words.`;
};
/**
* | output |
* | --- |
* | "Write what you want to reach. In your own words." |
*
* @param {Plan_Goal_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_goal_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_goal_hint(inputs);
	return da_plan_goal_hint(inputs);
});
// src/lib/paraglide/messages/plan_dreams_legend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Dreams_LegendInputs */
var da_plan_dreams_legend = () => {
	return `Hvilke drømme hører målet til?`;
};
var en_plan_dreams_legend = () => {
	return `Which dreams does the goal belong to?`;
};
/**
* | output |
* | --- |
* | "Which dreams does the goal belong to?" |
*
* @param {Plan_Dreams_LegendInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_dreams_legend = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_dreams_legend(inputs);
	return da_plan_dreams_legend(inputs);
});
// src/lib/paraglide/messages/plan_dreams_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Dreams_HintInputs */
var da_plan_dreams_hint = () => {
	return `Du behøver ikke vælge nogen.`;
};
var en_plan_dreams_hint = () => {
	return `You do not have to choose any.`;
};
/**
* | output |
* | --- |
* | "You do not have to choose any." |
*
* @param {Plan_Dreams_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_dreams_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_dreams_hint(inputs);
	return da_plan_dreams_hint(inputs);
});
// src/lib/paraglide/messages/plan_dreams_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Dreams_NoneInputs */
var da_plan_dreams_none = () => {
	return `Du har ingen drømme endnu.`;
};
var en_plan_dreams_none = () => {
	return `You have no dreams yet.`;
};
/**
* | output |
* | --- |
* | "You have no dreams yet." |
*
* @param {Plan_Dreams_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_dreams_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_dreams_none(inputs);
	return da_plan_dreams_none(inputs);
});
// src/lib/paraglide/messages/plan_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_SaveInputs */
var da_plan_save = () => {
	return `Gem målet`;
};
var en_plan_save = () => {
	return `Save the goal`;
};
/**
* | output |
* | --- |
* | "Save the goal" |
*
* @param {Plan_SaveInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_save = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_save(inputs);
	return da_plan_save(inputs);
});
// src/lib/components/plan/goal-fields.svelte
function Goal_fields($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** A goal's words and the dreams it belongs to; shared by new and edit. */
		/** More questions of the same form (progress, on the edit page), stepped through with these. */
		let { text, dreams, linked, errors, children } = $$props;
		$$renderer.push(`<div>`);
		Text_area($$renderer, {
			name: "text",
			label: plan_goal_label(),
			hint: plan_goal_hint(),
			value: text,
			error: errors.text,
			rows: 3,
			maxlength: 500
		});
		$$renderer.push(`<!----> `);
		if (dreams.length === 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html(plan_dreams_none())}</p>`);
		else {
			$$renderer.push("<!--[-1-->");
			Checkbox_group($$renderer, {
				name: "dreamIds",
				legend: plan_dreams_legend(),
				hint: plan_dreams_hint(),
				options: dreams.map((d) => ({
					value: d.id,
					label: d.text
				})),
				checked: linked
			});
		}
		$$renderer.push(`<!--]--> `);
		children?.($$renderer);
		$$renderer.push(`<!----></div>`);
	});
}
export { plan_save as n, Goal_fields as t };

//# sourceMappingURL=goal-fields.js.map