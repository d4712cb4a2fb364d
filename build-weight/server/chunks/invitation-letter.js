import { r as getLocale } from "./runtime.js";
import { f as attr, m as escape_html, u as html } from "./server2.js";
import { n as formatDate, r as formatTime, t as dayOf } from "./format.js";
// src/lib/paraglide/messages/letter_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Letter_TitleInputs */
var da_letter_title = (i) => {
	return `Velkommen til Samklang, ${i?.name}`;
};
var en_letter_title = (i) => {
	return `Welcome to Samklang, ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Welcome to Samklang, {name}" |
*
* @param {Letter_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var letter_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_letter_title(inputs);
	return da_letter_title(inputs);
});
// src/lib/paraglide/messages/letter_text_1.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Letter_Text_1Inputs */
var da_letter_text_1 = () => {
	return `Nu kan du bruge Samklang på din telefon.`;
};
var en_letter_text_1 = () => {
	return `Now you can use Samklang on your phone.`;
};
/**
* | output |
* | --- |
* | "Now you can use Samklang on your phone." |
*
* @param {Letter_Text_1Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var letter_text_1 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_letter_text_1(inputs);
	return da_letter_text_1(inputs);
});
// src/lib/paraglide/messages/letter_text_2.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Letter_Text_2Inputs */
var da_letter_text_2 = () => {
	return `Her skriver du dine ønsker og drømme. Du siger også, hvordan samarbejdet går.`;
};
var en_letter_text_2 = () => {
	return `Here you write your wishes and dreams. You also say how the support is going.`;
};
/**
* | output |
* | --- |
* | "Here you write your wishes and dreams. You also say how the support is going." |
*
* @param {Letter_Text_2Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var letter_text_2 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_letter_text_2(inputs);
	return da_letter_text_2(inputs);
});
// src/lib/paraglide/messages/letter_scan.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Letter_ScanInputs */
var da_letter_scan = () => {
	return `Scan QR-koden med kameraet på din telefon. QR-koden er firkanten her.`;
};
var en_letter_scan = () => {
	return `Scan the QR code with the camera on your phone. The QR code is the square here.`;
};
/**
* | output |
* | --- |
* | "Scan the QR code with the camera on your phone. The QR code is the square here." |
*
* @param {Letter_ScanInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var letter_scan = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_letter_scan(inputs);
	return da_letter_scan(inputs);
});
// src/lib/paraglide/messages/letter_or.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ address: NonNullable<unknown> }} Letter_OrInputs */
var da_letter_or = (i) => {
	return `Eller gå ind på ${i?.address} og skriv koden:`;
};
var en_letter_or = (i) => {
	return `Or go to ${i?.address} and type the code:`;
};
/**
* | output |
* | --- |
* | "Or go to {address} and type the code:" |
*
* @param {Letter_OrInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var letter_or = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_letter_or(inputs);
	return da_letter_or(inputs);
});
// src/lib/paraglide/messages/letter_valid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Letter_ValidInputs */
var da_letter_valid = () => {
	return `Koden virker i 14 dage. Den kan kun bruges én gang.`;
};
var en_letter_valid = () => {
	return `The code works for 14 days. It can be used only once.`;
};
/**
* | output |
* | --- |
* | "The code works for 14 days. It can be used only once." |
*
* @param {Letter_ValidInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var letter_valid = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_letter_valid(inputs);
	return da_letter_valid(inputs);
});
// src/lib/paraglide/messages/letter_help.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Letter_HelpInputs */
var da_letter_help = () => {
	return `Spørg din kontaktperson, hvis du vil have hjælp.`;
};
var en_letter_help = () => {
	return `Ask your contact person if you would like help.`;
};
/**
* | output |
* | --- |
* | "Ask your contact person if you would like help." |
*
* @param {Letter_HelpInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var letter_help = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_letter_help(inputs);
	return da_letter_help(inputs);
});
// src/lib/paraglide/messages/letter_qr_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Letter_Qr_LabelInputs */
var da_letter_qr_label = () => {
	return `QR-kode til at komme i gang`;
};
var en_letter_qr_label = () => {
	return `QR code to get started`;
};
/**
* | output |
* | --- |
* | "QR code to get started" |
*
* @param {Letter_Qr_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var letter_qr_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_letter_qr_label(inputs);
	return da_letter_qr_label(inputs);
});
// src/lib/paraglide/messages/letter_reset_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Letter_Reset_TitleInputs */
var da_letter_reset_title = (i) => {
	return `Ny kode til Samklang, ${i?.name}`;
};
var en_letter_reset_title = (i) => {
	return `A new code for Samklang, ${i?.name}`;
};
/**
* | output |
* | --- |
* | "A new code for Samklang, {name}" |
*
* @param {Letter_Reset_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var letter_reset_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_letter_reset_title(inputs);
	return da_letter_reset_title(inputs);
});
// src/lib/paraglide/messages/letter_reset_text_1.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Letter_Reset_Text_1Inputs */
var da_letter_reset_text_1 = () => {
	return `Din adgang til Samklang er nulstillet. Med koden vælger du en ny adgangskode.`;
};
var en_letter_reset_text_1 = () => {
	return `Your access to Samklang has been reset. With the code you choose a new password.`;
};
/**
* | output |
* | --- |
* | "Your access to Samklang has been reset. With the code you choose a new password." |
*
* @param {Letter_Reset_Text_1Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var letter_reset_text_1 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_letter_reset_text_1(inputs);
	return da_letter_reset_text_1(inputs);
});
// src/lib/paraglide/messages/letter_reset_text_2.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Letter_Reset_Text_2Inputs */
var da_letter_reset_text_2 = () => {
	return `Når du har brugt koden, virker din gamle adgangskode ikke mere.`;
};
var en_letter_reset_text_2 = () => {
	return `When you have used the code, your old password no longer works.`;
};
/**
* | output |
* | --- |
* | "When you have used the code, your old password no longer works." |
*
* @param {Letter_Reset_Text_2Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var letter_reset_text_2 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_letter_reset_text_2(inputs);
	return da_letter_reset_text_2(inputs);
});
// src/lib/paraglide/messages/letter_valid_from.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ from: NonNullable<unknown>, time: NonNullable<unknown>, until: NonNullable<unknown> }} Letter_Valid_FromInputs */
var da_letter_valid_from = (i) => {
	return `Koden virker fra ${i?.from} klokken ${i?.time} til og med ${i?.until}. Den kan kun bruges én gang.`;
};
var en_letter_valid_from = (i) => {
	return `The code works from ${i?.from} at ${i?.time} until ${i?.until}. It can only be used once.`;
};
/**
* | output |
* | --- |
* | "The code works from {from} at {time} until {until}. It can only be used once." |
*
* @param {Letter_Valid_FromInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var letter_valid_from = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_letter_valid_from(inputs);
	return da_letter_valid_from(inputs);
});
// src/lib/components/staff/invitation-letter.svelte
function Invitation_letter($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/**
		* The easy-read letter with the activation QR code and code, printed by the leader. With
		* `reset`, it is the letter after a leader reset the access: the code works from `validFrom`.
		*/
		let { name, letter, address, reset } = $$props;
		$$renderer.push(`<article class="letter card svelte-1r8ij13">`);
		if (reset) $$renderer.push(`<!--[0--><h2>${escape_html(letter_reset_title({ name }))}</h2> <p class="lead">${escape_html(letter_reset_text_1())}</p> <p class="lead">${escape_html(letter_reset_text_2())}</p>`);
		else $$renderer.push(`<!--[-1--><h2>${escape_html(letter_title({ name }))}</h2> <p class="lead">${escape_html(letter_text_1())}</p> <p class="lead">${escape_html(letter_text_2())}</p>`);
		$$renderer.push(`<!--]--> <p class="lead">${escape_html(letter_scan())}</p> <div class="qr" role="img"${attr("aria-label", letter_qr_label())}>${html(letter.qrSvg)}</div> <p class="lead">${escape_html(letter_or({ address }))}</p> <p class="code">${escape_html(letter.code)}</p> `);
		if (reset) $$renderer.push(`<!--[0--><p>${escape_html(letter_valid_from({
			from: formatDate(dayOf(reset.validFrom)),
			time: formatTime(reset.validFrom),
			until: formatDate(dayOf(reset.validUntil))
		}))}</p>`);
		else $$renderer.push(`<!--[-1--><p>${escape_html(letter_valid())}</p>`);
		$$renderer.push(`<!--]--> <p>${escape_html(letter_help())}</p></article>`);
	});
}
export { Invitation_letter as t };

//# sourceMappingURL=invitation-letter.js.map