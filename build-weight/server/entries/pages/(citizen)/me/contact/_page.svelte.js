import { f as attr, m as escape_html, s as head } from "../../../../../chunks/server2.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import { t as Icon } from "../../../../../chunks/icon.js";
import { n as cp_now_one, t as cp_now_team } from "../../../../../chunks/cp_now_team.js";
import { n as telHref, t as Crisis_lines } from "../../../../../chunks/crisis-lines.js";
import { r as getLocale } from "../../../../../chunks/runtime.js";
// src/lib/paraglide/messages/contact_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Contact_TitleInputs */
var da_contact_title = () => {
	return `Kontakt`;
};
var en_contact_title = () => {
	return `Contact`;
};
/**
* | output |
* | --- |
* | "Contact" |
*
* @param {Contact_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var contact_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_contact_title(inputs);
	return da_contact_title(inputs);
});
// src/lib/paraglide/messages/contact_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Contact_IntroInputs */
var da_contact_intro = () => {
	return `Sådan får du fat i din kontaktperson.`;
};
var en_contact_intro = () => {
	return `How to reach your contact person.`;
};
/**
* | output |
* | --- |
* | "How to reach your contact person." |
*
* @param {Contact_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var contact_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_contact_intro(inputs);
	return da_contact_intro(inputs);
});
// src/lib/paraglide/messages/contact_talk_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Contact_Talk_TitleInputs */
var da_contact_talk_title = () => {
	return `Tal med en anden`;
};
var en_contact_talk_title = () => {
	return `Talk to someone else`;
};
/**
* | output |
* | --- |
* | "Talk to someone else" |
*
* @param {Contact_Talk_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var contact_talk_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_contact_talk_title(inputs);
	return da_contact_talk_title(inputs);
});
// src/lib/paraglide/messages/contact_talk_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Contact_Talk_TextInputs */
var da_contact_talk_text = () => {
	return `Du behøver ikke tale med din kontaktperson om det.`;
};
var en_contact_talk_text = () => {
	return `You do not have to talk to your contact person about it.`;
};
/**
* | output |
* | --- |
* | "You do not have to talk to your contact person about it." |
*
* @param {Contact_Talk_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var contact_talk_text = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_contact_talk_text(inputs);
	return da_contact_talk_text(inputs);
});
// src/lib/paraglide/messages/contact_talk_leader.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ names: NonNullable<unknown> }} Contact_Talk_LeaderInputs */
var da_contact_talk_leader = (i) => {
	return `Ring til os, og spørg efter lederen: ${i?.names}.`;
};
var en_contact_talk_leader = (i) => {
	return `Call us and ask for the leader: ${i?.names}.`;
};
/**
* | output |
* | --- |
* | "Call us and ask for the leader: {names}." |
*
* @param {Contact_Talk_LeaderInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var contact_talk_leader = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_contact_talk_leader(inputs);
	return da_contact_talk_leader(inputs);
});
// src/lib/paraglide/messages/contact_talk_anyone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Contact_Talk_AnyoneInputs */
var da_contact_talk_anyone = () => {
	return `Ring til os, og spørg efter en anden medarbejder.`;
};
var en_contact_talk_anyone = () => {
	return `Call us and ask for another staff member.`;
};
/**
* | output |
* | --- |
* | "Call us and ask for another staff member." |
*
* @param {Contact_Talk_AnyoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var contact_talk_anyone = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_contact_talk_anyone(inputs);
	return da_contact_talk_anyone(inputs);
});
// src/lib/paraglide/messages/contact_phone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ phone: NonNullable<unknown> }} Contact_PhoneInputs */
var da_contact_phone = (i) => {
	return `Ring til os: ${i?.phone}`;
};
var en_contact_phone = (i) => {
	return `Call us: ${i?.phone}`;
};
/**
* | output |
* | --- |
* | "Call us: {phone}" |
*
* @param {Contact_PhoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var contact_phone = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_contact_phone(inputs);
	return da_contact_phone(inputs);
});
// src/lib/paraglide/messages/contact_hours_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Contact_Hours_TitleInputs */
var da_contact_hours_title = () => {
	return `Hvornår?`;
};
var en_contact_hours_title = () => {
	return `When?`;
};
/**
* | output |
* | --- |
* | "When?" |
*
* @param {Contact_Hours_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var contact_hours_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_contact_hours_title(inputs);
	return da_contact_hours_title(inputs);
});
// src/lib/paraglide/messages/contact_outside_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Contact_Outside_TitleInputs */
var da_contact_outside_title = () => {
	return `Uden for tiden`;
};
var en_contact_outside_title = () => {
	return `Outside these hours`;
};
/**
* | output |
* | --- |
* | "Outside these hours" |
*
* @param {Contact_Outside_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var contact_outside_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_contact_outside_title(inputs);
	return da_contact_outside_title(inputs);
});
// src/routes/(citizen)/me/contact/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("pef9km", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(contact_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>`);
		Icon($$renderer, {
			name: "phone",
			size: 32
		});
		$$renderer.push(`<!----> ${escape_html(contact_title())}</h1> `);
		if (data.talkTo) $$renderer.push(`<!--[0--><section class="card" aria-labelledby="talk-title"><h2 id="talk-title">${escape_html(contact_talk_title())}</h2> <p>${escape_html(contact_talk_text())}</p> <p>${escape_html(data.talkTo.leaderNames.length > 0 ? contact_talk_leader({ names: data.talkTo.leaderNames.join(", ") }) : contact_talk_anyone())}</p></section>`);
		else $$renderer.push(`<!--[-1--><p class="lead">${escape_html(contact_intro())}</p>`);
		$$renderer.push(`<!--]--> `);
		if (data.supporters.length > 0) $$renderer.push(`<!--[0--><p>${escape_html(data.supporters.length === 1 ? cp_now_one({ name: data.supporters[0] }) : `${cp_now_team()} ${data.supporters.join(", ")}`)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.phone) {
			$$renderer.push(`<!--[0--><p><a class="button button--large"${attr("href", telHref(data.phone))}>`);
			Icon($$renderer, {
				name: "phone",
				size: 28
			});
			$$renderer.push(`<!---->${escape_html(contact_phone({ phone: data.phone }))}</a></p>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <h2>${escape_html(contact_hours_title())}</h2> <p class="lead">${escape_html(data.openingHours)}</p> <h2>${escape_html(contact_outside_title())}</h2> <p class="lead">${escape_html(data.outOfHours)}</p> `);
		Crisis_lines($$renderer, {});
		$$renderer.push(`<!---->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map