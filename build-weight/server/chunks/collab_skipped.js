import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/collab_skipped.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_SkippedInputs */
var da_collab_skipped = () => {
	return `Sprunget over`;
};
var en_collab_skipped = () => {
	return `Skipped`;
};
/**
* | output |
* | --- |
* | "Skipped" |
*
* @param {Collab_SkippedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_skipped = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_skipped(inputs);
	return da_collab_skipped(inputs);
});
export { collab_skipped as t };

//# sourceMappingURL=collab_skipped.js.map