import { f as attr, i as derived, m as escape_html, o as ensure_array_like, s as head, t as attr_class } from "../../../../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../../../../chunks/app_name.js";
import "../../../../../../../../chunks/forms.js";
import "../../../../../../../../chunks/keep-draft.js";
import { l as localizeHref, r as getLocale } from "../../../../../../../../chunks/runtime.js";
import { t as collab_skipped } from "../../../../../../../../chunks/collab_skipped.js";
import { n as routes } from "../../../../../../../../chunks/routes.js";
import { t as meetings_when } from "../../../../../../../../chunks/meetings_when.js";
import { t as meetings_where } from "../../../../../../../../chunks/meetings_where.js";
import { t as meetings_who } from "../../../../../../../../chunks/meetings_who.js";
import { t as meeting_brings_label } from "../../../../../../../../chunks/meeting_brings_label.js";
import { n as formatDate, r as formatTime, t as dayOf } from "../../../../../../../../chunks/format.js";
import { t as meetingTypeLabel } from "../../../../../../../../chunks/meeting-labels.js";
import { n as scoreLabel } from "../../../../../../../../chunks/rating-labels.js";
import { t as planChangeSentence } from "../../../../../../../../chunks/plan-labels.js";
import { t as Error_summary } from "../../../../../../../../chunks/error-summary.js";
import { t as Text_area } from "../../../../../../../../chunks/text-area.js";
import "../../../../../../../../chunks/index-server.js";
// src/lib/paraglide/messages/staff_before_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Staff_Before_TitleInputs */
var da_staff_before_title = (i) => {
	return `Før mødet: ${i?.name}`;
};
var en_staff_before_title = (i) => {
	return `Before the meeting: ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Before the meeting: {name}" |
*
* @param {Staff_Before_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_before_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_before_title(inputs);
	return da_staff_before_title(inputs);
});
// src/lib/paraglide/messages/staff_before_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Before_IntroInputs */
var da_staff_before_intro = () => {
	return `Nyt og ændret siden sidste møde. Markér hvert punkt som læst.`;
};
var en_staff_before_intro = () => {
	return `New and changed since the last meeting. Mark each item as read.`;
};
/**
* | output |
* | --- |
* | "New and changed since the last meeting. Mark each item as read." |
*
* @param {Staff_Before_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_before_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_before_intro(inputs);
	return da_staff_before_intro(inputs);
});
// src/lib/paraglide/messages/staff_before_since.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Staff_Before_SinceInputs */
var da_staff_before_since = (i) => {
	return `Siden ${i?.date}`;
};
var en_staff_before_since = (i) => {
	return `Since ${i?.date}`;
};
/**
* | output |
* | --- |
* | "Since {date}" |
*
* @param {Staff_Before_SinceInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_before_since = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_before_since(inputs);
	return da_staff_before_since(inputs);
});
// src/lib/paraglide/messages/staff_before_first.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Before_FirstInputs */
var da_staff_before_first = () => {
	return `Første møde: alt, borgeren har delt.`;
};
var en_staff_before_first = () => {
	return `First meeting: everything the citizen has shared.`;
};
/**
* | output |
* | --- |
* | "First meeting: everything the citizen has shared." |
*
* @param {Staff_Before_FirstInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_before_first = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_before_first(inputs);
	return da_staff_before_first(inputs);
});
// src/lib/paraglide/messages/staff_before_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Before_NoneInputs */
var da_staff_before_none = () => {
	return `Intet nyt siden sidste møde.`;
};
var en_staff_before_none = () => {
	return `Nothing new since the last meeting.`;
};
/**
* | output |
* | --- |
* | "Nothing new since the last meeting." |
*
* @param {Staff_Before_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_before_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_before_none(inputs);
	return da_staff_before_none(inputs);
});
// src/lib/paraglide/messages/staff_before_reviewed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Before_ReviewedInputs */
var da_staff_before_reviewed = () => {
	return `Gennemgået: alt er læst.`;
};
var en_staff_before_reviewed = () => {
	return `Reviewed: everything is read.`;
};
/**
* | output |
* | --- |
* | "Reviewed: everything is read." |
*
* @param {Staff_Before_ReviewedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_before_reviewed = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_before_reviewed(inputs);
	return da_staff_before_reviewed(inputs);
});
// src/lib/paraglide/messages/staff_before_unread.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ count: NonNullable<unknown> }} Staff_Before_UnreadInputs */
var da_staff_before_unread = (i) => {
	return `${i?.count} ikke læst`;
};
var en_staff_before_unread = (i) => {
	return `${i?.count} not read`;
};
/**
* | output |
* | --- |
* | "{count} not read" |
*
* @param {Staff_Before_UnreadInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_before_unread = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_before_unread(inputs);
	return da_staff_before_unread(inputs);
});
// src/lib/paraglide/messages/staff_before_mark.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Before_MarkInputs */
var da_staff_before_mark = () => {
	return `Markér som læst`;
};
var en_staff_before_mark = () => {
	return `Mark as read`;
};
/**
* | output |
* | --- |
* | "Mark as read" |
*
* @param {Staff_Before_MarkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_before_mark = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_before_mark(inputs);
	return da_staff_before_mark(inputs);
});
// src/lib/paraglide/messages/staff_before_read.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Before_ReadInputs */
var da_staff_before_read = () => {
	return `Læst`;
};
var en_staff_before_read = () => {
	return `Read`;
};
/**
* | output |
* | --- |
* | "Read" |
*
* @param {Staff_Before_ReadInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_before_read = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_before_read(inputs);
	return da_staff_before_read(inputs);
});
// src/lib/paraglide/messages/staff_item_topic.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Item_TopicInputs */
var da_staff_item_topic = () => {
	return `Borgerens emne`;
};
var en_staff_item_topic = () => {
	return `The citizen’s topic`;
};
/**
* | output |
* | --- |
* | "The citizen’s topic" |
*
* @param {Staff_Item_TopicInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_item_topic = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_item_topic(inputs);
	return da_staff_item_topic(inputs);
});
// src/lib/paraglide/messages/staff_item_input.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Staff_Item_InputInputs */
var da_staff_item_input = (i) => {
	return `Fra ${i?.name} (pårørende)`;
};
var en_staff_item_input = (i) => {
	return `From ${i?.name} (relative)`;
};
/**
* | output |
* | --- |
* | "From {name} (relative)" |
*
* @param {Staff_Item_InputInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_item_input = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_item_input(inputs);
	return da_staff_item_input(inputs);
});
// src/lib/paraglide/messages/staff_item_dream.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Item_DreamInputs */
var da_staff_item_dream = () => {
	return `Drøm`;
};
var en_staff_item_dream = () => {
	return `Dream`;
};
/**
* | output |
* | --- |
* | "Dream" |
*
* @param {Staff_Item_DreamInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_item_dream = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_item_dream(inputs);
	return da_staff_item_dream(inputs);
});
// src/lib/paraglide/messages/staff_item_plan.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Item_PlanInputs */
var da_staff_item_plan = () => {
	return `Planen`;
};
var en_staff_item_plan = () => {
	return `The plan`;
};
/**
* | output |
* | --- |
* | "The plan" |
*
* @param {Staff_Item_PlanInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_item_plan = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_item_plan(inputs);
	return da_staff_item_plan(inputs);
});
// src/lib/paraglide/messages/staff_item_rating.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ face: NonNullable<unknown> }} Staff_Item_RatingInputs */
var da_staff_item_rating = (i) => {
	return `Vurdering: ${i?.face}`;
};
var en_staff_item_rating = (i) => {
	return `Rating: ${i?.face}`;
};
/**
* | output |
* | --- |
* | "Rating: {face}" |
*
* @param {Staff_Item_RatingInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_item_rating = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_item_rating(inputs);
	return da_staff_item_rating(inputs);
});
// src/lib/paraglide/messages/staff_summary_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Summary_TitleInputs */
var da_staff_summary_title = () => {
	return `Efter mødet`;
};
var en_staff_summary_title = () => {
	return `After the meeting`;
};
/**
* | output |
* | --- |
* | "After the meeting" |
*
* @param {Staff_Summary_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_summary_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_summary_title(inputs);
	return da_staff_summary_title(inputs);
});
// src/lib/paraglide/messages/staff_summary_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Summary_LabelInputs */
var da_staff_summary_label = () => {
	return `Referat i lettilgængeligt sprog (vises for borgeren)`;
};
var en_staff_summary_label = () => {
	return `Summary in easy-read language (shown to the citizen)`;
};
/**
* | output |
* | --- |
* | "Summary in easy-read language (shown to the citizen)" |
*
* @param {Staff_Summary_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_summary_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_summary_label(inputs);
	return da_staff_summary_label(inputs);
});
// src/lib/paraglide/messages/staff_agreements_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Agreements_LabelInputs */
var da_staff_agreements_label = () => {
	return `Det aftalte vi, én aftale pr. linje (vises for borgeren)`;
};
var en_staff_agreements_label = () => {
	return `What we agreed, one agreement per line (shown to the citizen)`;
};
/**
* | output |
* | --- |
* | "What we agreed, one agreement per line (shown to the citizen)" |
*
* @param {Staff_Agreements_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_agreements_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_agreements_label(inputs);
	return da_staff_agreements_label(inputs);
});
// src/lib/paraglide/messages/staff_summary_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Summary_SaveInputs */
var da_staff_summary_save = () => {
	return `Gem referatet`;
};
var en_staff_summary_save = () => {
	return `Save the summary`;
};
/**
* | output |
* | --- |
* | "Save the summary" |
*
* @param {Staff_Summary_SaveInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_summary_save = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_summary_save(inputs);
	return da_staff_summary_save(inputs);
});
// src/lib/paraglide/messages/staff_summary_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Summary_SavedInputs */
var da_staff_summary_saved = () => {
	return `Referatet er gemt. Borgeren kan se det.`;
};
var en_staff_summary_saved = () => {
	return `The summary is saved. The citizen can see it.`;
};
/**
* | output |
* | --- |
* | "The summary is saved. The citizen can see it." |
*
* @param {Staff_Summary_SavedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_summary_saved = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_summary_saved(inputs);
	return da_staff_summary_saved(inputs);
});
// src/lib/paraglide/messages/staff_remembers_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Remembers_TitleInputs */
var da_staff_remembers_title = () => {
	return `Borgeren husker det anderledes`;
};
var en_staff_remembers_title = () => {
	return `The citizen remembers it differently`;
};
/**
* | output |
* | --- |
* | "The citizen remembers it differently" |
*
* @param {Staff_Remembers_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_remembers_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_remembers_title(inputs);
	return da_staff_remembers_title(inputs);
});
// src/routes/(staff)/staff/citizens/[citizenId]/meetings/[meetingId]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const errors = derived(() => form && "errors" in form ? form.errors ?? {} : {});
		const values = derived(() => form && "values" in form ? form.values ?? {} : {});
		const kindLabel = (item) => item.kind === "topic" ? staff_item_topic() : item.kind === "input" ? staff_item_input({ name: item.by }) : item.kind === "dream" ? staff_item_dream() : item.kind === "plan" ? staff_item_plan() : staff_item_rating({ face: item.score == null ? collab_skipped() : scoreLabel(item.score) });
		const itemText = (item) => item.kind === "plan" && item.change ? planChangeSentence(item.change, item.by, item.text) : item.text;
		head("xiie67", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(staff_before_title({ name: data.citizen.name }))} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<p class="no-print svelte-xiie67"><a${attr("href", localizeHref(routes.staffCitizen(data.citizen.id)))}>`);
		Icon($$renderer, {
			name: "arrow-left",
			size: 20
		});
		$$renderer.push(`<!----> ${escape_html(data.citizen.name)}</a></p> <h1>${escape_html(staff_before_title({ name: data.citizen.name }))}</h1> <p class="lead">${escape_html(meetingTypeLabel(data.meeting.type))} · ${escape_html(meetings_when({
			date: formatDate(dayOf(data.meeting.startsAt)),
			time: formatTime(data.meeting.startsAt)
		}))} ·
	${escape_html(meetings_where({ place: data.meeting.place }))}</p> `);
		if (data.meeting.participants.length > 0) $$renderer.push(`<!--[0--><p>${escape_html(meetings_who({ names: data.meeting.participants.join(", ") }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.meeting.citizenBrings) $$renderer.push(`<!--[0--><p>${escape_html(meeting_brings_label())} ${escape_html(data.meeting.citizenBrings)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p>${escape_html(staff_before_intro())} ${escape_html(data.review.previousAt ? staff_before_since({ date: formatDate(dayOf(data.review.previousAt)) }) : staff_before_first())}</p> <p class="notice" role="status">${escape_html(data.review.isReviewed ? staff_before_reviewed() : staff_before_unread({ count: data.review.unread }))}</p> `);
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.review.items.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(staff_before_none())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="plain-list"><!--[-->`);
			const each_array = ensure_array_like(data.review.items);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let item = each_array[$$index];
				$$renderer.push(`<li${attr_class("card review-item svelte-xiie67", void 0, { "review-item--read": item.isRead })}><p><strong>${escape_html(kindLabel(item))}</strong> · ${escape_html(formatDate(dayOf(item.at)))}</p> `);
				if (item.text) $$renderer.push(`<!--[0--><p>${escape_html(itemText(item))}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (item.isRead) {
					$$renderer.push(`<!--[0--><p>`);
					Icon($$renderer, {
						name: "check",
						size: 20
					});
					$$renderer.push(`<!----> ${escape_html(staff_before_read())}</p>`);
				} else {
					$$renderer.push(`<!--[-1--><form method="POST" action="?/markRead" class="no-print svelte-xiie67"><input type="hidden" name="itemKey"${attr("value", item.key)}/> <button class="button button--secondary" type="submit">`);
					Icon($$renderer, {
						name: "check",
						size: 20
					});
					$$renderer.push(`<!---->${escape_html(staff_before_mark())}</button></form>`);
				}
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]--> <h2>${escape_html(staff_summary_title())}</h2> `);
		if (form && "summarySaved" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(staff_summary_saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		Error_summary($$renderer, { errors: errors() });
		$$renderer.push(`<!----> <form method="POST" action="?/summary" novalidate="" class="no-print svelte-xiie67">`);
		Text_area($$renderer, {
			name: "summary",
			label: staff_summary_label(),
			value: values().summary ?? data.meeting.summary,
			error: errors().summary,
			rows: 5,
			maxlength: 3e3
		});
		$$renderer.push(`<!----> `);
		Text_area($$renderer, {
			name: "agreements",
			label: staff_agreements_label(),
			value: values().agreements ?? data.meeting.agreements.join("\n"),
			error: errors().agreements,
			rows: 4
		});
		$$renderer.push(`<!----> <button class="button" type="submit">`);
		Icon($$renderer, {
			name: "save",
			size: 24
		});
		$$renderer.push(`<!---->${escape_html(staff_summary_save())}</button></form> `);
		if (data.meeting.remembersDifferently.length > 0) {
			$$renderer.push(`<!--[0--><h2>${escape_html(staff_remembers_title())}</h2> <ul class="plain-list"><!--[-->`);
			const each_array_1 = ensure_array_like(data.meeting.remembersDifferently);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let note = each_array_1[$$index_1];
				$$renderer.push(`<li class="card"><q>${escape_html(note.text)}</q></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map