import { f as attr, m as escape_html, s as head } from "../../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../../chunks/app_name.js";
import { t as helper_back } from "../../../../../../chunks/helper_back.js";
import { t as possessive } from "../../../../../../chunks/possessive.js";
import { t as collab_history_caption } from "../../../../../../chunks/collab_history_caption.js";
import { l as localizeHref, r as getLocale } from "../../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../../chunks/routes.js";
import { t as Rating_history } from "../../../../../../chunks/rating-history.js";
// src/lib/paraglide/messages/helper_ratings_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ owner: NonNullable<unknown> }} Helper_Ratings_TitleInputs */
var da_helper_ratings_title = (i) => {
	return `Hvordan går ${i?.owner} samarbejde?`;
};
var en_helper_ratings_title = (i) => {
	return `How is ${i?.owner} support going?`;
};
/**
* | output |
* | --- |
* | "How is {owner} support going?" |
*
* @param {Helper_Ratings_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_ratings_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_ratings_title(inputs);
	return da_helper_ratings_title(inputs);
});
// src/routes/(helper)/helper/[citizenId]/ratings/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("1sqzxz4", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(helper_ratings_title({ owner: possessive(data.name) }))} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<p><a class="line-link"${attr("href", localizeHref(routes.helperCitizen(data.citizenId)))}>`);
		Icon($$renderer, {
			name: "arrow-left",
			size: 20
		});
		$$renderer.push(`<!----> ${escape_html(helper_back())}</a></p> <h1>${escape_html(helper_ratings_title({ owner: possessive(data.name) }))}</h1> `);
		Rating_history($$renderer, {
			ratings: data.ratings,
			caption: collab_history_caption()
		});
		$$renderer.push(`<!---->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map