import { f as attr, i as derived, m as escape_html, s as head } from "../../../../../../chunks/server2.js";
import { t as app_name } from "../../../../../../chunks/app_name.js";
import { t as Icon } from "../../../../../../chunks/icon.js";
import "../../../../../../chunks/keep-draft.js";
import { t as sendOrQueue } from "../../../../../../chunks/send-or-queue.js";
import { t as Error_summary } from "../../../../../../chunks/error-summary.js";
import { n as plan_save, t as Goal_fields } from "../../../../../../chunks/goal-fields.js";
import { r as getLocale } from "../../../../../../chunks/runtime.js";
// src/lib/paraglide/messages/plan_new_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_New_TitleInputs */
var da_plan_new_title = () => {
	return `Nyt mål`;
};
var en_plan_new_title = () => {
	return `New goal`;
};
/**
* | output |
* | --- |
* | "New goal" |
*
* @param {Plan_New_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_new_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_new_title(inputs);
	return da_plan_new_title(inputs);
});
// src/routes/(citizen)/me/plan/new/+page.svelte
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
			formKey: "goal-new",
			schema: () => import("../../../../../../chunks/plan2.js").then((module) => module.goalSchema),
			lists: ["dreamIds"],
			onCheck: (found) => offlineErrors = found
		});
		head("dw0tcm", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(plan_new_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(plan_new_title())}</h1> `);
		Error_summary($$renderer, { errors: errors() });
		$$renderer.push(`<!----> <form method="POST" novalidate=""><input type="hidden" name="clientId"${attr("value", form?.values?.clientId ?? data.clientId)}/> `);
		Goal_fields($$renderer, {
			text: form?.values?.text ?? "",
			dreams: data.dreams,
			linked: form?.values?.dreamIds ?? [],
			errors: errors()
		});
		$$renderer.push(`<!----> <button class="button button--large" type="submit">`);
		Icon($$renderer, {
			name: "save",
			size: 28
		});
		$$renderer.push(`<!---->${escape_html(plan_save())}</button></form>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map