import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/collab_col_comment.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Col_CommentInputs */
var da_collab_col_comment = () => {
	return `Skrevet`;
};
var en_collab_col_comment = () => {
	return `Written`;
};
/**
* | output |
* | --- |
* | "Written" |
*
* @param {Collab_Col_CommentInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_col_comment = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_col_comment(inputs);
	return da_collab_col_comment(inputs);
});
export { collab_col_comment as t };

//# sourceMappingURL=collab_col_comment.js.map