import { f as attr, m as escape_html, o as ensure_array_like, s as head } from "../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import { n as sessions_device, t as sessions_unknown_device } from "../../../../../chunks/sessions_unknown_device.js";
import { t as account_back } from "../../../../../chunks/account_back.js";
import "../../../../../chunks/forms.js";
import { l as localizeHref, r as getLocale } from "../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../chunks/routes.js";
import { n as formatDate, r as formatTime, t as dayOf } from "../../../../../chunks/format.js";
// src/lib/paraglide/messages/sessions_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sessions_TitleInputs */
var da_sessions_title = () => {
	return `Hvor er jeg logget ind?`;
};
var en_sessions_title = () => {
	return `Where am I logged in?`;
};
/**
* | output |
* | --- |
* | "Where am I logged in?" |
*
* @param {Sessions_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var sessions_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sessions_title(inputs);
	return da_sessions_title(inputs);
});
// src/lib/paraglide/messages/sessions_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sessions_IntroInputs */
var da_sessions_intro = () => {
	return `Her er de telefoner og computere, hvor du er logget ind.`;
};
var en_sessions_intro = () => {
	return `These are the phones and computers where you are logged in.`;
};
/**
* | output |
* | --- |
* | "These are the phones and computers where you are logged in." |
*
* @param {Sessions_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var sessions_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sessions_intro(inputs);
	return da_sessions_intro(inputs);
});
// src/lib/paraglide/messages/sessions_this_device.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sessions_This_DeviceInputs */
var da_sessions_this_device = () => {
	return `Det er den telefon eller computer, du bruger nu.`;
};
var en_sessions_this_device = () => {
	return `This is the phone or computer you are using now.`;
};
/**
* | output |
* | --- |
* | "This is the phone or computer you are using now." |
*
* @param {Sessions_This_DeviceInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var sessions_this_device = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sessions_this_device(inputs);
	return da_sessions_this_device(inputs);
});
// src/lib/paraglide/messages/sessions_last_used.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown>, time: NonNullable<unknown> }} Sessions_Last_UsedInputs */
var da_sessions_last_used = (i) => {
	return `Sidst brugt ${i?.date} klokken ${i?.time}.`;
};
var en_sessions_last_used = (i) => {
	return `Last used on ${i?.date} at ${i?.time}.`;
};
/**
* | output |
* | --- |
* | "Last used on {date} at {time}." |
*
* @param {Sessions_Last_UsedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var sessions_last_used = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sessions_last_used(inputs);
	return da_sessions_last_used(inputs);
});
// src/lib/paraglide/messages/sessions_logout_here.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sessions_Logout_HereInputs */
var da_sessions_logout_here = () => {
	return `Log ud her`;
};
var en_sessions_logout_here = () => {
	return `Log out here`;
};
/**
* | output |
* | --- |
* | "Log out here" |
*
* @param {Sessions_Logout_HereInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var sessions_logout_here = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sessions_logout_here(inputs);
	return da_sessions_logout_here(inputs);
});
// src/lib/paraglide/messages/sessions_logout_everywhere.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sessions_Logout_EverywhereInputs */
var da_sessions_logout_everywhere = () => {
	return `Log ud overalt`;
};
var en_sessions_logout_everywhere = () => {
	return `Log out everywhere`;
};
/**
* | output |
* | --- |
* | "Log out everywhere" |
*
* @param {Sessions_Logout_EverywhereInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var sessions_logout_everywhere = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sessions_logout_everywhere(inputs);
	return da_sessions_logout_everywhere(inputs);
});
// src/lib/paraglide/messages/sessions_logout_everywhere_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sessions_Logout_Everywhere_HintInputs */
var da_sessions_logout_everywhere_hint = () => {
	return `Brug det, hvis du har mistet din telefon.`;
};
var en_sessions_logout_everywhere_hint = () => {
	return `Use it if you have lost your phone.`;
};
/**
* | output |
* | --- |
* | "Use it if you have lost your phone." |
*
* @param {Sessions_Logout_Everywhere_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var sessions_logout_everywhere_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sessions_logout_everywhere_hint(inputs);
	return da_sessions_logout_everywhere_hint(inputs);
});
// src/lib/paraglide/messages/sessions_ended.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sessions_EndedInputs */
var da_sessions_ended = () => {
	return `Du er logget ud på den telefon eller computer.`;
};
var en_sessions_ended = () => {
	return `You are logged out on that phone or computer.`;
};
/**
* | output |
* | --- |
* | "You are logged out on that phone or computer." |
*
* @param {Sessions_EndedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var sessions_ended = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sessions_ended(inputs);
	return da_sessions_ended(inputs);
});
// src/routes/(account)/account/sessions/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		head("jbicyn", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(sessions_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<p><a class="line-link"${attr("href", localizeHref(routes.account()))}>`);
		Icon($$renderer, {
			name: "arrow-left",
			size: 20
		});
		$$renderer.push(`<!----> ${escape_html(account_back())}</a></p> <h1>${escape_html(sessions_title())}</h1> `);
		if (form?.ended) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(sessions_ended())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p class="lead">${escape_html(sessions_intro())}</p> <ul class="plain-list"><!--[-->`);
		const each_array = ensure_array_like(data.sessions);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let session = each_array[$$index];
			$$renderer.push(`<li class="card"><h2 class="card__title">${escape_html(session.device ? sessions_device(session.device) : sessions_unknown_device())}</h2> `);
			if (session.isCurrent) $$renderer.push(`<!--[0--><p><strong>${escape_html(sessions_this_device())}</strong></p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <p>${escape_html(sessions_last_used({
				date: formatDate(dayOf(session.lastUsedAt)),
				time: formatTime(session.lastUsedAt)
			}))}</p> <form method="POST" action="?/end"><input type="hidden" name="sessionId"${attr("value", session.id)}/> <button class="button button--secondary" type="submit">`);
			Icon($$renderer, {
				name: "log-out",
				size: 24
			});
			$$renderer.push(`<!---->${escape_html(sessions_logout_here())}</button></form></li>`);
		}
		$$renderer.push(`<!--]--></ul> <form method="POST" action="?/endAll"><p class="field__hint">${escape_html(sessions_logout_everywhere_hint())}</p> <button class="button button--danger" type="submit">`);
		Icon($$renderer, {
			name: "log-out",
			size: 24
		});
		$$renderer.push(`<!---->${escape_html(sessions_logout_everywhere())}</button></form>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map