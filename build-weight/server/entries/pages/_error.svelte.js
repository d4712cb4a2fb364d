import { f as attr, i as derived, m as escape_html, s as head } from "../../chunks/server2.js";
import { t as page } from "../../chunks/state.js";
import { t as app_name } from "../../chunks/app_name.js";
import { t as session_expired_title } from "../../chunks/session_expired_title.js";
import { t as error_generic_text } from "../../chunks/error_generic_text.js";
import { t as error_go_front } from "../../chunks/error_go_front.js";
import { l as localizeHref, r as getLocale, t as deLocalizeHref } from "../../chunks/runtime.js";
import { n as routes } from "../../chunks/routes.js";
// src/lib/paraglide/messages/session_expired_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Session_Expired_TextInputs */
var da_session_expired_text = () => {
	return `Du er ikke logget ind længere. Log ind igen. Så kommer du tilbage hertil.`;
};
var en_session_expired_text = () => {
	return `You are no longer logged in. Log in again, and you come back here.`;
};
/**
* | output |
* | --- |
* | "You are no longer logged in. Log in again, and you come back here." |
*
* @param {Session_Expired_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var session_expired_text = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_session_expired_text(inputs);
	return da_session_expired_text(inputs);
});
// src/lib/paraglide/messages/session_expired_login.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Session_Expired_LoginInputs */
var da_session_expired_login = () => {
	return `Log ind igen`;
};
var en_session_expired_login = () => {
	return `Log in again`;
};
/**
* | output |
* | --- |
* | "Log in again" |
*
* @param {Session_Expired_LoginInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var session_expired_login = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_session_expired_login(inputs);
	return da_session_expired_login(inputs);
});
// src/lib/paraglide/messages/error_not_found_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Not_Found_TitleInputs */
var da_error_not_found_title = () => {
	return `Siden findes ikke`;
};
var en_error_not_found_title = () => {
	return `The page does not exist`;
};
/**
* | output |
* | --- |
* | "The page does not exist" |
*
* @param {Error_Not_Found_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var error_not_found_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_not_found_title(inputs);
	return da_error_not_found_title(inputs);
});
// src/lib/paraglide/messages/error_not_found_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Not_Found_TextInputs */
var da_error_not_found_text = () => {
	return `Måske er linket forkert. Eller også må du ikke se siden.`;
};
var en_error_not_found_text = () => {
	return `Maybe the link is wrong. Or the page is not for you.`;
};
/**
* | output |
* | --- |
* | "Maybe the link is wrong. Or the page is not for you." |
*
* @param {Error_Not_Found_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var error_not_found_text = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_not_found_text(inputs);
	return da_error_not_found_text(inputs);
});
// src/lib/paraglide/messages/error_generic_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Generic_TitleInputs */
var da_error_generic_title = () => {
	return `Noget gik galt`;
};
var en_error_generic_title = () => {
	return `Something went wrong`;
};
/**
* | output |
* | --- |
* | "Something went wrong" |
*
* @param {Error_Generic_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var error_generic_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_generic_title(inputs);
	return da_error_generic_title(inputs);
});
// src/routes/+error.svelte
function _error($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		const isNotFound = derived(() => page.status === 404);
		const isLoggedOut = derived(() => page.status === 401);
		const title = derived(() => isLoggedOut() ? session_expired_title() : isNotFound() ? error_not_found_title() : error_generic_title());
		head("1j96wlh", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(title())}</h1> `);
		if (isLoggedOut()) $$renderer.push(`<!--[0--><p>${escape_html(session_expired_text())}</p> <p><a class="button"${attr("href", localizeHref(routes.login(deLocalizeHref(page.url.pathname + page.url.search))))}>${escape_html(session_expired_login())}</a></p>`);
		else $$renderer.push(`<!--[-1--><p>${escape_html(isNotFound() ? error_not_found_text() : error_generic_text())}</p> <p><a class="button"${attr("href", localizeHref(routes.home()))}>${escape_html(error_go_front())}</a></p>`);
		$$renderer.push(`<!--]-->`);
	});
}
export { _error as default };

//# sourceMappingURL=_error.svelte.js.map