import { f as attr, i as derived, m as escape_html } from "../../chunks/server2.js";
import "../../chunks/index-server.js";
import { t as afterNavigate } from "../../chunks/navigation.js";
import { t as app_name } from "../../chunks/app_name.js";
import "../../chunks/saved-pages.js";
import { t as Icon } from "../../chunks/icon.js";
import { l as localizeHref, r as getLocale, t as deLocalizeHref } from "../../chunks/runtime.js";
import { n as routes, t as homeFor } from "../../chunks/routes.js";
import { t as page } from "../../chunks/state.js";
import { t as building } from "../../chunks/server.js";
// src/lib/paraglide/messages/shell_skip_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Shell_Skip_LinkInputs */
var da_shell_skip_link = () => {
	return `Gå til indholdet`;
};
var en_shell_skip_link = () => {
	return `Skip to content`;
};
/**
* | output |
* | --- |
* | "Skip to content" |
*
* @param {Shell_Skip_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var shell_skip_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_shell_skip_link(inputs);
	return da_shell_skip_link(inputs);
});
// src/lib/paraglide/messages/shell_help.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Shell_HelpInputs */
var da_shell_help = () => {
	return `Hjælp og kontakt`;
};
var en_shell_help = () => {
	return `Help and contact`;
};
/**
* | output |
* | --- |
* | "Help and contact" |
*
* @param {Shell_HelpInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var shell_help = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_shell_help(inputs);
	return da_shell_help(inputs);
});
// src/lib/paraglide/messages/shell_logout.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Shell_LogoutInputs */
var da_shell_logout = () => {
	return `Log ud`;
};
var en_shell_logout = () => {
	return `Log out`;
};
/**
* | output |
* | --- |
* | "Log out" |
*
* @param {Shell_LogoutInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var shell_logout = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_shell_logout(inputs);
	return da_shell_logout(inputs);
});
// src/lib/paraglide/messages/shell_language_switch.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Shell_Language_SwitchInputs */
var da_shell_language_switch = () => {
	return `English`;
};
var en_shell_language_switch = () => {
	return `Dansk`;
};
/**
* | output |
* | --- |
* | "Dansk" |
*
* @param {Shell_Language_SwitchInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var shell_language_switch = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_shell_language_switch(inputs);
	return da_shell_language_switch(inputs);
});
// src/lib/paraglide/messages/shell_language_switch_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Shell_Language_Switch_LabelInputs */
var da_shell_language_switch_label = () => {
	return `Read this page in English`;
};
var en_shell_language_switch_label = () => {
	return `Læs siden på dansk`;
};
/**
* | output |
* | --- |
* | "Læs siden på dansk" |
*
* @param {Shell_Language_Switch_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var shell_language_switch_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_shell_language_switch_label(inputs);
	return da_shell_language_switch_label(inputs);
});
// src/lib/paraglide/messages/shell_menu_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Shell_Menu_LabelInputs */
var da_shell_menu_label = () => {
	return `Menu`;
};
var en_shell_menu_label = () => {
	return `Menu`;
};
/**
* | output |
* | --- |
* | "Menu" |
*
* @param {Shell_Menu_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var shell_menu_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_shell_menu_label(inputs);
	return da_shell_menu_label(inputs);
});
// src/lib/paraglide/messages/shell_account.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Shell_AccountInputs */
var da_shell_account = () => {
	return `Min konto`;
};
var en_shell_account = () => {
	return `My account`;
};
/**
* | output |
* | --- |
* | "My account" |
*
* @param {Shell_AccountInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var shell_account = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_shell_account(inputs);
	return da_shell_account(inputs);
});
// src/lib/components/app-shell/language-switch.svelte
function Language_switch($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		const other = derived(() => getLocale() === "da" ? "en" : "da");
		const href = derived(() => localizeHref(deLocalizeHref(page.url.pathname + (building ? "" : page.url.search)), { locale: other() }));
		$$renderer.push(`<a class="header-link"${attr("href", href())}${attr("hreflang", other())}${attr("lang", other())}${attr("aria-label", shell_language_switch_label())} data-sveltekit-reload="">`);
		Icon($$renderer, {
			name: "languages",
			size: 24
		});
		$$renderer.push(`<!----> <span>${escape_html(shell_language_switch())}</span></a>`);
	});
}
// src/lib/components/app-shell/site-header.svelte
function Site_header($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The logged-in person's unit, shown so they know where they are. */
		/** Where the name leads: the person's own start page when logged in (Min side for a citizen), else the front page. */
		let { unitName, isLoggedIn, homeHref } = $$props;
		const menuButton = () => document.getElementById("site-menu-button");
		afterNavigate(() => menuButton()?.setAttribute("aria-expanded", "false"));
		$$renderer.push(`<header class="site-header"><div class="site-header__inner"><div class="site-header__brand"><a class="site-header__name"${attr("href", localizeHref(homeHref))}>${escape_html(app_name())}</a> `);
		if (unitName) $$renderer.push(`<!--[0--><span class="site-header__unit">${escape_html(unitName)}</span>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> <button id="site-menu-button" class="header-link site-header__menu-button" type="button" aria-expanded="false" aria-controls="site-menu">`);
		Icon($$renderer, {
			name: "menu",
			size: 24
		});
		$$renderer.push(`<!----> <span>${escape_html(shell_menu_label())}</span></button> <nav id="site-menu" class="site-header__nav"${attr("aria-label", shell_menu_label())}><a class="header-link"${attr("href", localizeHref(routes.help()))}>`);
		Icon($$renderer, {
			name: "circle-help",
			size: 24
		});
		$$renderer.push(`<!----> <span>${escape_html(shell_help())}</span></a> `);
		Language_switch($$renderer, {});
		$$renderer.push(`<!----> `);
		if (isLoggedIn) {
			$$renderer.push(`<!--[0--><a class="header-link"${attr("href", localizeHref(routes.account()))}>`);
			Icon($$renderer, {
				name: "circle-user",
				size: 24
			});
			$$renderer.push(`<!----> <span>${escape_html(shell_account())}</span></a> <form method="POST"${attr("action", localizeHref(routes.logout()))}><button class="header-link" type="submit">`);
			Icon($$renderer, {
				name: "log-out",
				size: 24
			});
			$$renderer.push(`<!----> <span>${escape_html(shell_logout())}</span></button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></nav></div></header>`);
	});
}
// src/routes/+layout.svelte
function _layout($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, children } = $$props;
		afterNavigate(({ to }) => {
			if (to) to.url.pathname + to.url.search;
		});
		$$renderer.push(`<a class="skip-link" href="#main">${escape_html(shell_skip_link())}</a> `);
		Site_header($$renderer, {
			unitName: data.user?.unitName ?? null,
			isLoggedIn: data.user !== null,
			homeHref: data.user ? homeFor(data.user.role) : routes.home()
		});
		$$renderer.push(`<!----> <main id="main" tabindex="-1"><div class="page-tools" data-not-read-aloud="">`);
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></div> `);
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		children($$renderer);
		$$renderer.push(`<!----></main>`);
	});
}
export { _layout as default };

//# sourceMappingURL=_layout.svelte.js.map