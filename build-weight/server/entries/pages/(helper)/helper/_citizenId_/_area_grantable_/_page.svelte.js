import { f as attr, m as escape_html, s as head } from "../../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../../chunks/app_name.js";
import { n as soon_text_1, t as soon_text_2 } from "../../../../../../chunks/soon_text_2.js";
import { l as localizeHref, r as getLocale } from "../../../../../../chunks/runtime.js";
import { t as helper_back } from "../../../../../../chunks/helper_back.js";
import { n as routes } from "../../../../../../chunks/routes.js";
import { t as areaLabel } from "../../../../../../chunks/labels.js";
// src/lib/paraglide/messages/helper_area_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ area: NonNullable<unknown>, name: NonNullable<unknown> }} Helper_Area_TitleInputs */
var da_helper_area_title = (i) => {
	return `${i?.area} hos ${i?.name}`;
};
var en_helper_area_title = (i) => {
	return `${i?.area} for ${i?.name}`;
};
/**
* | output |
* | --- |
* | "{area} for {name}" |
*
* @param {Helper_Area_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_area_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_area_title(inputs);
	return da_helper_area_title(inputs);
});
// src/routes/(helper)/helper/[citizenId]/[area=grantable]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("1lpcje2", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(helper_area_title({
					area: areaLabel(data.area),
					name: data.name
				}))} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<p><a class="line-link"${attr("href", localizeHref(routes.helperCitizen(data.citizenId)))}>`);
		Icon($$renderer, {
			name: "arrow-left",
			size: 20
		});
		$$renderer.push(`<!----> ${escape_html(helper_back())}</a></p> <h1>${escape_html(helper_area_title({
			area: areaLabel(data.area),
			name: data.name
		}))}</h1> <p class="lead">${escape_html(soon_text_1())}</p> <p class="lead">${escape_html(soon_text_2())}</p>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map