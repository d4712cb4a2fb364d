import { r as getLocale } from "./runtime.js";
import { f as attr, i as derived, l as stringify, m as escape_html, o as ensure_array_like } from "./server2.js";
// src/lib/paraglide/messages/form_error_summary_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Form_Error_Summary_TitleInputs */
var da_form_error_summary_title = () => {
	return `Der er noget, du skal rette`;
};
var en_form_error_summary_title = () => {
	return `There is something to fix`;
};
/**
* | output |
* | --- |
* | "There is something to fix" |
*
* @param {Form_Error_Summary_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var form_error_summary_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_form_error_summary_title(inputs);
	return da_form_error_summary_title(inputs);
});
// src/lib/components/ui/error-summary/error-summary.svelte
function Error_summary($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Field name → the problem in words (see invalid()). The field `form` is a problem with the whole form. */
		/** Field name → id of its input, for the links. Defaults to `field-<name>`. */
		let { errors, fieldIds = {} } = $$props;
		const entries = derived(() => Object.entries(errors));
		if (entries().length > 0) {
			$$renderer.push(`<!--[0--><div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex="-1"><h2 id="error-summary-title">${escape_html(form_error_summary_title())}</h2> <ul><!--[-->`);
			const each_array = ensure_array_like(entries());
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let [field, text] = each_array[$$index];
				$$renderer.push(`<li>`);
				if (field === "form") $$renderer.push(`<!--[0-->${escape_html(text)}`);
				else $$renderer.push(`<!--[-1--><a${attr("href", `#${stringify(fieldIds[field] ?? `field-${field}`)}`)}>${escape_html(text)}</a>`);
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
export { Error_summary as t };

//# sourceMappingURL=error-summary.js.map