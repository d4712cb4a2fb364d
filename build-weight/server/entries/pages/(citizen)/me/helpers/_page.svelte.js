import { f as attr, i as derived, l as stringify, m as escape_html, o as ensure_array_like, s as head } from "../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import { i as helpers_invite_relative, n as helpers_invite_guide, r as helpers_invite_relative_hint, t as helpers_invite_guide_hint } from "../../../../../chunks/helpers_invite_guide_hint.js";
import { l as localizeHref, r as getLocale } from "../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../chunks/routes.js";
import { n as helpers_suggestion_text, t as Helper_summary } from "../../../../../chunks/helper-summary.js";
// src/lib/paraglide/messages/helpers_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_TitleInputs */
var da_helpers_title = () => {
	return `Mine pårørende og hjælpere`;
};
var en_helpers_title = () => {
	return `My relatives and helpers`;
};
/**
* | output |
* | --- |
* | "My relatives and helpers" |
*
* @param {Helpers_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_title(inputs);
	return da_helpers_title(inputs);
});
// src/lib/paraglide/messages/helpers_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_IntroInputs */
var da_helpers_intro = () => {
	return `Her bestemmer du, hvem der må se dine oplysninger. Du kan fjerne dem igen når som helst.`;
};
var en_helpers_intro = () => {
	return `Here you decide who may see your information. You can remove them again at any time.`;
};
/**
* | output |
* | --- |
* | "Here you decide who may see your information. You can remove them again at any time." |
*
* @param {Helpers_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_intro(inputs);
	return da_helpers_intro(inputs);
});
// src/lib/paraglide/messages/helpers_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_EmptyInputs */
var da_helpers_empty = () => {
	return `Du har ikke inviteret nogen endnu.`;
};
var en_helpers_empty = () => {
	return `You have not invited anyone yet.`;
};
/**
* | output |
* | --- |
* | "You have not invited anyone yet." |
*
* @param {Helpers_EmptyInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_empty = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_empty(inputs);
	return da_helpers_empty(inputs);
});
// src/lib/paraglide/messages/helpers_list_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_List_TitleInputs */
var da_helpers_list_title = () => {
	return `Dem, du har inviteret`;
};
var en_helpers_list_title = () => {
	return `People you have invited`;
};
/**
* | output |
* | --- |
* | "People you have invited" |
*
* @param {Helpers_List_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_list_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_list_title(inputs);
	return da_helpers_list_title(inputs);
});
// src/lib/paraglide/messages/helpers_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Helpers_OpenInputs */
var da_helpers_open = (i) => {
	return `Se og ret ${i?.name}`;
};
var en_helpers_open = (i) => {
	return `See and change ${i?.name}`;
};
/**
* | output |
* | --- |
* | "See and change {name}" |
*
* @param {Helpers_OpenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_open = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_open(inputs);
	return da_helpers_open(inputs);
});
// src/lib/paraglide/messages/helpers_suggestion_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Suggestion_TitleInputs */
var da_helpers_suggestion_title = () => {
	return `Forslag fra din kontaktperson`;
};
var en_helpers_suggestion_title = () => {
	return `A suggestion from your contact person`;
};
/**
* | output |
* | --- |
* | "A suggestion from your contact person" |
*
* @param {Helpers_Suggestion_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_suggestion_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_suggestion_title(inputs);
	return da_helpers_suggestion_title(inputs);
});
// src/lib/paraglide/messages/helpers_suggestion_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Suggestion_OpenInputs */
var da_helpers_suggestion_open = () => {
	return `Se forslaget`;
};
var en_helpers_suggestion_open = () => {
	return `See the suggestion`;
};
/**
* | output |
* | --- |
* | "See the suggestion" |
*
* @param {Helpers_Suggestion_OpenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_suggestion_open = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_suggestion_open(inputs);
	return da_helpers_suggestion_open(inputs);
});
// src/lib/paraglide/messages/helpers_removed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Helpers_RemovedInputs */
var da_helpers_removed = (i) => {
	return `${i?.name} er fjernet. Personen kan ikke se dine oplysninger mere.`;
};
var en_helpers_removed = (i) => {
	return `${i?.name} is removed. The person cannot see your information any more.`;
};
/**
* | output |
* | --- |
* | "{name} is removed. The person cannot see your information any more." |
*
* @param {Helpers_RemovedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_removed = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_removed(inputs);
	return da_helpers_removed(inputs);
});
// src/routes/(citizen)/me/helpers/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const suggestions = derived(() => data.helpers.filter((h) => h.status === "suggested"));
		const helpers = derived(() => data.helpers.filter((h) => h.status !== "suggested"));
		head("lcqxw9", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(helpers_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(helpers_title())}</h1> `);
		if (data.removedName) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(helpers_removed({ name: data.removedName }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p class="lead">${escape_html(helpers_intro())}</p> <!--[-->`);
		const each_array = ensure_array_like(suggestions());
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let suggestion = each_array[$$index];
			$$renderer.push(`<section class="card"${attr("aria-labelledby", `suggestion-${stringify(suggestion.id)}`)}><h2${attr("id", `suggestion-${stringify(suggestion.id)}`)}>${escape_html(helpers_suggestion_title())}</h2> <p>${escape_html(helpers_suggestion_text({ name: suggestion.name }))}</p> <a class="button"${attr("href", localizeHref(routes.citizenHelper(suggestion.id)))}>${escape_html(helpers_suggestion_open())}</a></section>`);
		}
		$$renderer.push(`<!--]--> <ul class="choice-list"><li><a class="button button--large"${attr("href", localizeHref(routes.citizenNewHelper("relative")))}>`);
		Icon($$renderer, {
			name: "user-plus",
			size: 28
		});
		$$renderer.push(`<!---->${escape_html(helpers_invite_relative())}</a> <p class="field__hint">${escape_html(helpers_invite_relative_hint())}</p></li> <li><a class="button button--large button--secondary"${attr("href", localizeHref(routes.citizenNewHelper("guide")))}>`);
		Icon($$renderer, {
			name: "hand-heart",
			size: 28
		});
		$$renderer.push(`<!---->${escape_html(helpers_invite_guide())}</a> <p class="field__hint">${escape_html(helpers_invite_guide_hint())}</p></li></ul> <h2>${escape_html(helpers_list_title())}</h2> `);
		if (helpers().length === 0) $$renderer.push(`<!--[0--><p>${escape_html(helpers_empty())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="plain-list"><!--[-->`);
			const each_array_1 = ensure_array_like(helpers());
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let helper = each_array_1[$$index_1];
				$$renderer.push(`<li class="card">`);
				Helper_summary($$renderer, { helper });
				$$renderer.push(`<!----> <a class="button button--secondary"${attr("href", localizeHref(routes.citizenHelper(helper.id)))}>${escape_html(helpers_open({ name: helper.name }))}</a></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map