import { n as lifeAreaIcons, r as lifeAreas, t as dreamVisibilities } from "./dream-options.js";
import { r as getLocale } from "./runtime.js";
import { n as lifeAreaLabel, r as visibilityLabel } from "./dream-labels.js";
import "./server2.js";
import { t as Text_area } from "./text-area.js";
import { t as Radio_group } from "./radio-group.js";
import { t as Checkbox } from "./checkbox.js";
// src/lib/paraglide/messages/dreams_text_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_Text_LabelInputs */
var da_dreams_text_label = () => {
	return `Din drøm`;
};
var en_dreams_text_label = () => {
	return `Your dream`;
};
/**
* | output |
* | --- |
* | "Your dream" |
*
* @param {Dreams_Text_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_text_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_text_label(inputs);
	return da_dreams_text_label(inputs);
});
// src/lib/paraglide/messages/dreams_text_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_Text_HintInputs */
var da_dreams_text_hint = () => {
	return `Skriv med dine egne ord. Det må gerne være kort.`;
};
var en_dreams_text_hint = () => {
	return `Write in your own words. It may be short.`;
};
/**
* | output |
* | --- |
* | "Write in your own words. It may be short." |
*
* @param {Dreams_Text_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_text_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_text_hint(inputs);
	return da_dreams_text_hint(inputs);
});
// src/lib/paraglide/messages/dreams_area_legend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_Area_LegendInputs */
var da_dreams_area_legend = () => {
	return `Hvad handler den om?`;
};
var en_dreams_area_legend = () => {
	return `What is it about?`;
};
/**
* | output |
* | --- |
* | "What is it about?" |
*
* @param {Dreams_Area_LegendInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_area_legend = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_area_legend(inputs);
	return da_dreams_area_legend(inputs);
});
// src/lib/paraglide/messages/dreams_visibility_legend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_Visibility_LegendInputs */
var da_dreams_visibility_legend = () => {
	return `Hvem må se den?`;
};
var en_dreams_visibility_legend = () => {
	return `Who may see it?`;
};
/**
* | output |
* | --- |
* | "Who may see it?" |
*
* @param {Dreams_Visibility_LegendInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_visibility_legend = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_visibility_legend(inputs);
	return da_dreams_visibility_legend(inputs);
});
// src/lib/paraglide/messages/visibility_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Visibility_HintInputs */
var da_visibility_hint = () => {
	return `Kun mig betyder: heller ikke din kontaktperson kan se den.`;
};
var en_visibility_hint = () => {
	return `Only me means: not even your contact person can see it.`;
};
/**
* | output |
* | --- |
* | "Only me means: not even your contact person can see it." |
*
* @param {Visibility_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var visibility_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_visibility_hint(inputs);
	return da_visibility_hint(inputs);
});
// src/lib/paraglide/messages/dreams_talk_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_Talk_LabelInputs */
var da_dreams_talk_label = () => {
	return `Det vil jeg tale om til næste møde`;
};
var en_dreams_talk_label = () => {
	return `I want to talk about this at the next meeting`;
};
/**
* | output |
* | --- |
* | "I want to talk about this at the next meeting" |
*
* @param {Dreams_Talk_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_talk_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_talk_label(inputs);
	return da_dreams_talk_label(inputs);
});
// src/lib/paraglide/messages/dreams_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_SaveInputs */
var da_dreams_save = () => {
	return `Gem`;
};
var en_dreams_save = () => {
	return `Save`;
};
/**
* | output |
* | --- |
* | "Save" |
*
* @param {Dreams_SaveInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_save = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_save(inputs);
	return da_dreams_save(inputs);
});
// src/lib/components/dreams/dream-form-fields.svelte
function Dream_form_fields($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The questions about one dream; shared by new, edit and a guide writing with the citizen. */
		let { values, errors } = $$props;
		$$renderer.push(`<div>`);
		Text_area($$renderer, {
			name: "text",
			label: dreams_text_label(),
			hint: dreams_text_hint(),
			value: values.text ?? "",
			error: errors.text,
			maxlength: 1e3
		});
		$$renderer.push(`<!----> `);
		Radio_group($$renderer, {
			name: "lifeArea",
			legend: dreams_area_legend(),
			options: lifeAreas.map((value) => ({
				value,
				label: lifeAreaLabel(value),
				icon: lifeAreaIcons[value]
			})),
			checked: values.lifeArea ?? null,
			error: errors.lifeArea
		});
		$$renderer.push(`<!----> `);
		Radio_group($$renderer, {
			name: "visibility",
			legend: dreams_visibility_legend(),
			hint: visibility_hint(),
			options: dreamVisibilities.map((value) => ({
				value,
				label: visibilityLabel(value)
			})),
			checked: values.visibility ?? "team",
			error: errors.visibility
		});
		$$renderer.push(`<!----> `);
		Checkbox($$renderer, {
			name: "talkAtNextMeeting",
			label: dreams_talk_label(),
			checked: values.talkAtNextMeeting ?? false
		});
		$$renderer.push(`<!----></div>`);
	});
}
export { dreams_save as n, Dream_form_fields as t };

//# sourceMappingURL=dream-form-fields.js.map