import { f as attr, m as escape_html, o as ensure_array_like, s as head } from "../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../chunks/icon.js";
import { l as localizeHref, r as getLocale } from "../../../../../chunks/runtime.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import { n as routes } from "../../../../../chunks/routes.js";
import { t as meetings_title } from "../../../../../chunks/meetings_title.js";
import { t as meetings_none } from "../../../../../chunks/meetings_none.js";
import { t as meetings_when } from "../../../../../chunks/meetings_when.js";
import { t as meetings_where } from "../../../../../chunks/meetings_where.js";
import { t as meetings_who } from "../../../../../chunks/meetings_who.js";
import { n as formatDate, r as formatTime, t as dayOf } from "../../../../../chunks/format.js";
import { t as meetingTypeLabel } from "../../../../../chunks/meeting-labels.js";
import { t as meetingTypeIcons } from "../../../../../chunks/meeting-options.js";
// src/lib/paraglide/messages/meetings_coming.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meetings_ComingInputs */
var da_meetings_coming = () => {
	return `Møder, der kommer`;
};
var en_meetings_coming = () => {
	return `Meetings coming up`;
};
/**
* | output |
* | --- |
* | "Meetings coming up" |
*
* @param {Meetings_ComingInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meetings_coming = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meetings_coming(inputs);
	return da_meetings_coming(inputs);
});
// src/lib/paraglide/messages/meetings_past.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meetings_PastInputs */
var da_meetings_past = () => {
	return `Møder, der har været`;
};
var en_meetings_past = () => {
	return `Meetings that are over`;
};
/**
* | output |
* | --- |
* | "Meetings that are over" |
*
* @param {Meetings_PastInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meetings_past = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meetings_past(inputs);
	return da_meetings_past(inputs);
});
// src/lib/paraglide/messages/meetings_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meetings_OpenInputs */
var da_meetings_open = () => {
	return `Se mødet`;
};
var en_meetings_open = () => {
	return `See the meeting`;
};
/**
* | output |
* | --- |
* | "See the meeting" |
*
* @param {Meetings_OpenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meetings_open = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meetings_open(inputs);
	return da_meetings_open(inputs);
});
// src/routes/(citizen)/me/meetings/+page.svelte
function list($$renderer, meetings) {
	$$renderer.push(`<ul class="plain-list"><!--[-->`);
	const each_array = ensure_array_like(meetings);
	for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
		let meeting = each_array[$$index];
		$$renderer.push(`<li class="card"><h3>`);
		Icon($$renderer, {
			name: meetingTypeIcons[meeting.type],
			size: 28
		});
		$$renderer.push(`<!----> ${escape_html(meetingTypeLabel(meeting.type))}</h3> <p>${escape_html(meetings_when({
			date: formatDate(dayOf(meeting.startsAt)),
			time: formatTime(meeting.startsAt)
		}))}</p> <p>${escape_html(meetings_where({ place: meeting.place }))}</p> `);
		if (meeting.participants.length > 0) $$renderer.push(`<!--[0--><p>${escape_html(meetings_who({ names: meeting.participants.join(", ") }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p><a class="button"${attr("href", localizeHref(routes.citizenMeeting(meeting.id)))}>`);
		Icon($$renderer, {
			name: "arrow-right",
			size: 24
		});
		$$renderer.push(`<!---->${escape_html(meetings_open())}</a></p></li>`);
	}
	$$renderer.push(`<!--]--></ul>`);
}
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("1lfyuuy", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(meetings_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>`);
		Icon($$renderer, {
			name: "calendar-days",
			size: 32
		});
		$$renderer.push(`<!----> ${escape_html(meetings_title())}</h1> <h2>${escape_html(meetings_coming())}</h2> `);
		if (data.coming.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(meetings_none())}</p>`);
		else {
			$$renderer.push("<!--[-1-->");
			list($$renderer, data.coming);
		}
		$$renderer.push(`<!--]--> `);
		if (data.past.length > 0) {
			$$renderer.push(`<!--[0--><h2>${escape_html(meetings_past())}</h2> `);
			list($$renderer, data.past);
			$$renderer.push(`<!---->`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map