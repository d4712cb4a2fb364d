import { f as attr, i as derived, m as escape_html, o as ensure_array_like, s as head } from "../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import { l as localizeHref, r as getLocale } from "../../../../../chunks/runtime.js";
import { t as helper_ends } from "../../../../../chunks/helper_ends.js";
import { t as helper_back } from "../../../../../chunks/helper_back.js";
import { n as routes } from "../../../../../chunks/routes.js";
import { t as areaLabel } from "../../../../../chunks/labels.js";
import { n as formatDate } from "../../../../../chunks/format.js";
// src/lib/paraglide/messages/helper_sees.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helper_SeesInputs */
var da_helper_sees = () => {
	return `Det må du se:`;
};
var en_helper_sees = () => {
	return `You may see:`;
};
/**
* | output |
* | --- |
* | "You may see:" |
*
* @param {Helper_SeesInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_sees = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_sees(inputs);
	return da_helper_sees(inputs);
});
// src/lib/paraglide/messages/helper_citizen_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Helper_Citizen_TitleInputs */
var da_helper_citizen_title = (i) => {
	return `Det deler ${i?.name} med dig`;
};
var en_helper_citizen_title = (i) => {
	return `What ${i?.name} shares with you`;
};
/**
* | output |
* | --- |
* | "What {name} shares with you" |
*
* @param {Helper_Citizen_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_citizen_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_citizen_title(inputs);
	return da_helper_citizen_title(inputs);
});
// src/routes/(helper)/helper/[citizenId]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const citizen = derived(() => data.citizen);
		head("1myfh59", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(helper_citizen_title({ name: citizen().name }))} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<p><a class="line-link"${attr("href", localizeHref(routes.helperHome()))}>`);
		Icon($$renderer, {
			name: "arrow-left",
			size: 20
		});
		$$renderer.push(`<!----> ${escape_html(helper_back())}</a></p> <h1>${escape_html(citizen().name)}</h1> `);
		if (citizen().endsOn) $$renderer.push(`<!--[0--><p>${escape_html(helper_ends({ date: formatDate(citizen().endsOn) }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p class="lead">${escape_html(helper_sees())}</p> <ul class="choice-list"><!--[-->`);
		const each_array = ensure_array_like(citizen().areas);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let area = each_array[$$index];
			$$renderer.push(`<li><a class="button button--secondary"${attr("href", localizeHref(routes.helperArea(citizen().citizenId, area)))}>${escape_html(areaLabel(area))}</a></li>`);
		}
		$$renderer.push(`<!--]--></ul>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map