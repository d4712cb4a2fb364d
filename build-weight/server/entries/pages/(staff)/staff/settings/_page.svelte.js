import { f as attr, i as derived, m as escape_html, s as head } from "../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import "../../../../../chunks/keep-draft.js";
import { t as staff_citizen_back } from "../../../../../chunks/staff_citizen_back.js";
import { l as localizeHref, r as getLocale } from "../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../chunks/routes.js";
import { t as Error_summary } from "../../../../../chunks/error-summary.js";
import { t as Text_field } from "../../../../../chunks/text-field.js";
import { t as Text_area } from "../../../../../chunks/text-area.js";
// src/lib/paraglide/messages/staff_settings_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Settings_TitleInputs */
var da_staff_settings_title = () => {
	return `Indstillinger`;
};
var en_staff_settings_title = () => {
	return `Settings`;
};
/**
* | output |
* | --- |
* | "Settings" |
*
* @param {Staff_Settings_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_settings_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_settings_title(inputs);
	return da_staff_settings_title(inputs);
});
// src/lib/paraglide/messages/staff_settings_choice.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Settings_ChoiceInputs */
var da_staff_settings_choice = () => {
	return `Dage med midlertidig kontaktperson, før borgeren selv vælger`;
};
var en_staff_settings_choice = () => {
	return `Days with a temporary contact person before the citizen chooses`;
};
/**
* | output |
* | --- |
* | "Days with a temporary contact person before the citizen chooses" |
*
* @param {Staff_Settings_ChoiceInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_settings_choice = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_settings_choice(inputs);
	return da_staff_settings_choice(inputs);
});
// src/lib/paraglide/messages/staff_settings_answer.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Settings_AnswerInputs */
var da_staff_settings_answer = () => {
	return `Dage til at svare på et ønske om kontaktperson`;
};
var en_staff_settings_answer = () => {
	return `Days to answer a contact person wish`;
};
/**
* | output |
* | --- |
* | "Days to answer a contact person wish" |
*
* @param {Staff_Settings_AnswerInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_settings_answer = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_settings_answer(inputs);
	return da_staff_settings_answer(inputs);
});
// src/lib/paraglide/messages/staff_settings_retention.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Settings_RetentionInputs */
var da_staff_settings_retention = () => {
	return `Måneder, adgangsloggen gemmes`;
};
var en_staff_settings_retention = () => {
	return `Months the access log is kept`;
};
/**
* | output |
* | --- |
* | "Months the access log is kept" |
*
* @param {Staff_Settings_RetentionInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_settings_retention = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_settings_retention(inputs);
	return da_staff_settings_retention(inputs);
});
// src/lib/paraglide/messages/staff_settings_retention_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Settings_Retention_HintInputs */
var da_staff_settings_retention_hint = () => {
	return `Kommunen fastsætter det efter sin egen vurdering.`;
};
var en_staff_settings_retention_hint = () => {
	return `The municipality sets it after its own assessment.`;
};
/**
* | output |
* | --- |
* | "The municipality sets it after its own assessment." |
*
* @param {Staff_Settings_Retention_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_settings_retention_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_settings_retention_hint(inputs);
	return da_staff_settings_retention_hint(inputs);
});
// src/lib/paraglide/messages/staff_settings_phone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Settings_PhoneInputs */
var da_staff_settings_phone = () => {
	return `Telefon på siden Kontakt`;
};
var en_staff_settings_phone = () => {
	return `Phone on the Contact page`;
};
/**
* | output |
* | --- |
* | "Phone on the Contact page" |
*
* @param {Staff_Settings_PhoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_settings_phone = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_settings_phone(inputs);
	return da_staff_settings_phone(inputs);
});
// src/lib/paraglide/messages/staff_settings_hours_da.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Settings_Hours_DaInputs */
var da_staff_settings_hours_da = () => {
	return `Åbningstider (dansk)`;
};
var en_staff_settings_hours_da = () => {
	return `Opening hours (Danish)`;
};
/**
* | output |
* | --- |
* | "Opening hours (Danish)" |
*
* @param {Staff_Settings_Hours_DaInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_settings_hours_da = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_settings_hours_da(inputs);
	return da_staff_settings_hours_da(inputs);
});
// src/lib/paraglide/messages/staff_settings_hours_en.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Settings_Hours_EnInputs */
var da_staff_settings_hours_en = () => {
	return `Åbningstider (engelsk)`;
};
var en_staff_settings_hours_en = () => {
	return `Opening hours (English)`;
};
/**
* | output |
* | --- |
* | "Opening hours (English)" |
*
* @param {Staff_Settings_Hours_EnInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_settings_hours_en = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_settings_hours_en(inputs);
	return da_staff_settings_hours_en(inputs);
});
// src/lib/paraglide/messages/staff_settings_outside_da.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Settings_Outside_DaInputs */
var da_staff_settings_outside_da = () => {
	return `Uden for åbningstid (dansk)`;
};
var en_staff_settings_outside_da = () => {
	return `Outside opening hours (Danish)`;
};
/**
* | output |
* | --- |
* | "Outside opening hours (Danish)" |
*
* @param {Staff_Settings_Outside_DaInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_settings_outside_da = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_settings_outside_da(inputs);
	return da_staff_settings_outside_da(inputs);
});
// src/lib/paraglide/messages/staff_settings_outside_en.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Settings_Outside_EnInputs */
var da_staff_settings_outside_en = () => {
	return `Uden for åbningstid (engelsk)`;
};
var en_staff_settings_outside_en = () => {
	return `Outside opening hours (English)`;
};
/**
* | output |
* | --- |
* | "Outside opening hours (English)" |
*
* @param {Staff_Settings_Outside_EnInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_settings_outside_en = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_settings_outside_en(inputs);
	return da_staff_settings_outside_en(inputs);
});
// src/lib/paraglide/messages/staff_settings_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Settings_SaveInputs */
var da_staff_settings_save = () => {
	return `Gem indstillingerne`;
};
var en_staff_settings_save = () => {
	return `Save the settings`;
};
/**
* | output |
* | --- |
* | "Save the settings" |
*
* @param {Staff_Settings_SaveInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_settings_save = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_settings_save(inputs);
	return da_staff_settings_save(inputs);
});
// src/lib/paraglide/messages/staff_settings_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Settings_SavedInputs */
var da_staff_settings_saved = () => {
	return `Indstillingerne er gemt.`;
};
var en_staff_settings_saved = () => {
	return `The settings are saved.`;
};
/**
* | output |
* | --- |
* | "The settings are saved." |
*
* @param {Staff_Settings_SavedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_settings_saved = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_settings_saved(inputs);
	return da_staff_settings_saved(inputs);
});
// src/routes/(staff)/staff/settings/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const errors = derived(() => form && "errors" in form ? form.errors ?? {} : {});
		const values = derived(() => form && "values" in form ? form.values ?? {} : {});
		const value = (field) => values()[field] ?? String(data.settings?.[field] ?? "");
		head("bux3ad", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(staff_settings_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<p><a class="line-link"${attr("href", localizeHref(routes.staffHome()))}>`);
		Icon($$renderer, {
			name: "arrow-left",
			size: 20
		});
		$$renderer.push(`<!----> ${escape_html(staff_citizen_back())}</a></p> <h1>${escape_html(staff_settings_title())}</h1> `);
		if (form && "saved" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(staff_settings_saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		Error_summary($$renderer, { errors: errors() });
		$$renderer.push(`<!----> <form method="POST" novalidate="">`);
		Text_field($$renderer, {
			name: "choicePeriodDays",
			label: staff_settings_choice(),
			value: value("choicePeriodDays"),
			error: errors().choicePeriodDays,
			inputmode: "numeric",
			autocomplete: "off"
		});
		$$renderer.push(`<!----> `);
		Text_field($$renderer, {
			name: "wishAnswerDays",
			label: staff_settings_answer(),
			value: value("wishAnswerDays"),
			error: errors().wishAnswerDays,
			inputmode: "numeric",
			autocomplete: "off"
		});
		$$renderer.push(`<!----> `);
		Text_field($$renderer, {
			name: "accessLogRetentionMonths",
			label: staff_settings_retention(),
			hint: staff_settings_retention_hint(),
			value: value("accessLogRetentionMonths"),
			error: errors().accessLogRetentionMonths,
			inputmode: "numeric",
			autocomplete: "off"
		});
		$$renderer.push(`<!----> `);
		Text_field($$renderer, {
			name: "contactPhone",
			label: staff_settings_phone(),
			value: value("contactPhone"),
			error: errors().contactPhone,
			autocomplete: "off"
		});
		$$renderer.push(`<!----> `);
		Text_area($$renderer, {
			name: "openingHoursDa",
			label: staff_settings_hours_da(),
			value: value("openingHoursDa"),
			error: errors().openingHoursDa,
			rows: 2,
			maxlength: 500
		});
		$$renderer.push(`<!----> `);
		Text_area($$renderer, {
			name: "openingHoursEn",
			label: staff_settings_hours_en(),
			value: value("openingHoursEn"),
			error: errors().openingHoursEn,
			rows: 2,
			maxlength: 500
		});
		$$renderer.push(`<!----> `);
		Text_area($$renderer, {
			name: "outOfHoursDa",
			label: staff_settings_outside_da(),
			value: value("outOfHoursDa"),
			error: errors().outOfHoursDa,
			rows: 3,
			maxlength: 500
		});
		$$renderer.push(`<!----> `);
		Text_area($$renderer, {
			name: "outOfHoursEn",
			label: staff_settings_outside_en(),
			value: value("outOfHoursEn"),
			error: errors().outOfHoursEn,
			rows: 3,
			maxlength: 500
		});
		$$renderer.push(`<!----> <button class="button" type="submit">`);
		Icon($$renderer, {
			name: "save",
			size: 24
		});
		$$renderer.push(`<!---->${escape_html(staff_settings_save())}</button></form>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map