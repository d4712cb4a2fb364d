import { m as escape_html, s as head } from "../../../../../chunks/server2.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import { t as Access_log_list } from "../../../../../chunks/access-log-list.js";
import { r as getLocale } from "../../../../../chunks/runtime.js";
// src/lib/paraglide/messages/log_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_TitleInputs */
var da_log_title = () => {
	return `Hvem har set mine oplysninger`;
};
var en_log_title = () => {
	return `Who has seen my information`;
};
/**
* | output |
* | --- |
* | "Who has seen my information" |
*
* @param {Log_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_title(inputs);
	return da_log_title(inputs);
});
// src/lib/paraglide/messages/log_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_IntroInputs */
var da_log_intro = () => {
	return `Her kan du se, hvem der har set eller ændret dine oplysninger. Det gælder alle andre end dig selv.`;
};
var en_log_intro = () => {
	return `Here you can see who has seen or changed your information. It shows everyone except you.`;
};
/**
* | output |
* | --- |
* | "Here you can see who has seen or changed your information. It shows everyone except you." |
*
* @param {Log_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_intro(inputs);
	return da_log_intro(inputs);
});
// src/routes/(citizen)/me/access-log/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("13sl629", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(log_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(log_title())}</h1> <p class="lead">${escape_html(log_intro())}</p> `);
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