import { f as attr, m as escape_html, s as head } from "../../../../chunks/server2.js";
import { t as Icon } from "../../../../chunks/icon.js";
import { t as app_name } from "../../../../chunks/app_name.js";
import { l as localizeHref, r as getLocale } from "../../../../chunks/runtime.js";
import { n as routes } from "../../../../chunks/routes.js";
import { n as telHref, t as Crisis_lines } from "../../../../chunks/crisis-lines.js";
// src/lib/paraglide/messages/help_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Help_TitleInputs */
var da_help_title = () => {
	return `Hjælp og kontakt`;
};
var en_help_title = () => {
	return `Help and contact`;
};
/**
* | output |
* | --- |
* | "Help and contact" |
*
* @param {Help_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var help_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_help_title(inputs);
	return da_help_title(inputs);
});
// src/lib/paraglide/messages/help_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Help_IntroInputs */
var da_help_intro = () => {
	return `Har du brug for hjælp? Så er du velkommen til at kontakte os.`;
};
var en_help_intro = () => {
	return `Do you need help? You are welcome to contact us.`;
};
/**
* | output |
* | --- |
* | "Do you need help? You are welcome to contact us." |
*
* @param {Help_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var help_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_help_intro(inputs);
	return da_help_intro(inputs);
});
// src/lib/paraglide/messages/help_contact_person.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Help_Contact_PersonInputs */
var da_help_contact_person = () => {
	return `Ring eller skriv til din kontaktperson.`;
};
var en_help_contact_person = () => {
	return `Call or write to your contact person.`;
};
/**
* | output |
* | --- |
* | "Call or write to your contact person." |
*
* @param {Help_Contact_PersonInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var help_contact_person = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_help_contact_person(inputs);
	return da_help_contact_person(inputs);
});
// src/lib/paraglide/messages/help_app.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Help_AppInputs */
var da_help_app = () => {
	return `Driller appen? Spørg din kontaktperson eller en brugerguide. En brugerguide har selv fået støtte og kan hjælpe dig.`;
};
var en_help_app = () => {
	return `Is the app giving you trouble? Ask your contact person or a peer guide. A peer guide has had support too and can help you.`;
};
/**
* | output |
* | --- |
* | "Is the app giving you trouble? Ask your contact person or a peer guide. A peer guide has had support too and can help you." |
*
* @param {Help_AppInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var help_app = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_help_app(inputs);
	return da_help_app(inputs);
});
// src/lib/paraglide/messages/help_call_unit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ unit: NonNullable<unknown>, phone: NonNullable<unknown> }} Help_Call_UnitInputs */
var da_help_call_unit = (i) => {
	return `Ring til ${i?.unit}: ${i?.phone}`;
};
var en_help_call_unit = (i) => {
	return `Call ${i?.unit}: ${i?.phone}`;
};
/**
* | output |
* | --- |
* | "Call {unit}: {phone}" |
*
* @param {Help_Call_UnitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var help_call_unit = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_help_call_unit(inputs);
	return da_help_call_unit(inputs);
});
// src/lib/paraglide/messages/help_contact_when.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Help_Contact_WhenInputs */
var da_help_contact_when = () => {
	return `Hvornår kan du ringe? Og hvad gør du uden for tiden?`;
};
var en_help_contact_when = () => {
	return `When can you call? And what do you do outside those hours?`;
};
/**
* | output |
* | --- |
* | "When can you call? And what do you do outside those hours?" |
*
* @param {Help_Contact_WhenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var help_contact_when = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_help_contact_when(inputs);
	return da_help_contact_when(inputs);
});
// src/lib/paraglide/messages/help_contact_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Help_Contact_LinkInputs */
var da_help_contact_link = () => {
	return `Gå til Kontakt`;
};
var en_help_contact_link = () => {
	return `Go to Contact`;
};
/**
* | output |
* | --- |
* | "Go to Contact" |
*
* @param {Help_Contact_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var help_contact_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_help_contact_link(inputs);
	return da_help_contact_link(inputs);
});
// src/routes/(public)/help/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("17euua1", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(help_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(help_title())}</h1> <p class="lead">${escape_html(help_intro())}</p> `);
		if (data.unit) {
			$$renderer.push(`<!--[0--><p><a class="button button--large"${attr("href", telHref(data.unit.phone))}>`);
			Icon($$renderer, {
				name: "phone",
				size: 28
			});
			$$renderer.push(`<!---->${escape_html(help_call_unit({
				unit: data.unit.name,
				phone: data.unit.phone
			}))}</a></p>`);
		} else {
			$$renderer.push(`<!--[-1--><p>`);
			Icon($$renderer, {
				name: "phone",
				size: 24
			});
			$$renderer.push(`<!----> ${escape_html(help_contact_person())}</p>`);
		}
		$$renderer.push(`<!--]--> `);
		if (data.isCitizen) $$renderer.push(`<!--[0--><p>${escape_html(help_contact_when())} <a${attr("href", localizeHref(routes.citizenContact()))}>${escape_html(help_contact_link())}</a></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p>${escape_html(help_app())}</p> `);
		Crisis_lines($$renderer, {});
		$$renderer.push(`<!---->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map