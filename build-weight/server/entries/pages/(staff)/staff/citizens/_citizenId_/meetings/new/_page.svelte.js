import { f as attr, i as derived, m as escape_html, s as head, t as attr_class } from "../../../../../../../../chunks/server2.js";
import "../../../../../../../../chunks/keep-draft.js";
import { t as Icon } from "../../../../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../../../../chunks/app_name.js";
import { l as localizeHref, r as getLocale } from "../../../../../../../../chunks/runtime.js";
import { t as staff_citizen_back } from "../../../../../../../../chunks/staff_citizen_back.js";
import { n as routes } from "../../../../../../../../chunks/routes.js";
import { n as meetingTypes } from "../../../../../../../../chunks/meeting-options.js";
import { t as meetingTypeLabel } from "../../../../../../../../chunks/meeting-labels.js";
import { t as Error_summary } from "../../../../../../../../chunks/error-summary.js";
import { t as Radio_group } from "../../../../../../../../chunks/radio-group.js";
import { t as Text_field } from "../../../../../../../../chunks/text-field.js";
import { t as Checkbox_group } from "../../../../../../../../chunks/checkbox-group.js";
// src/lib/paraglide/messages/staff_meeting_new_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Meeting_New_TitleInputs */
var da_staff_meeting_new_title = () => {
	return `Planlæg et møde`;
};
var en_staff_meeting_new_title = () => {
	return `Plan a meeting`;
};
/**
* | output |
* | --- |
* | "Plan a meeting" |
*
* @param {Staff_Meeting_New_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_meeting_new_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_meeting_new_title(inputs);
	return da_staff_meeting_new_title(inputs);
});
// src/lib/paraglide/messages/staff_meeting_type.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Meeting_TypeInputs */
var da_staff_meeting_type = () => {
	return `Slags møde`;
};
var en_staff_meeting_type = () => {
	return `Kind of meeting`;
};
/**
* | output |
* | --- |
* | "Kind of meeting" |
*
* @param {Staff_Meeting_TypeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_meeting_type = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_meeting_type(inputs);
	return da_staff_meeting_type(inputs);
});
// src/lib/paraglide/messages/staff_meeting_date.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Meeting_DateInputs */
var da_staff_meeting_date = () => {
	return `Dato`;
};
var en_staff_meeting_date = () => {
	return `Date`;
};
/**
* | output |
* | --- |
* | "Date" |
*
* @param {Staff_Meeting_DateInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_meeting_date = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_meeting_date(inputs);
	return da_staff_meeting_date(inputs);
});
// src/lib/paraglide/messages/staff_meeting_time.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Meeting_TimeInputs */
var da_staff_meeting_time = () => {
	return `Klokken`;
};
var en_staff_meeting_time = () => {
	return `Time`;
};
/**
* | output |
* | --- |
* | "Time" |
*
* @param {Staff_Meeting_TimeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_meeting_time = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_meeting_time(inputs);
	return da_staff_meeting_time(inputs);
});
// src/lib/paraglide/messages/staff_meeting_place.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Meeting_PlaceInputs */
var da_staff_meeting_place = () => {
	return `Sted`;
};
var en_staff_meeting_place = () => {
	return `Place`;
};
/**
* | output |
* | --- |
* | "Place" |
*
* @param {Staff_Meeting_PlaceInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_meeting_place = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_meeting_place(inputs);
	return da_staff_meeting_place(inputs);
});
// src/lib/paraglide/messages/staff_meeting_participants.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Meeting_ParticipantsInputs */
var da_staff_meeting_participants = () => {
	return `Hvem fra personalet deltager?`;
};
var en_staff_meeting_participants = () => {
	return `Who from the staff takes part?`;
};
/**
* | output |
* | --- |
* | "Who from the staff takes part?" |
*
* @param {Staff_Meeting_ParticipantsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_meeting_participants = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_meeting_participants(inputs);
	return da_staff_meeting_participants(inputs);
});
// src/lib/paraglide/messages/staff_meeting_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Meeting_SaveInputs */
var da_staff_meeting_save = () => {
	return `Planlæg mødet`;
};
var en_staff_meeting_save = () => {
	return `Plan the meeting`;
};
/**
* | output |
* | --- |
* | "Plan the meeting" |
*
* @param {Staff_Meeting_SaveInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_meeting_save = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_meeting_save(inputs);
	return da_staff_meeting_save(inputs);
});
// src/routes/(staff)/staff/citizens/[citizenId]/meetings/new/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const errors = derived(() => form?.errors ?? {});
		const values = derived(() => form?.values ?? {});
		head("1h3hujb", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(staff_meeting_new_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<p><a class="line-link"${attr("href", localizeHref(routes.staffCitizen(data.citizenId)))}>`);
		Icon($$renderer, {
			name: "arrow-left",
			size: 20
		});
		$$renderer.push(`<!----> ${escape_html(staff_citizen_back())}</a></p> <h1>${escape_html(staff_meeting_new_title())}</h1> `);
		Error_summary($$renderer, { errors: errors() });
		$$renderer.push(`<!----> <form method="POST" novalidate="">`);
		Radio_group($$renderer, {
			name: "type",
			legend: staff_meeting_type(),
			options: meetingTypes.map((value) => ({
				value,
				label: meetingTypeLabel(value)
			})),
			checked: values().type ?? (data.prefill.type || null),
			error: errors().type
		});
		$$renderer.push(`<!----> <div${attr_class("field", void 0, { "field--error": !!errors().date })}><label for="field-date">${escape_html(staff_meeting_date())}</label> `);
		if (errors().date) $$renderer.push(`<!--[0--><p class="field__error" id="field-date-error">${escape_html(errors().date)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <input id="field-date" type="date" name="date"${attr("value", values().date ?? data.prefill.date)}${attr("aria-describedby", errors().date ? "field-date-error" : void 0)}/></div> <div${attr_class("field", void 0, { "field--error": !!errors().time })}><label for="field-time">${escape_html(staff_meeting_time())}</label> `);
		if (errors().time) $$renderer.push(`<!--[0--><p class="field__error" id="field-time-error">${escape_html(errors().time)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <input id="field-time" type="time" name="time"${attr("value", values().time ?? "10:00")}${attr("aria-describedby", errors().time ? "field-time-error" : void 0)}/></div> `);
		Text_field($$renderer, {
			name: "place",
			label: staff_meeting_place(),
			value: values().place ?? "",
			error: errors().place,
			autocomplete: "off"
		});
		$$renderer.push(`<!----> `);
		Checkbox_group($$renderer, {
			name: "participants",
			legend: staff_meeting_participants(),
			options: data.colleagues.map((c) => ({
				value: c.id,
				label: c.name
			})),
			checked: form?.participants ?? data.prefill.participants
		});
		$$renderer.push(`<!----> <button class="button" type="submit">`);
		Icon($$renderer, {
			name: "calendar-days",
			size: 24
		});
		$$renderer.push(`<!---->${escape_html(staff_meeting_save())}</button></form>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map