import { f as attr, i as derived, m as escape_html, s as head } from "../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import "../../../../../chunks/forms.js";
import { t as activate_password_hint } from "../../../../../chunks/activate_password_hint.js";
import { l as localizeHref, r as getLocale } from "../../../../../chunks/runtime.js";
import { t as account_back } from "../../../../../chunks/account_back.js";
import { n as routes } from "../../../../../chunks/routes.js";
import { t as Error_summary } from "../../../../../chunks/error-summary.js";
import { t as Text_field } from "../../../../../chunks/text-field.js";
import { t as Show_password } from "../../../../../chunks/show-password.js";
// src/lib/paraglide/messages/password_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Password_TitleInputs */
var da_password_title = () => {
	return `Skift adgangskode`;
};
var en_password_title = () => {
	return `Change password`;
};
/**
* | output |
* | --- |
* | "Change password" |
*
* @param {Password_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var password_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_password_title(inputs);
	return da_password_title(inputs);
});
// src/lib/paraglide/messages/password_current_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Password_Current_LabelInputs */
var da_password_current_label = () => {
	return `Din adgangskode nu`;
};
var en_password_current_label = () => {
	return `Your password now`;
};
/**
* | output |
* | --- |
* | "Your password now" |
*
* @param {Password_Current_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var password_current_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_password_current_label(inputs);
	return da_password_current_label(inputs);
});
// src/lib/paraglide/messages/password_new_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Password_New_LabelInputs */
var da_password_new_label = () => {
	return `Ny adgangskode`;
};
var en_password_new_label = () => {
	return `New password`;
};
/**
* | output |
* | --- |
* | "New password" |
*
* @param {Password_New_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var password_new_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_password_new_label(inputs);
	return da_password_new_label(inputs);
});
// src/lib/paraglide/messages/password_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Password_SubmitInputs */
var da_password_submit = () => {
	return `Gem den nye adgangskode`;
};
var en_password_submit = () => {
	return `Save the new password`;
};
/**
* | output |
* | --- |
* | "Save the new password" |
*
* @param {Password_SubmitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var password_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_password_submit(inputs);
	return da_password_submit(inputs);
});
// src/lib/paraglide/messages/password_changed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Password_ChangedInputs */
var da_password_changed = () => {
	return `Din adgangskode er skiftet. Du er logget ud alle andre steder.`;
};
var en_password_changed = () => {
	return `Your password is changed. You are logged out everywhere else.`;
};
/**
* | output |
* | --- |
* | "Your password is changed. You are logged out everywhere else." |
*
* @param {Password_ChangedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var password_changed = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_password_changed(inputs);
	return da_password_changed(inputs);
});
// src/routes/(account)/account/password/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { form } = $$props;
		const errors = derived(() => form?.errors ?? {});
		head("1cwq8uf", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(password_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<p><a class="line-link"${attr("href", localizeHref(routes.account()))}>`);
		Icon($$renderer, {
			name: "arrow-left",
			size: 20
		});
		$$renderer.push(`<!----> ${escape_html(account_back())}</a></p> <h1>${escape_html(password_title())}</h1> `);
		if (form?.changed) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(password_changed())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		Error_summary($$renderer, { errors: errors() });
		$$renderer.push(`<!----> <form method="POST" novalidate="">`);
		Text_field($$renderer, {
			name: "currentPassword",
			type: "password",
			label: password_current_label(),
			error: errors().currentPassword,
			autocomplete: "current-password",
			required: true
		});
		$$renderer.push(`<!----> `);
		Text_field($$renderer, {
			name: "password",
			type: "password",
			label: password_new_label(),
			hint: activate_password_hint(),
			error: errors().password,
			autocomplete: "new-password",
			required: true
		});
		$$renderer.push(`<!----> `);
		Show_password($$renderer, { field: "field-password" });
		$$renderer.push(`<!----> <button class="button" type="submit">`);
		Icon($$renderer, {
			name: "save",
			size: 24
		});
		$$renderer.push(`<!---->${escape_html(password_submit())}</button></form>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map