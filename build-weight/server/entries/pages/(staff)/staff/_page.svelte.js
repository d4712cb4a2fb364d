import { f as attr, i as derived, m as escape_html, o as ensure_array_like, s as head } from "../../../../chunks/server2.js";
import { l as localizeHref, r as getLocale } from "../../../../chunks/runtime.js";
import { t as app_name } from "../../../../chunks/app_name.js";
import { t as staff_col_hours } from "../../../../chunks/staff_col_hours.js";
import { t as hours_band } from "../../../../chunks/hours_band.js";
import { n as routes } from "../../../../chunks/routes.js";
import { n as staff_flag_low, t as staff_flag_falling } from "../../../../chunks/staff_flag_falling.js";
import { n as formatDate, t as dayOf } from "../../../../chunks/format.js";
import { t as Supporter_list } from "../../../../chunks/supporter-list.js";
import { n as scoreLabel } from "../../../../chunks/rating-labels.js";
// src/lib/paraglide/messages/staff_title_worker.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Title_WorkerInputs */
var da_staff_title_worker = () => {
	return `Mine borgere`;
};
var en_staff_title_worker = () => {
	return `My citizens`;
};
/**
* | output |
* | --- |
* | "My citizens" |
*
* @param {Staff_Title_WorkerInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_title_worker = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_title_worker(inputs);
	return da_staff_title_worker(inputs);
});
// src/lib/paraglide/messages/staff_title_leader.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ unit: NonNullable<unknown> }} Staff_Title_LeaderInputs */
var da_staff_title_leader = (i) => {
	return `Borgere i ${i?.unit}`;
};
var en_staff_title_leader = (i) => {
	return `Citizens in ${i?.unit}`;
};
/**
* | output |
* | --- |
* | "Citizens in {unit}" |
*
* @param {Staff_Title_LeaderInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_title_leader = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_title_leader(inputs);
	return da_staff_title_leader(inputs);
});
// src/lib/paraglide/messages/staff_intro_worker.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Intro_WorkerInputs */
var da_staff_intro_worker = () => {
	return `Borgere, du støtter lige nu.`;
};
var en_staff_intro_worker = () => {
	return `Citizens you support right now.`;
};
/**
* | output |
* | --- |
* | "Citizens you support right now." |
*
* @param {Staff_Intro_WorkerInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_intro_worker = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_intro_worker(inputs);
	return da_staff_intro_worker(inputs);
});
// src/lib/paraglide/messages/staff_intro_leader.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Intro_LeaderInputs */
var da_staff_intro_leader = () => {
	return `Alle borgere i jeres tilbud.`;
};
var en_staff_intro_leader = () => {
	return `All citizens in your unit.`;
};
/**
* | output |
* | --- |
* | "All citizens in your unit." |
*
* @param {Staff_Intro_LeaderInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_intro_leader = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_intro_leader(inputs);
	return da_staff_intro_leader(inputs);
});
// src/lib/paraglide/messages/staff_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_EmptyInputs */
var da_staff_empty = () => {
	return `Du har ingen borgere lige nu.`;
};
var en_staff_empty = () => {
	return `You have no citizens right now.`;
};
/**
* | output |
* | --- |
* | "You have no citizens right now." |
*
* @param {Staff_EmptyInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_empty = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_empty(inputs);
	return da_staff_empty(inputs);
});
// src/lib/paraglide/messages/staff_col_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Col_NameInputs */
var da_staff_col_name = () => {
	return `Navn`;
};
var en_staff_col_name = () => {
	return `Name`;
};
/**
* | output |
* | --- |
* | "Name" |
*
* @param {Staff_Col_NameInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_col_name = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_col_name(inputs);
	return da_staff_col_name(inputs);
});
// src/lib/paraglide/messages/staff_col_supporters.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Col_SupportersInputs */
var da_staff_col_supporters = () => {
	return `Kontaktperson eller team`;
};
var en_staff_col_supporters = () => {
	return `Contact person or team`;
};
/**
* | output |
* | --- |
* | "Contact person or team" |
*
* @param {Staff_Col_SupportersInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_col_supporters = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_col_supporters(inputs);
	return da_staff_col_supporters(inputs);
});
// src/lib/paraglide/messages/staff_requests_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Requests_LinkInputs */
var da_staff_requests_link = () => {
	return `Ønsker om sletning`;
};
var en_staff_requests_link = () => {
	return `Requests for deletion`;
};
/**
* | output |
* | --- |
* | "Requests for deletion" |
*
* @param {Staff_Requests_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_requests_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_requests_link(inputs);
	return da_staff_requests_link(inputs);
});
// src/lib/paraglide/messages/staff_col_flags.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Col_FlagsInputs */
var da_staff_col_flags = () => {
	return `Opmærksomhed`;
};
var en_staff_col_flags = () => {
	return `Attention`;
};
/**
* | output |
* | --- |
* | "Attention" |
*
* @param {Staff_Col_FlagsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_col_flags = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_col_flags(inputs);
	return da_staff_col_flags(inputs);
});
// src/lib/paraglide/messages/staff_collab_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Collab_LinkInputs */
var da_staff_collab_link = () => {
	return `Samarbejde: tendens og spørgsmål`;
};
var en_staff_collab_link = () => {
	return `Collaboration: trend and questions`;
};
/**
* | output |
* | --- |
* | "Collaboration: trend and questions" |
*
* @param {Staff_Collab_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_collab_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_collab_link(inputs);
	return da_staff_collab_link(inputs);
});
// src/lib/paraglide/messages/staff_wishes_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wishes_LinkInputs */
var da_staff_wishes_link = () => {
	return `Ønsker om kontaktperson`;
};
var en_staff_wishes_link = () => {
	return `Contact person wishes`;
};
/**
* | output |
* | --- |
* | "Contact person wishes" |
*
* @param {Staff_Wishes_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wishes_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wishes_link(inputs);
	return da_staff_wishes_link(inputs);
});
// src/lib/paraglide/messages/staff_flag_wish.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Flag_WishInputs */
var da_staff_flag_wish = () => {
	return `Ønsker ny kontaktperson`;
};
var en_staff_flag_wish = () => {
	return `Wishes a new contact person`;
};
/**
* | output |
* | --- |
* | "Wishes a new contact person" |
*
* @param {Staff_Flag_WishInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_flag_wish = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_flag_wish(inputs);
	return da_staff_flag_wish(inputs);
});
// src/lib/paraglide/messages/staff_flag_wish_overdue.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Flag_Wish_OverdueInputs */
var da_staff_flag_wish_overdue = () => {
	return `Ønske ikke besvaret til tiden`;
};
var en_staff_flag_wish_overdue = () => {
	return `Wish not answered in time`;
};
/**
* | output |
* | --- |
* | "Wish not answered in time" |
*
* @param {Staff_Flag_Wish_OverdueInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_flag_wish_overdue = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_flag_wish_overdue(inputs);
	return da_staff_flag_wish_overdue(inputs);
});
// src/lib/paraglide/messages/staff_workers_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Workers_LinkInputs */
var da_staff_workers_link = () => {
	return `Medarbejdere og profiler`;
};
var en_staff_workers_link = () => {
	return `Staff and profiles`;
};
/**
* | output |
* | --- |
* | "Staff and profiles" |
*
* @param {Staff_Workers_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_workers_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_workers_link(inputs);
	return da_staff_workers_link(inputs);
});
// src/lib/paraglide/messages/staff_own_profile_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Own_Profile_LinkInputs */
var da_staff_own_profile_link = () => {
	return `Min profil`;
};
var en_staff_own_profile_link = () => {
	return `My profile`;
};
/**
* | output |
* | --- |
* | "My profile" |
*
* @param {Staff_Own_Profile_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_own_profile_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_own_profile_link(inputs);
	return da_staff_own_profile_link(inputs);
});
// src/lib/paraglide/messages/staff_changes_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Changes_TitleInputs */
var da_staff_changes_title = () => {
	return `Ændringer på vej`;
};
var en_staff_changes_title = () => {
	return `Changes coming up`;
};
/**
* | output |
* | --- |
* | "Changes coming up" |
*
* @param {Staff_Changes_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_changes_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_changes_title(inputs);
	return da_staff_changes_title(inputs);
});
// src/lib/paraglide/messages/staff_change_start.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ citizen: NonNullable<unknown>, date: NonNullable<unknown> }} Staff_Change_StartInputs */
var da_staff_change_start = (i) => {
	return `${i?.citizen}: du starter den ${i?.date}.`;
};
var en_staff_change_start = (i) => {
	return `${i?.citizen}: you start on ${i?.date}.`;
};
/**
* | output |
* | --- |
* | "{citizen}: you start on {date}." |
*
* @param {Staff_Change_StartInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_change_start = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_change_start(inputs);
	return da_staff_change_start(inputs);
});
// src/lib/paraglide/messages/staff_change_end.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ citizen: NonNullable<unknown>, date: NonNullable<unknown> }} Staff_Change_EndInputs */
var da_staff_change_end = (i) => {
	return `${i?.citizen}: din sidste dag er den ${i?.date}.`;
};
var en_staff_change_end = (i) => {
	return `${i?.citizen}: your last day is ${i?.date}.`;
};
/**
* | output |
* | --- |
* | "{citizen}: your last day is {date}." |
*
* @param {Staff_Change_EndInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_change_end = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_change_end(inputs);
	return da_staff_change_end(inputs);
});
// src/lib/paraglide/messages/staff_settings_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Settings_LinkInputs */
var da_staff_settings_link = () => {
	return `Indstillinger for enheden`;
};
var en_staff_settings_link = () => {
	return `Settings for the unit`;
};
/**
* | output |
* | --- |
* | "Settings for the unit" |
*
* @param {Staff_Settings_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_settings_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_settings_link(inputs);
	return da_staff_settings_link(inputs);
});
// src/lib/paraglide/messages/staff_col_next_meeting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Col_Next_MeetingInputs */
var da_staff_col_next_meeting = () => {
	return `Næste møde`;
};
var en_staff_col_next_meeting = () => {
	return `Next meeting`;
};
/**
* | output |
* | --- |
* | "Next meeting" |
*
* @param {Staff_Col_Next_MeetingInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_col_next_meeting = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_col_next_meeting(inputs);
	return da_staff_col_next_meeting(inputs);
});
// src/lib/paraglide/messages/staff_col_unread.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Col_UnreadInputs */
var da_staff_col_unread = () => {
	return `Ikke læst`;
};
var en_staff_col_unread = () => {
	return `Not read`;
};
/**
* | output |
* | --- |
* | "Not read" |
*
* @param {Staff_Col_UnreadInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_col_unread = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_col_unread(inputs);
	return da_staff_col_unread(inputs);
});
// src/lib/paraglide/messages/staff_col_trend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Col_TrendInputs */
var da_staff_col_trend = () => {
	return `Samarbejde`;
};
var en_staff_col_trend = () => {
	return `Collaboration`;
};
/**
* | output |
* | --- |
* | "Collaboration" |
*
* @param {Staff_Col_TrendInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_col_trend = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_col_trend(inputs);
	return da_staff_col_trend(inputs);
});
// src/lib/paraglide/messages/staff_sparkline.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ faces: NonNullable<unknown> }} Staff_SparklineInputs */
var da_staff_sparkline = (i) => {
	return `Seneste vurderinger: ${i?.faces}`;
};
var en_staff_sparkline = (i) => {
	return `Recent ratings: ${i?.faces}`;
};
/**
* | output |
* | --- |
* | "Recent ratings: {faces}" |
*
* @param {Staff_SparklineInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_sparkline = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_sparkline(inputs);
	return da_staff_sparkline(inputs);
});
// src/lib/paraglide/messages/staff_flag_temporary_over.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Flag_Temporary_OverInputs */
var da_staff_flag_temporary_over = () => {
	return `Midlertidig periode er slut`;
};
var en_staff_flag_temporary_over = () => {
	return `Temporary period is over`;
};
/**
* | output |
* | --- |
* | "Temporary period is over" |
*
* @param {Staff_Flag_Temporary_OverInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_flag_temporary_over = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_flag_temporary_over(inputs);
	return da_staff_flag_temporary_over(inputs);
});
// src/lib/paraglide/messages/staff_flag_evaluation_due.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Flag_Evaluation_DueInputs */
var da_staff_flag_evaluation_due = () => {
	return `Evaluering snart`;
};
var en_staff_flag_evaluation_due = () => {
	return `Evaluation soon`;
};
/**
* | output |
* | --- |
* | "Evaluation soon" |
*
* @param {Staff_Flag_Evaluation_DueInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_flag_evaluation_due = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_flag_evaluation_due(inputs);
	return da_staff_flag_evaluation_due(inputs);
});
// src/lib/paraglide/messages/staff_flag_review_late.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Flag_Review_LateInputs */
var da_staff_flag_review_late = () => {
	return `Før mødet ikke gennemgået`;
};
var en_staff_flag_review_late = () => {
	return `Before the meeting not reviewed`;
};
/**
* | output |
* | --- |
* | "Before the meeting not reviewed" |
*
* @param {Staff_Flag_Review_LateInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_flag_review_late = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_flag_review_late(inputs);
	return da_staff_flag_review_late(inputs);
});
// src/lib/paraglide/messages/staff_no_meeting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_No_MeetingInputs */
var da_staff_no_meeting = () => {
	return `Intet planlagt`;
};
var en_staff_no_meeting = () => {
	return `None planned`;
};
/**
* | output |
* | --- |
* | "None planned" |
*
* @param {Staff_No_MeetingInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_no_meeting = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_no_meeting(inputs);
	return da_staff_no_meeting(inputs);
});
// src/lib/paraglide/messages/staff_new_citizen_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_New_Citizen_LinkInputs */
var da_staff_new_citizen_link = () => {
	return `Opret en borger`;
};
var en_staff_new_citizen_link = () => {
	return `Create a citizen`;
};
/**
* | output |
* | --- |
* | "Create a citizen" |
*
* @param {Staff_New_Citizen_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_citizen_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_citizen_link(inputs);
	return da_staff_new_citizen_link(inputs);
});
// src/lib/components/ratings/sparkline.svelte
function Sparkline($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** A small trend line of recent overall scores (0–10), with the faces in words as its name. */
		let { scores } = $$props;
		const points = derived(() => scores.map((score, index) => `${scores.length === 1 ? 30 : index * 60 / (scores.length - 1)},${(16 - score / 10 * 14 - 1).toFixed(1)}`).join(" "));
		if (scores.length > 0) $$renderer.push(`<!--[0--><svg class="sparkline svelte-l8zhwi" viewBox="-2 -2 64 20" width="64" height="20" role="img"${attr("aria-label", staff_sparkline({ faces: scores.map(scoreLabel).join(", ") }))}><polyline${attr("points", points())} fill="none" stroke="currentColor" stroke-width="2" stroke-linejoin="round"></polyline></svg>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
// src/routes/(staff)/staff/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const title = derived(() => data.isLeader ? staff_title_leader({ unit: data.unitName }) : staff_title_worker());
		head("1g2lrvj", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(title())}</h1> <p>${escape_html(data.isLeader ? staff_intro_leader() : staff_intro_worker())}</p> <ul class="plain-list"><li><a${attr("href", localizeHref(routes.staffCollaboration()))}>${escape_html(staff_collab_link())}</a></li> `);
		if (data.isLeader) $$renderer.push(`<!--[0--><li><a${attr("href", localizeHref(routes.staffNewCitizen()))}>${escape_html(staff_new_citizen_link())}</a></li> <li><a${attr("href", localizeHref(routes.staffWishes()))}>${escape_html(staff_wishes_link())}</a></li> <li><a${attr("href", localizeHref(routes.staffWorkers()))}>${escape_html(staff_workers_link())}</a></li> <li><a${attr("href", localizeHref(routes.staffSettings()))}>${escape_html(staff_settings_link())}</a></li> <li><a${attr("href", localizeHref("/staff/deletion-requests"))}>${escape_html(staff_requests_link())}</a></li>`);
		else $$renderer.push(`<!--[-1--><li><a${attr("href", localizeHref(routes.staffWorker(data.userId)))}>${escape_html(staff_own_profile_link())}</a></li>`);
		$$renderer.push(`<!--]--></ul> `);
		if (data.changes.length > 0) {
			$$renderer.push(`<!--[0--><h2>${escape_html(staff_changes_title())}</h2> <ul class="plain-list"><!--[-->`);
			const each_array = ensure_array_like(data.changes);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let change = each_array[$$index];
				$$renderer.push(`<li>${escape_html(change.kind === "start" ? staff_change_start({
					citizen: change.citizenName,
					date: formatDate(change.date)
				}) : staff_change_end({
					citizen: change.citizenName,
					date: formatDate(change.date)
				}))}</li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.citizens.length === 0) $$renderer.push(`<!--[0--><p class="notice">${escape_html(staff_empty())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><div class="table-wrap"><table><caption class="visually-hidden">${escape_html(title())}</caption><thead><tr><th scope="col">${escape_html(staff_col_name())}</th><th scope="col">${escape_html(staff_col_supporters())}</th><th scope="col">${escape_html(staff_col_next_meeting())}</th><th scope="col">${escape_html(staff_col_unread())}</th><th scope="col">${escape_html(staff_col_trend())}</th><th scope="col">${escape_html(staff_col_flags())}</th><th scope="col">${escape_html(staff_col_hours())}</th></tr></thead><tbody><!--[-->`);
			const each_array_1 = ensure_array_like(data.citizens);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let citizen = each_array_1[$$index_1];
				$$renderer.push(`<tr><th scope="row"><a${attr("href", localizeHref(routes.staffCitizen(citizen.id)))}>${escape_html(citizen.name)}</a></th><td>`);
				Supporter_list($$renderer, { supporters: citizen.supporters });
				$$renderer.push(`<!----></td><td>`);
				if (citizen.nextMeeting) $$renderer.push(`<!--[0--><a${attr("href", localizeHref(routes.staffMeeting(citizen.id, citizen.nextMeeting.id)))}>${escape_html(formatDate(dayOf(citizen.nextMeeting.startsAt)))}</a>`);
				else $$renderer.push(`<!--[-1-->${escape_html(staff_no_meeting())}`);
				$$renderer.push(`<!--]--></td><td>${escape_html(citizen.nextMeeting ? citizen.unread : "")}</td><td>`);
				Sparkline($$renderer, { scores: citizen.sparkline });
				$$renderer.push(`<!----></td><td>`);
				if (citizen.flags.reviewLate) $$renderer.push(`<!--[0--><span class="flag">${escape_html(staff_flag_review_late())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (citizen.ratingFlag?.isLow) $$renderer.push(`<!--[0--><span class="flag">${escape_html(staff_flag_low())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (citizen.ratingFlag?.isFalling) $$renderer.push(`<!--[0--><span class="flag">${escape_html(staff_flag_falling())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (citizen.wishFlag) $$renderer.push(`<!--[0--><span class="flag">${escape_html(citizen.wishFlag.isOverdue ? staff_flag_wish_overdue() : staff_flag_wish())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (citizen.flags.temporaryPeriodOver) $$renderer.push(`<!--[0--><span class="flag">${escape_html(staff_flag_temporary_over())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (citizen.flags.evaluationDue) $$renderer.push(`<!--[0--><span class="flag">${escape_html(staff_flag_evaluation_due())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></td><td>${escape_html(hours_band({ band: citizen.hoursBand.replace("-", "–") }))}</td></tr>`);
			}
			$$renderer.push(`<!--]--></tbody></table></div>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map