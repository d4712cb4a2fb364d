import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/session_expired_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Session_Expired_TitleInputs */
var da_session_expired_title = () => {
	return `Du er logget ud, fordi du har været væk et stykke tid.`;
};
var en_session_expired_title = () => {
	return `You have been logged out because you were away for a while.`;
};
/**
* | output |
* | --- |
* | "You have been logged out because you were away for a while." |
*
* @param {Session_Expired_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var session_expired_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_session_expired_title(inputs);
	return da_session_expired_title(inputs);
});
export { session_expired_title as t };

//# sourceMappingURL=session_expired_title.js.map