import { f as attr, m as escape_html, s as head } from "../../../../chunks/server2.js";
import { t as Icon } from "../../../../chunks/icon.js";
import { t as app_name } from "../../../../chunks/app_name.js";
import { l as localizeHref, r as getLocale } from "../../../../chunks/runtime.js";
import { n as routes } from "../../../../chunks/routes.js";
// src/lib/paraglide/messages/account_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_TitleInputs */
var da_account_title = () => {
	return `Min konto`;
};
var en_account_title = () => {
	return `My account`;
};
/**
* | output |
* | --- |
* | "My account" |
*
* @param {Account_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var account_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_account_title(inputs);
	return da_account_title(inputs);
});
// src/lib/paraglide/messages/account_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_IntroInputs */
var da_account_intro = () => {
	return `Her bestemmer du, hvordan du logger ind.`;
};
var en_account_intro = () => {
	return `Here you decide how you log in.`;
};
/**
* | output |
* | --- |
* | "Here you decide how you log in." |
*
* @param {Account_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var account_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_account_intro(inputs);
	return da_account_intro(inputs);
});
// src/lib/paraglide/messages/account_passkeys_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Passkeys_LinkInputs */
var da_account_passkeys_link = () => {
	return `Log ind med fingeraftryk eller ansigt`;
};
var en_account_passkeys_link = () => {
	return `Log in with fingerprint or face`;
};
/**
* | output |
* | --- |
* | "Log in with fingerprint or face" |
*
* @param {Account_Passkeys_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var account_passkeys_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_account_passkeys_link(inputs);
	return da_account_passkeys_link(inputs);
});
// src/lib/paraglide/messages/account_sessions_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Sessions_LinkInputs */
var da_account_sessions_link = () => {
	return `Hvor er jeg logget ind?`;
};
var en_account_sessions_link = () => {
	return `Where am I logged in?`;
};
/**
* | output |
* | --- |
* | "Where am I logged in?" |
*
* @param {Account_Sessions_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var account_sessions_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_account_sessions_link(inputs);
	return da_account_sessions_link(inputs);
});
// src/lib/paraglide/messages/account_password_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_Password_LinkInputs */
var da_account_password_link = () => {
	return `Skift adgangskode`;
};
var en_account_password_link = () => {
	return `Change password`;
};
/**
* | output |
* | --- |
* | "Change password" |
*
* @param {Account_Password_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var account_password_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_account_password_link(inputs);
	return da_account_password_link(inputs);
});
// src/routes/(account)/account/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		head("dur8xd", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(account_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(account_title())}</h1> <p class="lead">${escape_html(account_intro())}</p> <ul class="choice-list"><li><a class="button button--large button--secondary"${attr("href", localizeHref(routes.accountPasskeys()))}>`);
		Icon($$renderer, {
			name: "fingerprint",
			size: 28
		});
		$$renderer.push(`<!---->${escape_html(account_passkeys_link())}</a></li> <li><a class="button button--large button--secondary"${attr("href", localizeHref(routes.accountSessions()))}>`);
		Icon($$renderer, {
			name: "monitor-smartphone",
			size: 28
		});
		$$renderer.push(`<!---->${escape_html(account_sessions_link())}</a></li> <li><a class="button button--large button--secondary"${attr("href", localizeHref(routes.accountPassword()))}>`);
		Icon($$renderer, {
			name: "key-round",
			size: 28
		});
		$$renderer.push(`<!---->${escape_html(account_password_link())}</a></li></ul>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map