import { f as attr, i as derived, m as escape_html, s as head } from "../../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../../chunks/app_name.js";
import "../../../../../../chunks/keep-draft.js";
import { i as helpers_invite_relative, n as helpers_invite_guide, r as helpers_invite_relative_hint, t as helpers_invite_guide_hint } from "../../../../../../chunks/helpers_invite_guide_hint.js";
import { l as localizeHref, r as getLocale } from "../../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../../chunks/routes.js";
import { t as Error_summary } from "../../../../../../chunks/error-summary.js";
import { t as Text_field } from "../../../../../../chunks/text-field.js";
import { n as Invitation_share, t as Grant_settings_fields } from "../../../../../../chunks/grant-settings-fields.js";
// src/lib/paraglide/messages/helpers_new_choose.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_New_ChooseInputs */
var da_helpers_new_choose = () => {
	return `Hvem vil du invitere?`;
};
var en_helpers_new_choose = () => {
	return `Who do you want to invite?`;
};
/**
* | output |
* | --- |
* | "Who do you want to invite?" |
*
* @param {Helpers_New_ChooseInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_new_choose = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_new_choose(inputs);
	return da_helpers_new_choose(inputs);
});
// src/lib/paraglide/messages/helpers_name_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Name_LabelInputs */
var da_helpers_name_label = () => {
	return `Navn`;
};
var en_helpers_name_label = () => {
	return `Name`;
};
/**
* | output |
* | --- |
* | "Name" |
*
* @param {Helpers_Name_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_name_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_name_label(inputs);
	return da_helpers_name_label(inputs);
});
// src/lib/paraglide/messages/helpers_name_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Name_HintInputs */
var da_helpers_name_hint = () => {
	return `Det navn, du kender personen under.`;
};
var en_helpers_name_hint = () => {
	return `The name you know the person by.`;
};
/**
* | output |
* | --- |
* | "The name you know the person by." |
*
* @param {Helpers_Name_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_name_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_name_hint(inputs);
	return da_helpers_name_hint(inputs);
});
// src/lib/paraglide/messages/helpers_new_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_New_SubmitInputs */
var da_helpers_new_submit = () => {
	return `Lav invitationen`;
};
var en_helpers_new_submit = () => {
	return `Make the invitation`;
};
/**
* | output |
* | --- |
* | "Make the invitation" |
*
* @param {Helpers_New_SubmitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_new_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_new_submit(inputs);
	return da_helpers_new_submit(inputs);
});
// src/routes/(citizen)/me/helpers/new/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const errors = derived(() => form?.errors ?? {});
		const title = derived(() => data.kind === "guide" ? helpers_invite_guide() : helpers_invite_relative());
		head("q9ljh6", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(data.kind ? title() : helpers_new_choose())} – ${escape_html(app_name())}</title>`);
			});
		});
		if (form?.created) {
			$$renderer.push(`<!--[0--><h1>${escape_html(title())}</h1> `);
			Invitation_share($$renderer, {
				name: form.created.name,
				link: form.created.link,
				qrSvg: form.created.qrSvg
			});
			$$renderer.push(`<!---->`);
		} else if (!data.kind) {
			$$renderer.push(`<!--[1--><h1>${escape_html(helpers_new_choose())}</h1> <ul class="choice-list"><li><a class="button button--large"${attr("href", localizeHref(routes.citizenNewHelper("relative")))}>`);
			Icon($$renderer, {
				name: "user-plus",
				size: 28
			});
			$$renderer.push(`<!---->${escape_html(helpers_invite_relative())}</a> <p class="field__hint">${escape_html(helpers_invite_relative_hint())}</p></li> <li><a class="button button--large button--secondary"${attr("href", localizeHref(routes.citizenNewHelper("guide")))}>`);
			Icon($$renderer, {
				name: "hand-heart",
				size: 28
			});
			$$renderer.push(`<!---->${escape_html(helpers_invite_guide())}</a> <p class="field__hint">${escape_html(helpers_invite_guide_hint())}</p></li></ul>`);
		} else {
			$$renderer.push(`<!--[-1--><h1>${escape_html(title())}</h1> `);
			Error_summary($$renderer, { errors: errors() });
			$$renderer.push(`<!----> <form method="POST" novalidate=""><input type="hidden" name="kind"${attr("value", data.kind)}/> `);
			Text_field($$renderer, {
				name: "name",
				label: helpers_name_label(),
				hint: helpers_name_hint(),
				value: form?.values?.name ?? "",
				error: errors().name,
				autocomplete: "off",
				required: true
			});
			$$renderer.push(`<!----> `);
			Grant_settings_fields($$renderer, {
				kind: data.kind,
				areas: form?.values?.areas ?? [],
				canWriteInput: form?.values?.canWriteInput ?? false,
				endsOn: form?.values?.endsOn ?? data.defaultEndsOn ?? "",
				today: data.today,
				errors: errors()
			});
			$$renderer.push(`<!----> <button class="button button--large" type="submit">`);
			Icon($$renderer, {
				name: "user-plus",
				size: 28
			});
			$$renderer.push(`<!---->${escape_html(helpers_new_submit())}</button></form>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map