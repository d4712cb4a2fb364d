import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/staff_collab_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Collab_TitleInputs */
var da_staff_collab_title = () => {
	return `Samarbejde`;
};
var en_staff_collab_title = () => {
	return `Collaboration`;
};
/**
* | output |
* | --- |
* | "Collaboration" |
*
* @param {Staff_Collab_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_collab_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_collab_title(inputs);
	return da_staff_collab_title(inputs);
});
// src/lib/paraglide/messages/staff_questions_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Questions_TitleInputs */
var da_staff_questions_title = () => {
	return `Spørgsmål om samarbejdet`;
};
var en_staff_questions_title = () => {
	return `Questions about the collaboration`;
};
/**
* | output |
* | --- |
* | "Questions about the collaboration" |
*
* @param {Staff_Questions_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_questions_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_questions_title(inputs);
	return da_staff_questions_title(inputs);
});
export { staff_collab_title as n, staff_questions_title as t };

//# sourceMappingURL=staff_questions_title.js.map