import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/error_go_front.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Error_Go_FrontInputs */
var da_error_go_front = () => {
	return `Gå til forsiden`;
};
var en_error_go_front = () => {
	return `Go to the front page`;
};
/**
* | output |
* | --- |
* | "Go to the front page" |
*
* @param {Error_Go_FrontInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var error_go_front = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_error_go_front(inputs);
	return da_error_go_front(inputs);
});
export { error_go_front as t };

//# sourceMappingURL=error_go_front.js.map