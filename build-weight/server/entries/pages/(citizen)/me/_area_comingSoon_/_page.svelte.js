import { m as escape_html, s as head } from "../../../../../chunks/server2.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import { n as soon_text_1, t as soon_text_2 } from "../../../../../chunks/soon_text_2.js";
import { r as getLocale } from "../../../../../chunks/runtime.js";
// src/lib/paraglide/messages/soon_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Soon_TitleInputs */
var da_soon_title = () => {
	return `Kommer snart`;
};
var en_soon_title = () => {
	return `Coming soon`;
};
/**
* | output |
* | --- |
* | "Coming soon" |
*
* @param {Soon_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var soon_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_soon_title(inputs);
	return da_soon_title(inputs);
});
// src/routes/(citizen)/me/[area=comingSoon]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		head("gi71cs", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(soon_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(soon_title())}</h1> <p class="lead">${escape_html(soon_text_1())}</p> <p class="lead">${escape_html(soon_text_2())}</p>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map