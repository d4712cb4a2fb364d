import { f as attr, l as stringify, m as escape_html, o as ensure_array_like, s as head } from "../../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../../chunks/app_name.js";
import "../../../../../../chunks/keep-draft.js";
import { t as helper_back } from "../../../../../../chunks/helper_back.js";
import { t as possessive } from "../../../../../../chunks/possessive.js";
import { t as meetings_none } from "../../../../../../chunks/meetings_none.js";
import { t as meetings_when } from "../../../../../../chunks/meetings_when.js";
import { t as meetings_where } from "../../../../../../chunks/meetings_where.js";
import { n as meeting_summary_title, t as meeting_agreements_title } from "../../../../../../chunks/meeting_agreements_title.js";
import { l as localizeHref, r as getLocale } from "../../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../../chunks/routes.js";
import { n as formatDate, r as formatTime, t as dayOf } from "../../../../../../chunks/format.js";
import { t as meetingTypeLabel } from "../../../../../../chunks/meeting-labels.js";
import { t as Error_summary } from "../../../../../../chunks/error-summary.js";
import { t as Text_area } from "../../../../../../chunks/text-area.js";
// src/lib/paraglide/messages/helper_meetings_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ owner: NonNullable<unknown> }} Helper_Meetings_TitleInputs */
var da_helper_meetings_title = (i) => {
	return `${i?.owner} møder`;
};
var en_helper_meetings_title = (i) => {
	return `${i?.owner} meetings`;
};
/**
* | output |
* | --- |
* | "{owner} meetings" |
*
* @param {Helper_Meetings_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_meetings_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_meetings_title(inputs);
	return da_helper_meetings_title(inputs);
});
// src/lib/paraglide/messages/helper_input_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helper_Input_LabelInputs */
var da_helper_input_label = () => {
	return `Det vil jeg gerne sige til mødet`;
};
var en_helper_input_label = () => {
	return `What I would like to say at the meeting`;
};
/**
* | output |
* | --- |
* | "What I would like to say at the meeting" |
*
* @param {Helper_Input_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_input_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_input_label(inputs);
	return da_helper_input_label(inputs);
});
// src/lib/paraglide/messages/helper_input_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Helper_Input_HintInputs */
var da_helper_input_hint = (i) => {
	return `Det bliver vist med dit navn. ${i?.name} og medarbejderne kan se det.`;
};
var en_helper_input_hint = (i) => {
	return `It is shown with your name. ${i?.name} and the staff can see it.`;
};
/**
* | output |
* | --- |
* | "It is shown with your name. {name} and the staff can see it." |
*
* @param {Helper_Input_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_input_hint = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_input_hint(inputs);
	return da_helper_input_hint(inputs);
});
// src/lib/paraglide/messages/helper_input_send.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helper_Input_SendInputs */
var da_helper_input_send = () => {
	return `Send`;
};
var en_helper_input_send = () => {
	return `Send`;
};
/**
* | output |
* | --- |
* | "Send" |
*
* @param {Helper_Input_SendInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_input_send = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_input_send(inputs);
	return da_helper_input_send(inputs);
});
// src/lib/paraglide/messages/helper_input_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helper_Input_SavedInputs */
var da_helper_input_saved = () => {
	return `Tak. Det er med til mødet.`;
};
var en_helper_input_saved = () => {
	return `Thank you. It is part of the meeting now.`;
};
/**
* | output |
* | --- |
* | "Thank you. It is part of the meeting now." |
*
* @param {Helper_Input_SavedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_input_saved = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_input_saved(inputs);
	return da_helper_input_saved(inputs);
});
// src/routes/(helper)/helper/[citizenId]/meetings/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const errorsFor = (meetingId) => form && form.meetingId === meetingId && "errors" in form ? form.errors ?? {} : {};
		head("nelcje", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(helper_meetings_title({ owner: possessive(data.name) }))} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<p><a class="line-link"${attr("href", localizeHref(routes.helperCitizen(data.citizenId)))}>`);
		Icon($$renderer, {
			name: "arrow-left",
			size: 20
		});
		$$renderer.push(`<!----> ${escape_html(helper_back())}</a></p> <h1>${escape_html(helper_meetings_title({ owner: possessive(data.name) }))}</h1> `);
		if (data.meetings.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(meetings_none())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array = ensure_array_like(data.meetings);
		for (let $$index_2 = 0, $$length = each_array.length; $$index_2 < $$length; $$index_2++) {
			let meeting = each_array[$$index_2];
			const errors = errorsFor(meeting.id);
			$$renderer.push(`<section class="card"${attr("aria-labelledby", `meeting-${stringify(meeting.id)}`)}><h2${attr("id", `meeting-${stringify(meeting.id)}`)}>${escape_html(meetingTypeLabel(meeting.type))}, ${escape_html(meetings_when({
				date: formatDate(dayOf(meeting.startsAt)),
				time: formatTime(meeting.startsAt)
			}))}</h2> <p>${escape_html(meetings_where({ place: meeting.place }))}</p> `);
			if (meeting.summary) {
				$$renderer.push(`<!--[0--><h3>${escape_html(meeting_summary_title())}</h3> <p>${escape_html(meeting.summary)}</p> `);
				if (meeting.agreements.length > 0) {
					$$renderer.push(`<!--[0--><h3>${escape_html(meeting_agreements_title())}</h3> <ul><!--[-->`);
					const each_array_1 = ensure_array_like(meeting.agreements);
					for (let index = 0, $$length = each_array_1.length; index < $$length; index++) {
						let agreement = each_array_1[index];
						$$renderer.push(`<li>${escape_html(agreement)}</li>`);
					}
					$$renderer.push(`<!--]--></ul>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <!--[-->`);
			const each_array_2 = ensure_array_like(meeting.ownInput);
			for (let $$index_1 = 0, $$length = each_array_2.length; $$index_1 < $$length; $$index_1++) {
				let input = each_array_2[$$index_1];
				$$renderer.push(`<p class="notice"><q>${escape_html(input.text)}</q></p>`);
			}
			$$renderer.push(`<!--]--> `);
			if (form && form.meetingId === meeting.id && "saved" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(helper_input_saved())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (meeting.isComing && data.canWriteInput) {
				$$renderer.push("<!--[0-->");
				Error_summary($$renderer, {
					errors,
					fieldIds: { text: `input-${meeting.id}` }
				});
				$$renderer.push(`<!----> <form method="POST" action="?/input" novalidate=""><input type="hidden" name="meetingId"${attr("value", meeting.id)}/> `);
				Text_area($$renderer, {
					id: `input-${stringify(meeting.id)}`,
					name: "text",
					label: helper_input_label(),
					hint: helper_input_hint({ name: data.name }),
					value: "",
					error: errors.text,
					rows: 3,
					maxlength: 1e3
				});
				$$renderer.push(`<!----> <button class="button" type="submit">`);
				Icon($$renderer, {
					name: "message-circle-heart",
					size: 24
				});
				$$renderer.push(`<!---->${escape_html(helper_input_send())}</button></form>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></section>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map