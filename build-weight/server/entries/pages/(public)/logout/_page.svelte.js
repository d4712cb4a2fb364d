import { f as attr, m as escape_html, s as head } from "../../../../chunks/server2.js";
import "../../../../chunks/index-server.js";
import { t as app_name } from "../../../../chunks/app_name.js";
import { t as error_go_front } from "../../../../chunks/error_go_front.js";
import "../../../../chunks/drafts.js";
import "../../../../chunks/queue2.js";
import { t as Icon } from "../../../../chunks/icon.js";
import { l as localizeHref, r as getLocale } from "../../../../chunks/runtime.js";
import { n as routes } from "../../../../chunks/routes.js";
// src/lib/paraglide/messages/logout_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Logout_TitleInputs */
var da_logout_title = () => {
	return `Log ud`;
};
var en_logout_title = () => {
	return `Log out`;
};
/**
* | output |
* | --- |
* | "Log out" |
*
* @param {Logout_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var logout_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_logout_title(inputs);
	return da_logout_title(inputs);
});
// src/lib/paraglide/messages/logout_question.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Logout_QuestionInputs */
var da_logout_question = () => {
	return `Vil du logge ud?`;
};
var en_logout_question = () => {
	return `Do you want to log out?`;
};
/**
* | output |
* | --- |
* | "Do you want to log out?" |
*
* @param {Logout_QuestionInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var logout_question = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_logout_question(inputs);
	return da_logout_question(inputs);
});
// src/lib/paraglide/messages/logout_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Logout_SubmitInputs */
var da_logout_submit = () => {
	return `Ja, log ud`;
};
var en_logout_submit = () => {
	return `Yes, log out`;
};
/**
* | output |
* | --- |
* | "Yes, log out" |
*
* @param {Logout_SubmitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var logout_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_logout_submit(inputs);
	return da_logout_submit(inputs);
});
// src/lib/paraglide/messages/logout_cancel.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Logout_CancelInputs */
var da_logout_cancel = () => {
	return `Nej, bliv logget ind`;
};
var en_logout_cancel = () => {
	return `No, stay logged in`;
};
/**
* | output |
* | --- |
* | "No, stay logged in" |
*
* @param {Logout_CancelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var logout_cancel = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_logout_cancel(inputs);
	return da_logout_cancel(inputs);
});
// src/lib/paraglide/messages/logout_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Logout_DoneInputs */
var da_logout_done = () => {
	return `Du er logget ud.`;
};
var en_logout_done = () => {
	return `You are logged out.`;
};
/**
* | output |
* | --- |
* | "You are logged out." |
*
* @param {Logout_DoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var logout_done = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_logout_done(inputs);
	return da_logout_done(inputs);
});
// src/routes/(public)/logout/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("13jzul0", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(logout_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(logout_title())}</h1> `);
		if (data.isLoggedIn) {
			$$renderer.push(`<!--[0--><p class="lead">${escape_html(logout_question())}</p> <form method="POST"><button class="button button--large" type="submit">`);
			Icon($$renderer, {
				name: "log-out",
				size: 28
			});
			$$renderer.push(`<!---->${escape_html(logout_submit())}</button></form> <p><a class="line-link"${attr("href", localizeHref(routes.home()))}>${escape_html(logout_cancel())}</a></p>`);
		} else {
			$$renderer.push(`<!--[-1--><p class="lead" role="status">${escape_html(logout_done())}</p> <p><a class="button button--large"${attr("href", localizeHref(routes.home()))}>`);
			Icon($$renderer, {
				name: "house",
				size: 28
			});
			$$renderer.push(`<!---->${escape_html(error_go_front())}</a></p>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map