import { f as attr, i as derived, m as escape_html, o as ensure_array_like, s as head } from "../../../../../../chunks/server2.js";
import { t as app_name } from "../../../../../../chunks/app_name.js";
import { t as Icon } from "../../../../../../chunks/icon.js";
import "../../../../../../chunks/keep-draft.js";
import { t as meetings_when } from "../../../../../../chunks/meetings_when.js";
import { t as meetings_where } from "../../../../../../chunks/meetings_where.js";
import { t as meetings_who } from "../../../../../../chunks/meetings_who.js";
import { n as meeting_input_from, r as meeting_prepare_title, t as meeting_remember_label } from "../../../../../../chunks/meeting_remember_label.js";
import { t as meeting_brings_label } from "../../../../../../chunks/meeting_brings_label.js";
import { n as meeting_summary_title, t as meeting_agreements_title } from "../../../../../../chunks/meeting_agreements_title.js";
import { t as sendOrQueue } from "../../../../../../chunks/send-or-queue.js";
import { l as localizeHref, r as getLocale } from "../../../../../../chunks/runtime.js";
import { n as formatDate, r as formatTime, t as dayOf } from "../../../../../../chunks/format.js";
import { t as meetingTypeLabel } from "../../../../../../chunks/meeting-labels.js";
import { t as Error_summary } from "../../../../../../chunks/error-summary.js";
import { t as Text_area } from "../../../../../../chunks/text-area.js";
import { t as Text_field } from "../../../../../../chunks/text-field.js";
// src/lib/paraglide/messages/meeting_prepare_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Prepare_IntroInputs */
var da_meeting_prepare_intro = () => {
	return `Skriv det, du vil tale om. Din kontaktperson læser det før mødet.`;
};
var en_meeting_prepare_intro = () => {
	return `Write what you want to talk about. Your contact person reads it before the meeting.`;
};
/**
* | output |
* | --- |
* | "Write what you want to talk about. Your contact person reads it before the meeting." |
*
* @param {Meeting_Prepare_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_prepare_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_prepare_intro(inputs);
	return da_meeting_prepare_intro(inputs);
});
// src/lib/paraglide/messages/meeting_topic_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Topic_LabelInputs */
var da_meeting_topic_label = () => {
	return `Skriv et emne`;
};
var en_meeting_topic_label = () => {
	return `Write a topic`;
};
/**
* | output |
* | --- |
* | "Write a topic" |
*
* @param {Meeting_Topic_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_topic_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_topic_label(inputs);
	return da_meeting_topic_label(inputs);
});
// src/lib/paraglide/messages/meeting_topic_add.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Topic_AddInputs */
var da_meeting_topic_add = () => {
	return `Tilføj`;
};
var en_meeting_topic_add = () => {
	return `Add`;
};
/**
* | output |
* | --- |
* | "Add" |
*
* @param {Meeting_Topic_AddInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_topic_add = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_topic_add(inputs);
	return da_meeting_topic_add(inputs);
});
// src/lib/paraglide/messages/meeting_topic_added.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Topic_AddedInputs */
var da_meeting_topic_added = () => {
	return `Dit emne er gemt.`;
};
var en_meeting_topic_added = () => {
	return `Your topic is saved.`;
};
/**
* | output |
* | --- |
* | "Your topic is saved." |
*
* @param {Meeting_Topic_AddedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_topic_added = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_topic_added(inputs);
	return da_meeting_topic_added(inputs);
});
// src/lib/paraglide/messages/meeting_topics_yours.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Topics_YoursInputs */
var da_meeting_topics_yours = () => {
	return `Dine emner`;
};
var en_meeting_topics_yours = () => {
	return `Your topics`;
};
/**
* | output |
* | --- |
* | "Your topics" |
*
* @param {Meeting_Topics_YoursInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_topics_yours = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_topics_yours(inputs);
	return da_meeting_topics_yours(inputs);
});
// src/lib/paraglide/messages/meeting_dreams_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Dreams_TitleInputs */
var da_meeting_dreams_title = () => {
	return `Drømme, du vil tale om`;
};
var en_meeting_dreams_title = () => {
	return `Dreams you want to talk about`;
};
/**
* | output |
* | --- |
* | "Dreams you want to talk about" |
*
* @param {Meeting_Dreams_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_dreams_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_dreams_title(inputs);
	return da_meeting_dreams_title(inputs);
});
// src/lib/paraglide/messages/meeting_dreams_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Dreams_NoneInputs */
var da_meeting_dreams_none = () => {
	return `Du har ikke valgt nogen drømme til mødet.`;
};
var en_meeting_dreams_none = () => {
	return `You have not chosen any dreams for the meeting.`;
};
/**
* | output |
* | --- |
* | "You have not chosen any dreams for the meeting." |
*
* @param {Meeting_Dreams_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_dreams_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_dreams_none(inputs);
	return da_meeting_dreams_none(inputs);
});
// src/lib/paraglide/messages/meeting_dreams_change.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Dreams_ChangeInputs */
var da_meeting_dreams_change = () => {
	return `Vælg drømme under Mine drømme`;
};
var en_meeting_dreams_change = () => {
	return `Choose dreams under My dreams`;
};
/**
* | output |
* | --- |
* | "Choose dreams under My dreams" |
*
* @param {Meeting_Dreams_ChangeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_dreams_change = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_dreams_change(inputs);
	return da_meeting_dreams_change(inputs);
});
// src/lib/paraglide/messages/meeting_brings_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Brings_HintInputs */
var da_meeting_brings_hint = () => {
	return `For eksempel en ven, en fra familien eller din brugerguide.`;
};
var en_meeting_brings_hint = () => {
	return `For example a friend, family or your peer guide.`;
};
/**
* | output |
* | --- |
* | "For example a friend, family or your peer guide." |
*
* @param {Meeting_Brings_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_brings_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_brings_hint(inputs);
	return da_meeting_brings_hint(inputs);
});
// src/lib/paraglide/messages/meeting_brings_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Brings_SaveInputs */
var da_meeting_brings_save = () => {
	return `Gem`;
};
var en_meeting_brings_save = () => {
	return `Save`;
};
/**
* | output |
* | --- |
* | "Save" |
*
* @param {Meeting_Brings_SaveInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_brings_save = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_brings_save(inputs);
	return da_meeting_brings_save(inputs);
});
// src/lib/paraglide/messages/meeting_brings_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Brings_SavedInputs */
var da_meeting_brings_saved = () => {
	return `Gemt.`;
};
var en_meeting_brings_saved = () => {
	return `Saved.`;
};
/**
* | output |
* | --- |
* | "Saved." |
*
* @param {Meeting_Brings_SavedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_brings_saved = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_brings_saved(inputs);
	return da_meeting_brings_saved(inputs);
});
// src/lib/paraglide/messages/meeting_remember_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Remember_HintInputs */
var da_meeting_remember_hint = () => {
	return `Skriv, hvordan du husker det. Din kontaktperson kan se det.`;
};
var en_meeting_remember_hint = () => {
	return `Write how you remember it. Your contact person can see it.`;
};
/**
* | output |
* | --- |
* | "Write how you remember it. Your contact person can see it." |
*
* @param {Meeting_Remember_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_remember_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_remember_hint(inputs);
	return da_meeting_remember_hint(inputs);
});
// src/lib/paraglide/messages/meeting_remember_send.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Remember_SendInputs */
var da_meeting_remember_send = () => {
	return `Send`;
};
var en_meeting_remember_send = () => {
	return `Send`;
};
/**
* | output |
* | --- |
* | "Send" |
*
* @param {Meeting_Remember_SendInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_remember_send = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_remember_send(inputs);
	return da_meeting_remember_send(inputs);
});
// src/lib/paraglide/messages/meeting_remember_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Remember_SavedInputs */
var da_meeting_remember_saved = () => {
	return `Tak. Din kontaktperson kan se det nu.`;
};
var en_meeting_remember_saved = () => {
	return `Thank you. Your contact person can see it now.`;
};
/**
* | output |
* | --- |
* | "Thank you. Your contact person can see it now." |
*
* @param {Meeting_Remember_SavedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_remember_saved = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_remember_saved(inputs);
	return da_meeting_remember_saved(inputs);
});
// src/lib/paraglide/messages/meeting_remember_yours.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Remember_YoursInputs */
var da_meeting_remember_yours = () => {
	return `Det skrev du bagefter`;
};
var en_meeting_remember_yours = () => {
	return `What you wrote afterwards`;
};
/**
* | output |
* | --- |
* | "What you wrote afterwards" |
*
* @param {Meeting_Remember_YoursInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_remember_yours = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_remember_yours(inputs);
	return da_meeting_remember_yours(inputs);
});
// src/routes/(citizen)/me/meetings/[meetingId]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		let offlineErrors = null;
		const formErrors = derived(() => form && "errors" in form ? form.errors ?? {} : {});
		const errors = derived(() => offlineErrors ?? formErrors());
		const topics = derived(() => data.meeting.notes.filter((n) => n.kind !== "remembers_differently"));
		const remembered = derived(() => data.meeting.notes.filter((n) => n.kind === "remembers_differently"));
		const formKey = derived(() => `meeting-${data.meeting.id}`);
		sendOrQueue({
			get userId() {
				return data.userId;
			},
			get formKey() {
				return formKey();
			},
			schema: () => import("../../../../../../chunks/meetings2.js").then((module) => module.meetingNoteSchema),
			onCheck: (found) => offlineErrors = found
		});
		head("ttirkf", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(meetingTypeLabel(data.meeting.type))} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(meetingTypeLabel(data.meeting.type))}</h1> <p class="lead">${escape_html(meetings_when({
			date: formatDate(dayOf(data.meeting.startsAt)),
			time: formatTime(data.meeting.startsAt)
		}))}</p> <p>${escape_html(meetings_where({ place: data.meeting.place }))}</p> `);
		if (data.meeting.participants.length > 0) $$renderer.push(`<!--[0--><p>${escape_html(meetings_who({ names: data.meeting.participants.join(", ") }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form && "saved" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(form.kind === "topic" ? meeting_topic_added() : form.kind === "brings" ? meeting_brings_saved() : meeting_remember_saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		Error_summary($$renderer, { errors: errors() });
		$$renderer.push(`<!----> `);
		if (data.meeting.isHeld) {
			$$renderer.push(`<!--[0--><h2>${escape_html(meeting_summary_title())}</h2> <p class="lead">${escape_html(data.meeting.summary)}</p> `);
			if (data.meeting.agreements.length > 0) {
				$$renderer.push(`<!--[0--><h2>${escape_html(meeting_agreements_title())}</h2> <ul><!--[-->`);
				const each_array = ensure_array_like(data.meeting.agreements);
				for (let index = 0, $$length = each_array.length; index < $$length; index++) {
					let agreement = each_array[index];
					$$renderer.push(`<li>${escape_html(agreement)}</li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (remembered().length > 0) {
				$$renderer.push(`<!--[0--><h2>${escape_html(meeting_remember_yours())}</h2> <ul class="plain-list"><!--[-->`);
				const each_array_1 = ensure_array_like(remembered());
				for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
					let note = each_array_1[$$index_1];
					$$renderer.push(`<li class="card"><q>${escape_html(note.text)}</q></li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <form method="POST" action="?/remember" novalidate="">`);
			Text_area($$renderer, {
				name: "text",
				label: meeting_remember_label(),
				hint: meeting_remember_hint(),
				value: "",
				error: form?.kind === "remembers_differently" ? errors().text : void 0,
				rows: 3,
				maxlength: 1e3
			});
			$$renderer.push(`<!----> <button class="button" type="submit">`);
			Icon($$renderer, {
				name: "message-circle-heart",
				size: 24
			});
			$$renderer.push(`<!---->${escape_html(meeting_remember_send())}</button></form>`);
		} else {
			$$renderer.push(`<!--[-1--><h2>${escape_html(meeting_prepare_title())}</h2> <p>${escape_html(meeting_prepare_intro())}</p> `);
			if (topics().length > 0) {
				$$renderer.push(`<!--[0--><h3>${escape_html(meeting_topics_yours())}</h3> <ul class="plain-list"><!--[-->`);
				const each_array_2 = ensure_array_like(topics());
				for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
					let note = each_array_2[$$index_2];
					$$renderer.push(`<li class="card">${escape_html(note.text)}`);
					if (!note.isOwn) $$renderer.push(`<!--[0--><br/><span class="muted">${escape_html(meeting_input_from({ name: note.authorName }))}</span>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <form method="POST" action="?/topic" novalidate=""><input type="hidden" name="clientId"${attr("value", data.clientId)}/> `);
			Text_area($$renderer, {
				name: "text",
				label: meeting_topic_label(),
				value: "",
				error: errors().text,
				rows: 3,
				maxlength: 1e3
			});
			$$renderer.push(`<!----> <button class="button button--large" type="submit">`);
			Icon($$renderer, {
				name: "plus",
				size: 28
			});
			$$renderer.push(`<!---->${escape_html(meeting_topic_add())}</button></form> <h3>${escape_html(meeting_dreams_title())}</h3> `);
			if (data.dreams.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(meeting_dreams_none())}</p>`);
			else {
				$$renderer.push(`<!--[-1--><ul><!--[-->`);
				const each_array_3 = ensure_array_like(data.dreams);
				for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
					let dream = each_array_3[$$index_3];
					$$renderer.push(`<li>${escape_html(dream.text)}</li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			}
			$$renderer.push(`<!--]--> <p><a class="line-link"${attr("href", localizeHref("/me/dreams"))}>${escape_html(meeting_dreams_change())}</a></p> <form method="POST" action="?/brings" novalidate="">`);
			Text_field($$renderer, {
				name: "citizenBrings",
				label: meeting_brings_label(),
				hint: meeting_brings_hint(),
				value: data.meeting.citizenBrings,
				error: errors().citizenBrings,
				autocomplete: "off"
			});
			$$renderer.push(`<!----> <button class="button button--secondary" type="submit">`);
			Icon($$renderer, {
				name: "save",
				size: 24
			});
			$$renderer.push(`<!---->${escape_html(meeting_brings_save())}</button></form>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map