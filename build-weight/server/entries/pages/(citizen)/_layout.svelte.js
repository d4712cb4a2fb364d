import { f as attr, i as derived, m as escape_html } from "../../../chunks/server2.js";
import { t as page } from "../../../chunks/state.js";
import { t as Icon } from "../../../chunks/icon.js";
import { l as localizeHref, r as getLocale } from "../../../chunks/runtime.js";
import { n as routes } from "../../../chunks/routes.js";
// src/lib/paraglide/messages/shell_back_home.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Shell_Back_HomeInputs */
var da_shell_back_home = () => {
	return `Tilbage til Min side`;
};
var en_shell_back_home = () => {
	return `Back to My page`;
};
/**
* | output |
* | --- |
* | "Back to My page" |
*
* @param {Shell_Back_HomeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var shell_back_home = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_shell_back_home(inputs);
	return da_shell_back_home(inputs);
});
// src/lib/paraglide/messages/helpers_back.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_BackInputs */
var da_helpers_back = () => {
	return `Tilbage til Mine pårørende og hjælpere`;
};
var en_helpers_back = () => {
	return `Back to My relatives and helpers`;
};
/**
* | output |
* | --- |
* | "Back to My relatives and helpers" |
*
* @param {Helpers_BackInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_back = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_back(inputs);
	return da_helpers_back(inputs);
});
// src/lib/paraglide/messages/data_back.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Data_BackInputs */
var da_data_back = () => {
	return `Tilbage til Mine oplysninger`;
};
var en_data_back = () => {
	return `Back to My information`;
};
/**
* | output |
* | --- |
* | "Back to My information" |
*
* @param {Data_BackInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var data_back = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_data_back(inputs);
	return da_data_back(inputs);
});
// src/lib/paraglide/messages/dreams_back.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_BackInputs */
var da_dreams_back = () => {
	return `Tilbage til Mine drømme`;
};
var en_dreams_back = () => {
	return `Back to My dreams`;
};
/**
* | output |
* | --- |
* | "Back to My dreams" |
*
* @param {Dreams_BackInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_back = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_back(inputs);
	return da_dreams_back(inputs);
});
// src/lib/paraglide/messages/plan_back.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_BackInputs */
var da_plan_back = () => {
	return `Tilbage til Min plan`;
};
var en_plan_back = () => {
	return `Back to My plan`;
};
/**
* | output |
* | --- |
* | "Back to My plan" |
*
* @param {Plan_BackInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_back = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_back(inputs);
	return da_plan_back(inputs);
});
// src/lib/paraglide/messages/collab_back.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_BackInputs */
var da_collab_back = () => {
	return `Tilbage til samarbejdet`;
};
var en_collab_back = () => {
	return `Back to our work together`;
};
/**
* | output |
* | --- |
* | "Back to our work together" |
*
* @param {Collab_BackInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_back = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_back(inputs);
	return da_collab_back(inputs);
});
// src/lib/paraglide/messages/choose_back.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_BackInputs */
var da_choose_back = () => {
	return `Tilbage til Min kontaktperson`;
};
var en_choose_back = () => {
	return `Back to My contact person`;
};
/**
* | output |
* | --- |
* | "Back to My contact person" |
*
* @param {Choose_BackInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_back = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_back(inputs);
	return da_choose_back(inputs);
});
// src/lib/paraglide/messages/meeting_back.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_BackInputs */
var da_meeting_back = () => {
	return `Tilbage til Mine møder`;
};
var en_meeting_back = () => {
	return `Back to My meetings`;
};
/**
* | output |
* | --- |
* | "Back to My meetings" |
*
* @param {Meeting_BackInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_back = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_back(inputs);
	return da_meeting_back(inputs);
});
// src/lib/components/app-shell/back-link.svelte
function Back_link($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { href, label } = $$props;
		$$renderer.push(`<p class="back-link no-print"><a class="line-link"${attr("href", localizeHref(href))}>`);
		Icon($$renderer, {
			name: "arrow-left",
			size: 20
		});
		$$renderer.push(`<!----> ${escape_html(label)}</a></p>`);
	});
}
// src/lib/components/app-shell/back-link.ts
var toHome = {
	href: routes.citizenHome(),
	label: shell_back_home
};
var toDreams = {
	href: routes.citizenArea("dreams"),
	label: dreams_back
};
var toPlan = {
	href: routes.citizenArea("plan"),
	label: plan_back
};
var toHelpers = {
	href: routes.citizenHelpers(),
	label: helpers_back
};
var toContactPerson = {
	href: routes.citizenContactPerson(),
	label: choose_back
};
var toRatings = {
	href: routes.citizenRatings(),
	label: collab_back
};
var toMeetings = {
	href: routes.citizenMeetings(),
	label: meeting_back
};
/**
* The one page above each citizen page, by route id. An installed app has no browser back button,
* so every page below Min side starts with a link one step up (issue 15); a page missing here
* falls back to Min side rather than leaving the person without a way back.
*/
var citizenParents = {
	"/(citizen)/me/[area=comingSoon]": toHome,
	"/(citizen)/me/access-log": toHome,
	"/(citizen)/me/collaboration": toHome,
	"/(citizen)/me/collaboration/new": toRatings,
	"/(citizen)/me/contact": toHome,
	"/(citizen)/me/contact-person": toHome,
	"/(citizen)/me/contact-person/choose": toContactPerson,
	"/(citizen)/me/contact-person/workers": toContactPerson,
	"/(citizen)/me/data": toHome,
	"/(citizen)/me/data/print": {
		href: routes.citizenArea("data"),
		label: data_back
	},
	"/(citizen)/me/dreams": toHome,
	"/(citizen)/me/dreams/[dreamId]": toDreams,
	"/(citizen)/me/dreams/new": toDreams,
	"/(citizen)/me/helpers": toHome,
	"/(citizen)/me/helpers/[grantId]": toHelpers,
	"/(citizen)/me/helpers/new": toHelpers,
	"/(citizen)/me/meetings": toHome,
	"/(citizen)/me/meetings/[meetingId]": toMeetings,
	"/(citizen)/me/plan": toHome,
	"/(citizen)/me/plan/[goalId]": toPlan,
	"/(citizen)/me/plan/new": toPlan
};
/** The back link of a citizen page; null on Min side itself, which is the top. */
function citizenBackLink(routeId) {
	if (routeId === null || routeId === "/(citizen)/me") return null;
	return citizenParents[routeId] ?? toHome;
}
// src/routes/(citizen)/+layout.svelte
function _layout($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { children } = $$props;
		/** One back link at the top of every page below Min side, from one table instead of a copy per page. */
		const backLink = derived(() => citizenBackLink(page.route.id));
		if (backLink()) {
			$$renderer.push("<!--[0-->");
			Back_link($$renderer, {
				href: backLink().href,
				label: backLink().label()
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		children($$renderer);
		$$renderer.push(`<!---->`);
	});
}
export { _layout as default };

//# sourceMappingURL=_layout.svelte.js.map