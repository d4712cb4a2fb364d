import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/meeting_summary_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Summary_TitleInputs */
var da_meeting_summary_title = () => {
	return `Det talte vi om`;
};
var en_meeting_summary_title = () => {
	return `What we talked about`;
};
/**
* | output |
* | --- |
* | "What we talked about" |
*
* @param {Meeting_Summary_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_summary_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_summary_title(inputs);
	return da_meeting_summary_title(inputs);
});
// src/lib/paraglide/messages/meeting_agreements_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Agreements_TitleInputs */
var da_meeting_agreements_title = () => {
	return `Det aftalte vi`;
};
var en_meeting_agreements_title = () => {
	return `What we agreed`;
};
/**
* | output |
* | --- |
* | "What we agreed" |
*
* @param {Meeting_Agreements_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_agreements_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_agreements_title(inputs);
	return da_meeting_agreements_title(inputs);
});
export { meeting_summary_title as n, meeting_agreements_title as t };

//# sourceMappingURL=meeting_agreements_title.js.map