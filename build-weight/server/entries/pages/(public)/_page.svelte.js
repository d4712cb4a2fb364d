import { f as attr, m as escape_html, s as head } from "../../../chunks/server2.js";
import { t as Icon } from "../../../chunks/icon.js";
import { t as app_name } from "../../../chunks/app_name.js";
import { l as localizeHref, r as getLocale } from "../../../chunks/runtime.js";
import { n as routes, t as homeFor } from "../../../chunks/routes.js";
// src/lib/paraglide/messages/app_tagline.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} App_TaglineInputs */
var da_app_tagline = () => {
	return `Din støtte. Dine ønsker.`;
};
var en_app_tagline = () => {
	return `Your support. Your wishes.`;
};
/**
* | output |
* | --- |
* | "Your support. Your wishes." |
*
* @param {App_TaglineInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var app_tagline = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_app_tagline(inputs);
	return da_app_tagline(inputs);
});
// src/lib/paraglide/messages/front_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Front_TitleInputs */
var da_front_title = () => {
	return `Velkommen til Samklang`;
};
var en_front_title = () => {
	return `Welcome to Samklang`;
};
/**
* | output |
* | --- |
* | "Welcome to Samklang" |
*
* @param {Front_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var front_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_front_title(inputs);
	return da_front_title(inputs);
});
// src/lib/paraglide/messages/front_intro_1.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Front_Intro_1Inputs */
var da_front_intro_1 = () => {
	return `Her kan du skrive dine ønsker og drømme.`;
};
var en_front_intro_1 = () => {
	return `Here you can write your wishes and dreams.`;
};
/**
* | output |
* | --- |
* | "Here you can write your wishes and dreams." |
*
* @param {Front_Intro_1Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var front_intro_1 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_front_intro_1(inputs);
	return da_front_intro_1(inputs);
});
// src/lib/paraglide/messages/front_intro_2.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Front_Intro_2Inputs */
var da_front_intro_2 = () => {
	return `Du kan sige, hvordan samarbejdet går.`;
};
var en_front_intro_2 = () => {
	return `You can say how the support is going.`;
};
/**
* | output |
* | --- |
* | "You can say how the support is going." |
*
* @param {Front_Intro_2Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var front_intro_2 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_front_intro_2(inputs);
	return da_front_intro_2(inputs);
});
// src/lib/paraglide/messages/front_intro_3.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Front_Intro_3Inputs */
var da_front_intro_3 = () => {
	return `Du bestemmer selv, hvem der må se det.`;
};
var en_front_intro_3 = () => {
	return `You decide who may see it.`;
};
/**
* | output |
* | --- |
* | "You decide who may see it." |
*
* @param {Front_Intro_3Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var front_intro_3 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_front_intro_3(inputs);
	return da_front_intro_3(inputs);
});
// src/lib/paraglide/messages/front_login.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Front_LoginInputs */
var da_front_login = () => {
	return `Log ind`;
};
var en_front_login = () => {
	return `Log in`;
};
/**
* | output |
* | --- |
* | "Log in" |
*
* @param {Front_LoginInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var front_login = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_front_login(inputs);
	return da_front_login(inputs);
});
// src/lib/paraglide/messages/front_activate.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Front_ActivateInputs */
var da_front_activate = () => {
	return `Jeg har fået et brev med en kode`;
};
var en_front_activate = () => {
	return `I got a letter with a code`;
};
/**
* | output |
* | --- |
* | "I got a letter with a code" |
*
* @param {Front_ActivateInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var front_activate = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_front_activate(inputs);
	return da_front_activate(inputs);
});
// src/lib/paraglide/messages/front_activate_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Front_Activate_HintInputs */
var da_front_activate_hint = () => {
	return `Har du fået et brev med en kode? Så start her.`;
};
var en_front_activate_hint = () => {
	return `Did you get a letter with a code? Then start here.`;
};
/**
* | output |
* | --- |
* | "Did you get a letter with a code? Then start here." |
*
* @param {Front_Activate_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var front_activate_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_front_activate_hint(inputs);
	return da_front_activate_hint(inputs);
});
// src/lib/paraglide/messages/front_logged_in.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Front_Logged_InInputs */
var da_front_logged_in = (i) => {
	return `Du er logget ind som ${i?.name}.`;
};
var en_front_logged_in = (i) => {
	return `You are logged in as ${i?.name}.`;
};
/**
* | output |
* | --- |
* | "You are logged in as {name}." |
*
* @param {Front_Logged_InInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var front_logged_in = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_front_logged_in(inputs);
	return da_front_logged_in(inputs);
});
// src/lib/paraglide/messages/front_go_home.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Front_Go_HomeInputs */
var da_front_go_home = () => {
	return `Gå til din side`;
};
var en_front_go_home = () => {
	return `Go to your page`;
};
/**
* | output |
* | --- |
* | "Go to your page" |
*
* @param {Front_Go_HomeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var front_go_home = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_front_go_home(inputs);
	return da_front_go_home(inputs);
});
// src/routes/(public)/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("13wmnd", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(app_name())} – ${escape_html(app_tagline())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(front_title())}</h1> <p class="lead">${escape_html(front_intro_1())}</p> <p class="lead">${escape_html(front_intro_2())}</p> <p class="lead">${escape_html(front_intro_3())}</p> `);
		if (data.user) {
			$$renderer.push(`<!--[0--><p>${escape_html(front_logged_in({ name: data.user.displayName }))}</p> <p><a class="button button--large"${attr("href", localizeHref(homeFor(data.user.role)))}>`);
			Icon($$renderer, {
				name: "house",
				size: 28
			});
			$$renderer.push(`<!---->${escape_html(front_go_home())}</a></p>`);
		} else {
			$$renderer.push(`<!--[-1--><ul class="choice-list"><li><a class="button button--large"${attr("href", localizeHref(routes.login()))}>`);
			Icon($$renderer, {
				name: "log-in",
				size: 28
			});
			$$renderer.push(`<!---->${escape_html(front_login())}</a></li> <li><p>${escape_html(front_activate_hint())}</p> <a class="button button--large button--secondary"${attr("href", localizeHref(routes.activate()))}>`);
			Icon($$renderer, {
				name: "key-round",
				size: 28
			});
			$$renderer.push(`<!---->${escape_html(front_activate())}</a></li></ul>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map