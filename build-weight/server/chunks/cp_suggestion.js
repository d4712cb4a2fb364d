import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/role_main.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Role_MainInputs */
var da_role_main = () => {
	return `den, du kontakter først`;
};
var en_role_main = () => {
	return `the one you contact first`;
};
/**
* | output |
* | --- |
* | "the one you contact first" |
*
* @param {Role_MainInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var role_main = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_role_main(inputs);
	return da_role_main(inputs);
});
// src/lib/paraglide/messages/cp_wish_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_Wish_OpenInputs */
var da_cp_wish_open = () => {
	return `Dit ønske er sendt til lederen.`;
};
var en_cp_wish_open = () => {
	return `Your wish has been sent to the leader.`;
};
/**
* | output |
* | --- |
* | "Your wish has been sent to the leader." |
*
* @param {Cp_Wish_OpenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_wish_open = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_wish_open(inputs);
	return da_cp_wish_open(inputs);
});
// src/lib/paraglide/messages/cp_wish_approved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_Wish_ApprovedInputs */
var da_cp_wish_approved = () => {
	return `Ja! Dit ønske er godkendt.`;
};
var en_cp_wish_approved = () => {
	return `Yes! Your wish is approved.`;
};
/**
* | output |
* | --- |
* | "Yes! Your wish is approved." |
*
* @param {Cp_Wish_ApprovedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_wish_approved = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_wish_approved(inputs);
	return da_cp_wish_approved(inputs);
});
// src/lib/paraglide/messages/cp_wish_start.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Cp_Wish_StartInputs */
var da_cp_wish_start = (i) => {
	return `Det gælder fra den ${i?.date}.`;
};
var en_cp_wish_start = (i) => {
	return `It starts on ${i?.date}.`;
};
/**
* | output |
* | --- |
* | "It starts on {date}." |
*
* @param {Cp_Wish_StartInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_wish_start = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_wish_start(inputs);
	return da_cp_wish_start(inputs);
});
// src/lib/paraglide/messages/cp_wish_declined.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_Wish_DeclinedInputs */
var da_cp_wish_declined = () => {
	return `Lederen har sagt nej til dit ønske.`;
};
var en_cp_wish_declined = () => {
	return `The leader has said no to your wish.`;
};
/**
* | output |
* | --- |
* | "The leader has said no to your wish." |
*
* @param {Cp_Wish_DeclinedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_wish_declined = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_wish_declined(inputs);
	return da_cp_wish_declined(inputs);
});
// src/lib/paraglide/messages/cp_wish_why.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_Wish_WhyInputs */
var da_cp_wish_why = () => {
	return `Derfor:`;
};
var en_cp_wish_why = () => {
	return `Why:`;
};
/**
* | output |
* | --- |
* | "Why:" |
*
* @param {Cp_Wish_WhyInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_wish_why = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_wish_why(inputs);
	return da_cp_wish_why(inputs);
});
// src/lib/paraglide/messages/cp_wish_instead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_Wish_InsteadInputs */
var da_cp_wish_instead = () => {
	return `Det kan ske i stedet:`;
};
var en_cp_wish_instead = () => {
	return `What can happen instead:`;
};
/**
* | output |
* | --- |
* | "What can happen instead:" |
*
* @param {Cp_Wish_InsteadInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_wish_instead = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_wish_instead(inputs);
	return da_cp_wish_instead(inputs);
});
// src/lib/paraglide/messages/cp_wish_withdrawn.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_Wish_WithdrawnInputs */
var da_cp_wish_withdrawn = () => {
	return `Du trak ønsket tilbage.`;
};
var en_cp_wish_withdrawn = () => {
	return `You took the wish back.`;
};
/**
* | output |
* | --- |
* | "You took the wish back." |
*
* @param {Cp_Wish_WithdrawnInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_wish_withdrawn = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_wish_withdrawn(inputs);
	return da_cp_wish_withdrawn(inputs);
});
// src/lib/paraglide/messages/cp_wish_with_help.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Cp_Wish_With_HelpInputs */
var da_cp_wish_with_help = (i) => {
	return `Skrevet med hjælp fra ${i?.name}.`;
};
var en_cp_wish_with_help = (i) => {
	return `Written with help from ${i?.name}.`;
};
/**
* | output |
* | --- |
* | "Written with help from {name}." |
*
* @param {Cp_Wish_With_HelpInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_wish_with_help = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_wish_with_help(inputs);
	return da_cp_wish_with_help(inputs);
});
// src/lib/paraglide/messages/cp_suggestion.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ from: NonNullable<unknown>, name: NonNullable<unknown> }} Cp_SuggestionInputs */
var da_cp_suggestion = (i) => {
	return `${i?.from} foreslår ${i?.name}:`;
};
var en_cp_suggestion = (i) => {
	return `${i?.from} suggests ${i?.name}:`;
};
/**
* | output |
* | --- |
* | "{from} suggests {name}:" |
*
* @param {Cp_SuggestionInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_suggestion = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_suggestion(inputs);
	return da_cp_suggestion(inputs);
});
export { cp_wish_why as a, cp_wish_approved as c, cp_wish_instead as i, cp_wish_open as l, cp_wish_with_help as n, cp_wish_declined as o, cp_wish_withdrawn as r, cp_wish_start as s, cp_suggestion as t, role_main as u };

//# sourceMappingURL=cp_suggestion.js.map