import { f as attr, m as escape_html, s as head } from "../../../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../../../chunks/app_name.js";
import { l as localizeHref, r as getLocale } from "../../../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../../../chunks/routes.js";
import { t as Access_log_list } from "../../../../../../../chunks/access-log-list.js";
// src/lib/paraglide/messages/log_staff_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Log_Staff_TitleInputs */
var da_log_staff_title = (i) => {
	return `Log for ${i?.name}`;
};
var en_log_staff_title = (i) => {
	return `Log for ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Log for {name}" |
*
* @param {Log_Staff_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_staff_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_staff_title(inputs);
	return da_log_staff_title(inputs);
});
// src/lib/paraglide/messages/log_staff_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Staff_IntroInputs */
var da_log_staff_intro = () => {
	return `Borgeren ser den samme log.`;
};
var en_log_staff_intro = () => {
	return `The citizen sees the same log.`;
};
/**
* | output |
* | --- |
* | "The citizen sees the same log." |
*
* @param {Log_Staff_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_staff_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_staff_intro(inputs);
	return da_log_staff_intro(inputs);
});
// src/routes/(staff)/staff/citizens/[citizenId]/access-log/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("rpo1al", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(log_staff_title({ name: data.name }))} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<p><a class="line-link"${attr("href", localizeHref(routes.staffCitizen(data.citizenId)))}>`);
		Icon($$renderer, {
			name: "arrow-left",
			size: 20
		});
		$$renderer.push(`<!----> ${escape_html(data.name)}</a></p> <h1>${escape_html(log_staff_title({ name: data.name }))}</h1> <p>${escape_html(log_staff_intro())}</p> `);
		Access_log_list($$renderer, {
			entries: data.entries,
			people: data.people,
			selectedPerson: data.selectedPerson,
			olderCursor: data.olderCursor,
			newerCursor: data.newerCursor
		});
		$$renderer.push(`<!---->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map