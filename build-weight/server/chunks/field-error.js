import { r as getLocale } from "./runtime.js";
import { f as attr, m as escape_html } from "./server2.js";
// src/lib/paraglide/messages/form_error_prefix.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Form_Error_PrefixInputs */
var da_form_error_prefix = () => {
	return `Fejl:`;
};
var en_form_error_prefix = () => {
	return `Error:`;
};
/**
* | output |
* | --- |
* | "Error:" |
*
* @param {Form_Error_PrefixInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var form_error_prefix = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_form_error_prefix(inputs);
	return da_form_error_prefix(inputs);
});
// src/lib/components/ui/field-error/field-error.svelte
function Field_error($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The message under a field, read as "Fejl: …" by screen readers (GOV.UK pattern). */
		let { id, error } = $$props;
		$$renderer.push(`<p class="field__error"${attr("id", id)}><span class="visually-hidden">${escape_html(form_error_prefix())}</span> ${escape_html(error)}</p>`);
	});
}
export { Field_error as t };

//# sourceMappingURL=field-error.js.map