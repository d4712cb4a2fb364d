import { f as attr, i as derived, m as escape_html, s as head } from "../../../../../../chunks/server2.js";
import { t as app_name } from "../../../../../../chunks/app_name.js";
import { t as Icon } from "../../../../../../chunks/icon.js";
import "../../../../../../chunks/keep-draft.js";
import { t as sendOrQueue } from "../../../../../../chunks/send-or-queue.js";
import { t as Error_summary } from "../../../../../../chunks/error-summary.js";
import { n as dreams_save, t as Dream_form_fields } from "../../../../../../chunks/dream-form-fields.js";
import { r as getLocale } from "../../../../../../chunks/runtime.js";
// src/lib/paraglide/messages/dreams_new_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_New_TitleInputs */
var da_dreams_new_title = () => {
	return `Ny drøm`;
};
var en_dreams_new_title = () => {
	return `New dream`;
};
/**
* | output |
* | --- |
* | "New dream" |
*
* @param {Dreams_New_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_new_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_new_title(inputs);
	return da_dreams_new_title(inputs);
});
// src/routes/(citizen)/me/dreams/new/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		/** Problems found on the phone when the form is kept for later (no network to ask the server). */
		let offlineErrors = null;
		const errors = derived(() => offlineErrors ?? form?.errors ?? {});
		sendOrQueue({
			get userId() {
				return data.userId;
			},
			formKey: "dream-new",
			schema: () => import("../../../../../../chunks/dreams2.js").then((module) => module.dreamSchema),
			onCheck: (found) => offlineErrors = found
		});
		head("1arufkl", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(dreams_new_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(dreams_new_title())}</h1> `);
		Error_summary($$renderer, { errors: errors() });
		$$renderer.push(`<!----> <form method="POST" novalidate=""><input type="hidden" name="clientId"${attr("value", form?.values?.clientId ?? data.clientId)}/> `);
		Dream_form_fields($$renderer, {
			values: form?.values ?? {},
			errors: errors()
		});
		$$renderer.push(`<!----> <button class="button button--large" type="submit">`);
		Icon($$renderer, {
			name: "save",
			size: 28
		});
		$$renderer.push(`<!---->${escape_html(dreams_save())}</button></form>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map