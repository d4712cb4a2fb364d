import { f as attr, i as derived, m as escape_html, o as ensure_array_like, s as head } from "../../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../../chunks/app_name.js";
import "../../../../../../chunks/keep-draft.js";
import { t as helper_back } from "../../../../../../chunks/helper_back.js";
import { t as possessive } from "../../../../../../chunks/possessive.js";
import { l as localizeHref, r as getLocale } from "../../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../../chunks/routes.js";
import { t as Dream_card } from "../../../../../../chunks/dream-card.js";
import { t as Error_summary } from "../../../../../../chunks/error-summary.js";
import { n as dreams_save, t as Dream_form_fields } from "../../../../../../chunks/dream-form-fields.js";
// src/lib/paraglide/messages/helper_dreams_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ owner: NonNullable<unknown> }} Helper_Dreams_TitleInputs */
var da_helper_dreams_title = (i) => {
	return `${i?.owner} drømme`;
};
var en_helper_dreams_title = (i) => {
	return `${i?.owner} dreams`;
};
/**
* | output |
* | --- |
* | "{owner} dreams" |
*
* @param {Helper_Dreams_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_dreams_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_dreams_title(inputs);
	return da_helper_dreams_title(inputs);
});
// src/lib/paraglide/messages/helper_dreams_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helper_Dreams_NoneInputs */
var da_helper_dreams_none = () => {
	return `Der er ingen drømme, du kan se.`;
};
var en_helper_dreams_none = () => {
	return `There are no dreams you can see.`;
};
/**
* | output |
* | --- |
* | "There are no dreams you can see." |
*
* @param {Helper_Dreams_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_dreams_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_dreams_none(inputs);
	return da_helper_dreams_none(inputs);
});
// src/lib/paraglide/messages/helper_dreams_write.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Helper_Dreams_WriteInputs */
var da_helper_dreams_write = (i) => {
	return `Skriv en drøm sammen med ${i?.name}`;
};
var en_helper_dreams_write = (i) => {
	return `Write a dream together with ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Write a dream together with {name}" |
*
* @param {Helper_Dreams_WriteInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_dreams_write = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_dreams_write(inputs);
	return da_helper_dreams_write(inputs);
});
// src/lib/paraglide/messages/helper_dreams_written.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Helper_Dreams_WrittenInputs */
var da_helper_dreams_written = (i) => {
	return `Drømmen er gemt. ${i?.name} skal sige ja til den.`;
};
var en_helper_dreams_written = (i) => {
	return `The dream is saved. ${i?.name} has to say yes to it.`;
};
/**
* | output |
* | --- |
* | "The dream is saved. {name} has to say yes to it." |
*
* @param {Helper_Dreams_WrittenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_dreams_written = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_dreams_written(inputs);
	return da_helper_dreams_written(inputs);
});
// src/routes/(helper)/helper/[citizenId]/dreams/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const errors = derived(() => form?.errors ?? {});
		head("vgspw4", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(helper_dreams_title({ owner: possessive(data.name) }))} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<p><a class="line-link"${attr("href", localizeHref(routes.helperCitizen(data.citizenId)))}>`);
		Icon($$renderer, {
			name: "arrow-left",
			size: 20
		});
		$$renderer.push(`<!----> ${escape_html(helper_back())}</a></p> <h1>${escape_html(helper_dreams_title({ owner: possessive(data.name) }))}</h1> `);
		if (data.dreams.length === 0) $$renderer.push(`<!--[0--><p class="notice">${escape_html(helper_dreams_none())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="plain-list"><!--[-->`);
			const each_array = ensure_array_like(data.dreams);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let dream = each_array[$$index];
				Dream_card($$renderer, { dream });
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]--> `);
		if (data.canWrite) {
			$$renderer.push(`<!--[0--><h2>${escape_html(helper_dreams_write({ name: data.name }))}</h2> `);
			if (form && "written" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(helper_dreams_written({ name: data.name }))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			Error_summary($$renderer, { errors: errors() });
			$$renderer.push(`<!----> <form method="POST" novalidate=""><input type="hidden" name="clientId"${attr("value", data.clientId)}/> `);
			Dream_form_fields($$renderer, {
				values: form && "values" in form ? form.values ?? {} : {},
				errors: errors()
			});
			$$renderer.push(`<!----> <button class="button button--large" type="submit">`);
			Icon($$renderer, {
				name: "save",
				size: 28
			});
			$$renderer.push(`<!---->${escape_html(dreams_save())}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map