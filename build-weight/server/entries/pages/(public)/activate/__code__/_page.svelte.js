import { f as attr, i as derived, m as escape_html, s as head } from "../../../../../chunks/server2.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import { t as Icon } from "../../../../../chunks/icon.js";
import { n as activate_login_name_hint, r as activate_login_name_label, t as activate_password_label } from "../../../../../chunks/activate_password_label.js";
import { t as activate_password_hint } from "../../../../../chunks/activate_password_hint.js";
import "../../../../../chunks/forms.js";
import { t as Error_summary } from "../../../../../chunks/error-summary.js";
import { t as Text_field } from "../../../../../chunks/text-field.js";
import { t as Show_password } from "../../../../../chunks/show-password.js";
import { r as getLocale } from "../../../../../chunks/runtime.js";
// src/lib/paraglide/messages/activate_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_TitleInputs */
var da_activate_title = () => {
	return `Kom i gang`;
};
var en_activate_title = () => {
	return `Get started`;
};
/**
* | output |
* | --- |
* | "Get started" |
*
* @param {Activate_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_title(inputs);
	return da_activate_title(inputs);
});
// src/lib/paraglide/messages/activate_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_IntroInputs */
var da_activate_intro = () => {
	return `Du har fået et brev med en kode. Skriv koden her.`;
};
var en_activate_intro = () => {
	return `You got a letter with a code. Write the code here.`;
};
/**
* | output |
* | --- |
* | "You got a letter with a code. Write the code here." |
*
* @param {Activate_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_intro(inputs);
	return da_activate_intro(inputs);
});
// src/lib/paraglide/messages/activate_code_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_Code_LabelInputs */
var da_activate_code_label = () => {
	return `Koden fra brevet`;
};
var en_activate_code_label = () => {
	return `The code from the letter`;
};
/**
* | output |
* | --- |
* | "The code from the letter" |
*
* @param {Activate_Code_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_code_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_code_label(inputs);
	return da_activate_code_label(inputs);
});
// src/lib/paraglide/messages/activate_code_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_Code_HintInputs */
var da_activate_code_hint = () => {
	return `Koden har 12 tegn. Den ser sådan her ud: ACDE-FHJK-MNPR.`;
};
var en_activate_code_hint = () => {
	return `The code has 12 characters. It looks like this: ACDE-FHJK-MNPR.`;
};
/**
* | output |
* | --- |
* | "The code has 12 characters. It looks like this: ACDE-FHJK-MNPR." |
*
* @param {Activate_Code_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_code_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_code_hint(inputs);
	return da_activate_code_hint(inputs);
});
// src/lib/paraglide/messages/activate_code_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_Code_SubmitInputs */
var da_activate_code_submit = () => {
	return `Næste`;
};
var en_activate_code_submit = () => {
	return `Next`;
};
/**
* | output |
* | --- |
* | "Next" |
*
* @param {Activate_Code_SubmitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_code_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_code_submit(inputs);
	return da_activate_code_submit(inputs);
});
// src/lib/paraglide/messages/activate_account_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Activate_Account_TitleInputs */
var da_activate_account_title = (i) => {
	return `Hej ${i?.name}`;
};
var en_activate_account_title = (i) => {
	return `Hello ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Hello {name}" |
*
* @param {Activate_Account_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_account_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_account_title(inputs);
	return da_activate_account_title(inputs);
});
// src/lib/paraglide/messages/activate_account_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_Account_IntroInputs */
var da_activate_account_intro = () => {
	return `Vælg et brugernavn og en adgangskode. Dem skal du bruge, når du logger ind.`;
};
var en_activate_account_intro = () => {
	return `Choose a user name and a password. You use them when you log in.`;
};
/**
* | output |
* | --- |
* | "Choose a user name and a password. You use them when you log in." |
*
* @param {Activate_Account_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_account_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_account_intro(inputs);
	return da_activate_account_intro(inputs);
});
// src/lib/paraglide/messages/activate_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_SubmitInputs */
var da_activate_submit = () => {
	return `Gem og log ind`;
};
var en_activate_submit = () => {
	return `Save and log in`;
};
/**
* | output |
* | --- |
* | "Save and log in" |
*
* @param {Activate_SubmitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_submit(inputs);
	return da_activate_submit(inputs);
});
// src/routes/(public)/activate/[[code]]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const errors = derived(() => form?.errors ?? {});
		head("1mg91hd", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(activate_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		if (form?.step === "account") {
			$$renderer.push(`<!--[0--><h1>${escape_html(activate_account_title({ name: form.displayName }))}</h1> `);
			Error_summary($$renderer, { errors: errors() });
			$$renderer.push(`<!----> <p class="lead">${escape_html(activate_account_intro())}</p> <form method="POST" action="?/activate" novalidate=""><input type="hidden" name="code"${attr("value", form.code)}/> `);
			Text_field($$renderer, {
				name: "loginName",
				label: activate_login_name_label(),
				hint: activate_login_name_hint(),
				value: form.values?.loginName ?? "",
				error: errors().loginName,
				autocomplete: "username",
				autocapitalize: "none",
				spellcheck: "false",
				required: true
			});
			$$renderer.push(`<!----> `);
			Text_field($$renderer, {
				name: "password",
				type: "password",
				label: activate_password_label(),
				hint: activate_password_hint(),
				error: errors().password,
				autocomplete: "new-password",
				required: true
			});
			$$renderer.push(`<!----> `);
			Show_password($$renderer, { field: "field-password" });
			$$renderer.push(`<!----> <button class="button button--large" type="submit">`);
			Icon($$renderer, {
				name: "check",
				size: 28
			});
			$$renderer.push(`<!---->${escape_html(activate_submit())}</button></form>`);
		} else {
			$$renderer.push(`<!--[-1--><h1>${escape_html(activate_title())}</h1> `);
			Error_summary($$renderer, { errors: errors() });
			$$renderer.push(`<!----> <p class="lead">${escape_html(activate_intro())}</p> <form method="POST" action="?/check" novalidate="">`);
			Text_field($$renderer, {
				name: "code",
				label: activate_code_label(),
				hint: activate_code_hint(),
				value: form?.values?.code ?? data.code,
				error: errors().code,
				autocomplete: "one-time-code",
				autocapitalize: "characters",
				spellcheck: "false",
				required: true
			});
			$$renderer.push(`<!----> <button class="button button--large" type="submit">${escape_html(activate_code_submit())}`);
			Icon($$renderer, {
				name: "arrow-right",
				size: 28
			});
			$$renderer.push(`<!----></button></form>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map