import { f as attr, i as derived, m as escape_html, o as ensure_array_like, s as head } from "../../../../../../chunks/server2.js";
import { t as app_name } from "../../../../../../chunks/app_name.js";
import { t as Icon } from "../../../../../../chunks/icon.js";
import "../../../../../../chunks/forms.js";
import { l as localizeHref, r as getLocale } from "../../../../../../chunks/runtime.js";
import { r as dreams_with_help } from "../../../../../../chunks/dreams_talk_marker.js";
import { t as dreams_history_entry } from "../../../../../../chunks/dreams_history_entry.js";
import { n as formatDate, r as formatTime, t as dayOf } from "../../../../../../chunks/format.js";
import { t as Error_summary } from "../../../../../../chunks/error-summary.js";
import { n as dreams_save, t as Dream_form_fields } from "../../../../../../chunks/dream-form-fields.js";
import { t as Dream_card } from "../../../../../../chunks/dream-card.js";
import { a as change_restore, c as change_create, i as change_confirm, o as change_delete, r as visibilityLabel, s as change_update } from "../../../../../../chunks/dream-labels.js";
import { n as Offline_notice, t as sendKeepingDraft } from "../../../../../../chunks/send-keeping-draft.js";
import "../../../../../../chunks/keep-draft.js";
// src/lib/paraglide/messages/dreams_edit_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_Edit_TitleInputs */
var da_dreams_edit_title = () => {
	return `Din drøm`;
};
var en_dreams_edit_title = () => {
	return `Your dream`;
};
/**
* | output |
* | --- |
* | "Your dream" |
*
* @param {Dreams_Edit_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_edit_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_edit_title(inputs);
	return da_dreams_edit_title(inputs);
});
// src/lib/paraglide/messages/dreams_edit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_EditInputs */
var da_dreams_edit = () => {
	return `Ret drømmen`;
};
var en_dreams_edit = () => {
	return `Change the dream`;
};
/**
* | output |
* | --- |
* | "Change the dream" |
*
* @param {Dreams_EditInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_edit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_edit(inputs);
	return da_dreams_edit(inputs);
});
// src/lib/paraglide/messages/dreams_edit_cancel.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_Edit_CancelInputs */
var da_dreams_edit_cancel = () => {
	return `Fortryd. Tilbage til drømmen.`;
};
var en_dreams_edit_cancel = () => {
	return `Cancel. Back to the dream.`;
};
/**
* | output |
* | --- |
* | "Cancel. Back to the dream." |
*
* @param {Dreams_Edit_CancelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_edit_cancel = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_edit_cancel(inputs);
	return da_dreams_edit_cancel(inputs);
});
// src/lib/paraglide/messages/dreams_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_SavedInputs */
var da_dreams_saved = () => {
	return `Din drøm er gemt.`;
};
var en_dreams_saved = () => {
	return `Your dream is saved.`;
};
/**
* | output |
* | --- |
* | "Your dream is saved." |
*
* @param {Dreams_SavedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_saved = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_saved(inputs);
	return da_dreams_saved(inputs);
});
// src/lib/paraglide/messages/dreams_confirm_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_Confirm_TextInputs */
var da_dreams_confirm_text = () => {
	return `Er det rigtigt? Så gem den som din egen.`;
};
var en_dreams_confirm_text = () => {
	return `Is it right? Then save it as your own.`;
};
/**
* | output |
* | --- |
* | "Is it right? Then save it as your own." |
*
* @param {Dreams_Confirm_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_confirm_text = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_confirm_text(inputs);
	return da_dreams_confirm_text(inputs);
});
// src/lib/paraglide/messages/dreams_confirm.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_ConfirmInputs */
var da_dreams_confirm = () => {
	return `Ja, det er min drøm`;
};
var en_dreams_confirm = () => {
	return `Yes, it is my dream`;
};
/**
* | output |
* | --- |
* | "Yes, it is my dream" |
*
* @param {Dreams_ConfirmInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_confirm = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_confirm(inputs);
	return da_dreams_confirm(inputs);
});
// src/lib/paraglide/messages/dreams_confirmed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_ConfirmedInputs */
var da_dreams_confirmed = () => {
	return `Nu er drømmen din egen.`;
};
var en_dreams_confirmed = () => {
	return `Now the dream is your own.`;
};
/**
* | output |
* | --- |
* | "Now the dream is your own." |
*
* @param {Dreams_ConfirmedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_confirmed = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_confirmed(inputs);
	return da_dreams_confirmed(inputs);
});
// src/lib/paraglide/messages/dreams_delete.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_DeleteInputs */
var da_dreams_delete = () => {
	return `Slet drømmen`;
};
var en_dreams_delete = () => {
	return `Delete the dream`;
};
/**
* | output |
* | --- |
* | "Delete the dream" |
*
* @param {Dreams_DeleteInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_delete = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_delete(inputs);
	return da_dreams_delete(inputs);
});
// src/lib/paraglide/messages/dreams_history_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_History_TitleInputs */
var da_dreams_history_title = () => {
	return `Tidligere udgaver`;
};
var en_dreams_history_title = () => {
	return `Earlier versions`;
};
/**
* | output |
* | --- |
* | "Earlier versions" |
*
* @param {Dreams_History_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_history_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_history_title(inputs);
	return da_dreams_history_title(inputs);
});
// src/routes/(citizen)/me/dreams/[dreamId]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const errors = derived(() => form?.errors ?? {});
		const values = derived(() => (form && "values" in form ? form.values : void 0) ?? data.dream);
		let isOffline = false;
		derived(() => `dream-${data.dream.id}`);
		sendKeepingDraft({ onOffline: (value) => isOffline = value });
		const isEditing = derived(() => data.isEditing || form !== null && form !== void 0 && "values" in form);
		const changeWords = {
			create: change_create,
			update: change_update,
			delete: change_delete,
			restore: change_restore,
			confirm: change_confirm
		};
		head("7fcxqr", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(dreams_edit_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(dreams_edit_title())}</h1> `);
		if (data.isJustSaved && !isEditing()) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(dreams_saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form && "confirmed" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(dreams_confirmed())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.dream.helperName && !isEditing()) {
			$$renderer.push(`<!--[0--><div class="card"><p>${escape_html(dreams_with_help({ name: data.dream.helperName }))}</p> `);
			if (!data.dream.isConfirmed) {
				$$renderer.push(`<!--[0--><p>${escape_html(dreams_confirm_text())}</p> <form method="POST" action="?/confirm"><button class="button" type="submit">`);
				Icon($$renderer, {
					name: "check",
					size: 24
				});
				$$renderer.push(`<!---->${escape_html(dreams_confirm())}</button></form>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (isEditing()) {
			$$renderer.push("<!--[0-->");
			Error_summary($$renderer, { errors: errors() });
			$$renderer.push(`<!----> `);
			if (isOffline) {
				$$renderer.push("<!--[0-->");
				Offline_notice($$renderer, {});
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <form method="POST" action="?/update" novalidate="">`);
			Dream_form_fields($$renderer, {
				values: values(),
				errors: errors()
			});
			$$renderer.push(`<!----> <button class="button button--large" type="submit">`);
			Icon($$renderer, {
				name: "save",
				size: 28
			});
			$$renderer.push(`<!---->${escape_html(dreams_save())}</button></form> <p><a class="line-link"${attr("href", localizeHref(`/me/dreams/${data.dream.id}`))}>${escape_html(dreams_edit_cancel())}</a></p>`);
		} else {
			$$renderer.push(`<!--[-1--><ul class="plain-list">`);
			Dream_card($$renderer, {
				dream: {
					...data.dream,
					helperName: null
				},
				children: ($$renderer) => {
					$$renderer.push(`<p class="muted">${escape_html(visibilityLabel(data.dream.visibility))}</p>`);
				},
				$$slots: { default: true }
			});
			$$renderer.push(`<!----></ul> <p><a class="button button--large"${attr("href", localizeHref(`/me/dreams/${data.dream.id}?edit`))}>`);
			Icon($$renderer, {
				name: "pencil",
				size: 28
			});
			$$renderer.push(`<!---->${escape_html(dreams_edit())}</a></p> <form method="POST" action="?/delete"><button class="button button--danger" type="submit">`);
			Icon($$renderer, {
				name: "trash-2",
				size: 24
			});
			$$renderer.push(`<!---->${escape_html(dreams_delete())}</button></form> <h2>${escape_html(dreams_history_title())}</h2> <ol class="log-list"><!--[-->`);
			const each_array = ensure_array_like(data.history);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let entry = each_array[$$index];
				$$renderer.push(`<li>${escape_html(dreams_history_entry({
					change: changeWords[entry.change](),
					date: formatDate(dayOf(entry.at)),
					time: formatTime(entry.at),
					name: entry.by
				}))}: <q>${escape_html(entry.text)}</q></li>`);
			}
			$$renderer.push(`<!--]--></ol>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map