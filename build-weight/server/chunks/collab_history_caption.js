import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/collab_history_caption.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_History_CaptionInputs */
var da_collab_history_caption = () => {
	return `Alle svar`;
};
var en_collab_history_caption = () => {
	return `All answers`;
};
/**
* | output |
* | --- |
* | "All answers" |
*
* @param {Collab_History_CaptionInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_history_caption = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_history_caption(inputs);
	return da_collab_history_caption(inputs);
});
export { collab_history_caption as t };

//# sourceMappingURL=collab_history_caption.js.map