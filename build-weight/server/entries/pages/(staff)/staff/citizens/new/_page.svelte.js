import { f as attr, i as derived, m as escape_html, s as head, t as attr_class } from "../../../../../../chunks/server2.js";
import "../../../../../../chunks/keep-draft.js";
import { t as Icon } from "../../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../../chunks/app_name.js";
import { l as localizeHref, r as getLocale } from "../../../../../../chunks/runtime.js";
import { t as staff_citizen_back } from "../../../../../../chunks/staff_citizen_back.js";
import { t as hours_band } from "../../../../../../chunks/hours_band.js";
import { n as routes } from "../../../../../../chunks/routes.js";
import { t as staff_go_to_citizen } from "../../../../../../chunks/staff_go_to_citizen.js";
import { n as legalBases, t as hoursBands } from "../../../../../../chunks/citizen-options.js";
import { n as legalBasisLabel } from "../../../../../../chunks/labels.js";
import { t as Error_summary } from "../../../../../../chunks/error-summary.js";
import { t as Radio_group } from "../../../../../../chunks/radio-group.js";
import { t as Text_field } from "../../../../../../chunks/text-field.js";
import { t as Invitation_letter } from "../../../../../../chunks/invitation-letter.js";
// src/lib/paraglide/messages/staff_new_citizen_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_New_Citizen_TitleInputs */
var da_staff_new_citizen_title = () => {
	return `Opret en borger`;
};
var en_staff_new_citizen_title = () => {
	return `Create a citizen`;
};
/**
* | output |
* | --- |
* | "Create a citizen" |
*
* @param {Staff_New_Citizen_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_citizen_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_citizen_title(inputs);
	return da_staff_new_citizen_title(inputs);
});
// src/lib/paraglide/messages/staff_new_citizen_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_New_Citizen_NameInputs */
var da_staff_new_citizen_name = () => {
	return `Borgerens navn`;
};
var en_staff_new_citizen_name = () => {
	return `The citizen’s name`;
};
/**
* | output |
* | --- |
* | "The citizen’s name" |
*
* @param {Staff_New_Citizen_NameInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_citizen_name = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_citizen_name(inputs);
	return da_staff_new_citizen_name(inputs);
});
// src/lib/paraglide/messages/staff_new_citizen_hours.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_New_Citizen_HoursInputs */
var da_staff_new_citizen_hours = () => {
	return `Timer pr. uge`;
};
var en_staff_new_citizen_hours = () => {
	return `Hours a week`;
};
/**
* | output |
* | --- |
* | "Hours a week" |
*
* @param {Staff_New_Citizen_HoursInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_citizen_hours = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_citizen_hours(inputs);
	return da_staff_new_citizen_hours(inputs);
});
// src/lib/paraglide/messages/staff_new_citizen_basis.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_New_Citizen_BasisInputs */
var da_staff_new_citizen_basis = () => {
	return `Lovgrundlag`;
};
var en_staff_new_citizen_basis = () => {
	return `Legal basis`;
};
/**
* | output |
* | --- |
* | "Legal basis" |
*
* @param {Staff_New_Citizen_BasisInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_citizen_basis = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_citizen_basis(inputs);
	return da_staff_new_citizen_basis(inputs);
});
// src/lib/paraglide/messages/staff_new_citizen_start.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_New_Citizen_StartInputs */
var da_staff_new_citizen_start = () => {
	return `Startdato`;
};
var en_staff_new_citizen_start = () => {
	return `Start date`;
};
/**
* | output |
* | --- |
* | "Start date" |
*
* @param {Staff_New_Citizen_StartInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_citizen_start = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_citizen_start(inputs);
	return da_staff_new_citizen_start(inputs);
});
// src/lib/paraglide/messages/staff_new_citizen_worker.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_New_Citizen_WorkerInputs */
var da_staff_new_citizen_worker = () => {
	return `Midlertidig kontaktperson`;
};
var en_staff_new_citizen_worker = () => {
	return `Temporary contact person`;
};
/**
* | output |
* | --- |
* | "Temporary contact person" |
*
* @param {Staff_New_Citizen_WorkerInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_citizen_worker = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_citizen_worker(inputs);
	return da_staff_new_citizen_worker(inputs);
});
// src/lib/paraglide/messages/staff_new_citizen_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_New_Citizen_SaveInputs */
var da_staff_new_citizen_save = () => {
	return `Opret borgeren`;
};
var en_staff_new_citizen_save = () => {
	return `Create the citizen`;
};
/**
* | output |
* | --- |
* | "Create the citizen" |
*
* @param {Staff_New_Citizen_SaveInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_citizen_save = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_citizen_save(inputs);
	return da_staff_new_citizen_save(inputs);
});
// src/lib/paraglide/messages/staff_new_citizen_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_New_Citizen_DoneInputs */
var da_staff_new_citizen_done = () => {
	return `Borgeren er oprettet. Udskriv brevet nu: koden vises kun denne ene gang.`;
};
var en_staff_new_citizen_done = () => {
	return `The citizen is created. Print the letter now: the code is shown only this once.`;
};
/**
* | output |
* | --- |
* | "The citizen is created. Print the letter now: the code is shown only this once." |
*
* @param {Staff_New_Citizen_DoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_citizen_done = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_citizen_done(inputs);
	return da_staff_new_citizen_done(inputs);
});
// src/routes/(staff)/staff/citizens/new/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const errors = derived(() => form && "errors" in form ? form.errors ?? {} : {});
		const values = derived(() => form && "values" in form ? form.values ?? {} : {});
		head("12o88kq", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(staff_new_citizen_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		if (form?.letter && form.citizenId && form.name && form.address) {
			$$renderer.push(`<!--[0--><p class="notice no-print" role="status">${escape_html(staff_new_citizen_done())}</p> <p class="no-print"><a${attr("href", localizeHref(routes.staffCitizen(form.citizenId)))}>${escape_html(staff_go_to_citizen())}</a></p> `);
			Invitation_letter($$renderer, {
				name: form.name,
				letter: form.letter,
				address: form.address
			});
			$$renderer.push(`<!---->`);
		} else {
			$$renderer.push(`<!--[-1--><p><a class="line-link"${attr("href", localizeHref(routes.staffHome()))}>`);
			Icon($$renderer, {
				name: "arrow-left",
				size: 20
			});
			$$renderer.push(`<!----> ${escape_html(staff_citizen_back())}</a></p> <h1>${escape_html(staff_new_citizen_title())}</h1> `);
			Error_summary($$renderer, { errors: errors() });
			$$renderer.push(`<!----> <form method="POST" novalidate="">`);
			Text_field($$renderer, {
				name: "name",
				label: staff_new_citizen_name(),
				value: values().name ?? "",
				error: errors().name,
				autocomplete: "off"
			});
			$$renderer.push(`<!----> `);
			Radio_group($$renderer, {
				name: "hoursBand",
				legend: staff_new_citizen_hours(),
				options: hoursBands.map((value) => ({
					value,
					label: hours_band({ band: value.replace("-", "–") })
				})),
				checked: values().hoursBand ?? null,
				error: errors().hoursBand
			});
			$$renderer.push(`<!----> `);
			Radio_group($$renderer, {
				name: "legalBasis",
				legend: staff_new_citizen_basis(),
				options: legalBases.map((value) => ({
					value,
					label: legalBasisLabel(value)
				})),
				checked: values().legalBasis ?? null,
				error: errors().legalBasis
			});
			$$renderer.push(`<!----> <div${attr_class("field", void 0, { "field--error": !!errors().startDate })}><label for="field-startDate">${escape_html(staff_new_citizen_start())}</label> `);
			if (errors().startDate) $$renderer.push(`<!--[0--><p class="field__error" id="field-startDate-error">${escape_html(errors().startDate)}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <input id="field-startDate" type="date" name="startDate"${attr("value", values().startDate ?? data.today)}${attr("aria-describedby", errors().startDate ? "field-startDate-error" : void 0)}/></div> `);
			Radio_group($$renderer, {
				name: "temporaryWorkerId",
				legend: staff_new_citizen_worker(),
				options: data.workers.map((w) => ({
					value: w.id,
					label: w.name
				})),
				checked: values().temporaryWorkerId ?? null,
				error: errors().temporaryWorkerId
			});
			$$renderer.push(`<!----> <button class="button" type="submit">`);
			Icon($$renderer, {
				name: "user-plus",
				size: 24
			});
			$$renderer.push(`<!---->${escape_html(staff_new_citizen_save())}</button></form>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map