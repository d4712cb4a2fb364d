import { f as attr, m as escape_html, o as ensure_array_like, s as head } from "../../../../chunks/server2.js";
import { l as localizeHref, r as getLocale } from "../../../../chunks/runtime.js";
import { t as app_name } from "../../../../chunks/app_name.js";
import { t as helper_ends } from "../../../../chunks/helper_ends.js";
import { n as routes } from "../../../../chunks/routes.js";
import { n as formatDate } from "../../../../chunks/format.js";
// src/lib/paraglide/messages/helper_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helper_TitleInputs */
var da_helper_title = () => {
	return `Dem, der har inviteret dig`;
};
var en_helper_title = () => {
	return `People who invited you`;
};
/**
* | output |
* | --- |
* | "People who invited you" |
*
* @param {Helper_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_title(inputs);
	return da_helper_title(inputs);
});
// src/lib/paraglide/messages/helper_access_ended.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helper_Access_EndedInputs */
var da_helper_access_ended = () => {
	return `Din adgang er slut. Du kan ikke længere se det, du blev inviteret til at se.`;
};
var en_helper_access_ended = () => {
	return `Your access has ended. You can no longer see what you were invited to see.`;
};
/**
* | output |
* | --- |
* | "Your access has ended. You can no longer see what you were invited to see." |
*
* @param {Helper_Access_EndedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_access_ended = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_access_ended(inputs);
	return da_helper_access_ended(inputs);
});
// src/lib/paraglide/messages/helper_empty_1.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helper_Empty_1Inputs */
var da_helper_empty_1 = () => {
	return `Ingen har inviteret dig endnu.`;
};
var en_helper_empty_1 = () => {
	return `Nobody has invited you yet.`;
};
/**
* | output |
* | --- |
* | "Nobody has invited you yet." |
*
* @param {Helper_Empty_1Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_empty_1 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_empty_1(inputs);
	return da_helper_empty_1(inputs);
});
// src/lib/paraglide/messages/helper_empty_2.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helper_Empty_2Inputs */
var da_helper_empty_2 = () => {
	return `Når nogen inviterer dig, kan du se det her.`;
};
var en_helper_empty_2 = () => {
	return `When someone invites you, you can see it here.`;
};
/**
* | output |
* | --- |
* | "When someone invites you, you can see it here." |
*
* @param {Helper_Empty_2Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_empty_2 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_empty_2(inputs);
	return da_helper_empty_2(inputs);
});
// src/lib/paraglide/messages/helper_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helper_IntroInputs */
var da_helper_intro = () => {
	return `Du kan se det, de har valgt at vise dig.`;
};
var en_helper_intro = () => {
	return `You can see what they have chosen to show you.`;
};
/**
* | output |
* | --- |
* | "You can see what they have chosen to show you." |
*
* @param {Helper_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_intro(inputs);
	return da_helper_intro(inputs);
});
// src/routes/(helper)/helper/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("osv6on", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(helper_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(helper_title())}</h1> `);
		if (data.hasAccessEnded) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(helper_access_ended())}</p> <p class="lead">${escape_html(helper_empty_2())}</p>`);
		else if (data.citizens.length === 0) $$renderer.push(`<!--[1--><p class="lead">${escape_html(helper_empty_1())}</p> <p class="lead">${escape_html(helper_empty_2())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><p class="lead">${escape_html(helper_intro())}</p> <ul class="plain-list"><!--[-->`);
			const each_array = ensure_array_like(data.citizens);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let citizen = each_array[$$index];
				$$renderer.push(`<li class="card card--link"><h2><a class="card__link"${attr("href", localizeHref(routes.helperCitizen(citizen.citizenId)))}>${escape_html(citizen.name)}</a></h2> `);
				if (citizen.endsOn) $$renderer.push(`<!--[0--><p>${escape_html(helper_ends({ date: formatDate(citizen.endsOn) }))}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map