import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/collab_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_TitleInputs */
var da_collab_title = () => {
	return `Hvordan går vores samarbejde?`;
};
var en_collab_title = () => {
	return `How is our work together going?`;
};
/**
* | output |
* | --- |
* | "How is our work together going?" |
*
* @param {Collab_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_title(inputs);
	return da_collab_title(inputs);
});
export { collab_title as t };

//# sourceMappingURL=collab_title.js.map