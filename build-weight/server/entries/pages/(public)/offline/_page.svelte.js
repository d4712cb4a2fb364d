import { f as attr, m as escape_html, s as head } from "../../../../chunks/server2.js";
import { t as Icon } from "../../../../chunks/icon.js";
import { t as app_name } from "../../../../chunks/app_name.js";
import { l as localizeHref, r as getLocale } from "../../../../chunks/runtime.js";
import { n as routes } from "../../../../chunks/routes.js";
// src/lib/paraglide/messages/offline_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Offline_TitleInputs */
var da_offline_title = () => {
	return `Du er ikke på nettet`;
};
var en_offline_title = () => {
	return `You are not online`;
};
/**
* | output |
* | --- |
* | "You are not online" |
*
* @param {Offline_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var offline_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_offline_title(inputs);
	return da_offline_title(inputs);
});
// src/lib/paraglide/messages/offline_text_1.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Offline_Text_1Inputs */
var da_offline_text_1 = () => {
	return `Telefonen har ikke forbindelse lige nu.`;
};
var en_offline_text_1 = () => {
	return `The phone has no connection right now.`;
};
/**
* | output |
* | --- |
* | "The phone has no connection right now." |
*
* @param {Offline_Text_1Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var offline_text_1 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_offline_text_1(inputs);
	return da_offline_text_1(inputs);
});
// src/lib/paraglide/messages/offline_text_2.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Offline_Text_2Inputs */
var da_offline_text_2 = () => {
	return `Prøv igen, når du er på nettet.`;
};
var en_offline_text_2 = () => {
	return `Try again when you are online.`;
};
/**
* | output |
* | --- |
* | "Try again when you are online." |
*
* @param {Offline_Text_2Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var offline_text_2 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_offline_text_2(inputs);
	return da_offline_text_2(inputs);
});
// src/lib/paraglide/messages/offline_retry.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Offline_RetryInputs */
var da_offline_retry = () => {
	return `Prøv igen`;
};
var en_offline_retry = () => {
	return `Try again`;
};
/**
* | output |
* | --- |
* | "Try again" |
*
* @param {Offline_RetryInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var offline_retry = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_offline_retry(inputs);
	return da_offline_retry(inputs);
});
// src/routes/(public)/offline/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		head("fdqysx", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(offline_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>`);
		Icon($$renderer, {
			name: "wifi-off",
			size: 32
		});
		$$renderer.push(`<!----> ${escape_html(offline_title())}</h1> <p class="lead">${escape_html(offline_text_1())}</p> <p class="lead">${escape_html(offline_text_2())}</p> <p><a class="button button--large"${attr("href", localizeHref(routes.home()))} data-sveltekit-reload="">${escape_html(offline_retry())}</a></p>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map