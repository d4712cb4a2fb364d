import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/collab_intro_one.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ names: NonNullable<unknown> }} Collab_Intro_OneInputs */
var da_collab_intro_one = (i) => {
	return `Her siger du, hvordan det går med ${i?.names}.`;
};
var en_collab_intro_one = (i) => {
	return `Here you say how it is going with ${i?.names}.`;
};
/**
* | output |
* | --- |
* | "Here you say how it is going with {names}." |
*
* @param {Collab_Intro_OneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_intro_one = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_intro_one(inputs);
	return da_collab_intro_one(inputs);
});
// src/lib/paraglide/messages/collab_intro_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Intro_NoneInputs */
var da_collab_intro_none = () => {
	return `Her siger du, hvordan det går med din støtte.`;
};
var en_collab_intro_none = () => {
	return `Here you say how your support is going.`;
};
/**
* | output |
* | --- |
* | "Here you say how your support is going." |
*
* @param {Collab_Intro_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_intro_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_intro_none(inputs);
	return da_collab_intro_none(inputs);
});
export { collab_intro_one as n, collab_intro_none as t };

//# sourceMappingURL=collab_intro_none.js.map