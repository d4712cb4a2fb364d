import { r as getLocale } from "./runtime.js";
import { f as attr, m as escape_html } from "./server2.js";
import { t as Icon } from "./icon.js";
// src/lib/paraglide/messages/help_crisis_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Help_Crisis_TitleInputs */
var da_help_crisis_title = () => {
	return `Hvis det er akut`;
};
var en_help_crisis_title = () => {
	return `If it is urgent`;
};
/**
* | output |
* | --- |
* | "If it is urgent" |
*
* @param {Help_Crisis_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var help_crisis_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_help_crisis_title(inputs);
	return da_help_crisis_title(inputs);
});
// src/lib/paraglide/messages/help_crisis_112.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Help_Crisis_112Inputs */
var da_help_crisis_112 = () => {
	return `Er der fare for liv?`;
};
var en_help_crisis_112 = () => {
	return `Is a life in danger?`;
};
/**
* | output |
* | --- |
* | "Is a life in danger?" |
*
* @param {Help_Crisis_112Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var help_crisis_112 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_help_crisis_112(inputs);
	return da_help_crisis_112(inputs);
});
// src/lib/paraglide/messages/help_crisis_112_call.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Help_Crisis_112_CallInputs */
var da_help_crisis_112_call = () => {
	return `Ring 112`;
};
var en_help_crisis_112_call = () => {
	return `Call 112`;
};
/**
* | output |
* | --- |
* | "Call 112" |
*
* @param {Help_Crisis_112_CallInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var help_crisis_112_call = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_help_crisis_112_call(inputs);
	return da_help_crisis_112_call(inputs);
});
// src/lib/paraglide/messages/help_crisis_1813.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Help_Crisis_1813Inputs */
var da_help_crisis_1813 = () => {
	return `Har du det psykisk meget svært, men er der ikke fare for liv?`;
};
var en_help_crisis_1813 = () => {
	return `Do you feel very bad in your mind, but no life is in danger?`;
};
/**
* | output |
* | --- |
* | "Do you feel very bad in your mind, but no life is in danger?" |
*
* @param {Help_Crisis_1813Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var help_crisis_1813 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_help_crisis_1813(inputs);
	return da_help_crisis_1813(inputs);
});
// src/lib/paraglide/messages/help_crisis_1813_call.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Help_Crisis_1813_CallInputs */
var da_help_crisis_1813_call = () => {
	return `Ring til Akuttelefonen 1813`;
};
var en_help_crisis_1813_call = () => {
	return `Call Akuttelefonen 1813`;
};
/**
* | output |
* | --- |
* | "Call Akuttelefonen 1813" |
*
* @param {Help_Crisis_1813_CallInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var help_crisis_1813_call = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_help_crisis_1813_call(inputs);
	return da_help_crisis_1813_call(inputs);
});
// src/lib/paraglide/messages/help_crisis_1813_note.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Help_Crisis_1813_NoteInputs */
var da_help_crisis_1813_note = () => {
	return `1813 gælder i Region Hovedstaden. Bor du et andet sted? Ring til din læge eller lægevagten. De kan sende dig videre til en psykiatrisk akutmodtagelse.`;
};
var en_help_crisis_1813_note = () => {
	return `1813 is for the Capital Region (Region Hovedstaden). Do you live somewhere else? Call your doctor or the out-of-hours doctor (lægevagten). They can send you on to a psychiatric emergency department.`;
};
/**
* | output |
* | --- |
* | "1813 is for the Capital Region (Region Hovedstaden). Do you live somewhere else? Call your doctor or the out-of-hours doctor (lægevagten). They can send you ..." |
*
* @param {Help_Crisis_1813_NoteInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var help_crisis_1813_note = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_help_crisis_1813_note(inputs);
	return da_help_crisis_1813_note(inputs);
});
// src/lib/paraglide/messages/help_crisis_night.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Help_Crisis_NightInputs */
var da_help_crisis_night = () => {
	return `Har du brug for at tale med nogen?`;
};
var en_help_crisis_night = () => {
	return `Do you need someone to talk to?`;
};
/**
* | output |
* | --- |
* | "Do you need someone to talk to?" |
*
* @param {Help_Crisis_NightInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var help_crisis_night = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_help_crisis_night(inputs);
	return da_help_crisis_night(inputs);
});
// src/lib/paraglide/messages/help_crisis_night_call.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Help_Crisis_Night_CallInputs */
var da_help_crisis_night_call = () => {
	return `Ring til Livslinien: 70 201 201`;
};
var en_help_crisis_night_call = () => {
	return `Call Livslinien: 70 201 201`;
};
/**
* | output |
* | --- |
* | "Call Livslinien: 70 201 201" |
*
* @param {Help_Crisis_Night_CallInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var help_crisis_night_call = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_help_crisis_night_call(inputs);
	return da_help_crisis_night_call(inputs);
});
// src/lib/phone.ts
/** A phone number as a `tel:` link: digits and a leading + only ("70 20 30 40" → "tel:70203040"). */
function telHref(phone) {
	return `tel:${phone.replace(/[^\d+]/g, "")}`;
}
// src/lib/components/help/crisis-lines.svelte
function Crisis_lines($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		$$renderer.push(`<section aria-labelledby="crisis-title"><h2 id="crisis-title">${escape_html(help_crisis_title())}</h2> <p>${escape_html(help_crisis_112())}</p> <p><a class="button button--large"${attr("href", telHref("112"))}>`);
		Icon($$renderer, {
			name: "phone",
			size: 28
		});
		$$renderer.push(`<!---->${escape_html(help_crisis_112_call())}</a></p> <p>${escape_html(help_crisis_1813())}</p> <p><a class="button button--secondary"${attr("href", telHref("1813"))}>`);
		Icon($$renderer, {
			name: "phone",
			size: 24
		});
		$$renderer.push(`<!---->${escape_html(help_crisis_1813_call())}</a></p> <p class="field__hint">${escape_html(help_crisis_1813_note())}</p> <p>${escape_html(help_crisis_night())}</p> <p><a class="button button--secondary"${attr("href", telHref("+45 70 201 201"))}>`);
		Icon($$renderer, {
			name: "phone",
			size: 24
		});
		$$renderer.push(`<!---->${escape_html(help_crisis_night_call())}</a></p></section>`);
	});
}
export { telHref as n, Crisis_lines as t };

//# sourceMappingURL=crisis-lines.js.map