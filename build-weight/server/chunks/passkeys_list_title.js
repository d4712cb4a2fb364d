import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/passkeys_list_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Passkeys_List_TitleInputs */
var da_passkeys_list_title = () => {
	return `Dine telefoner og computere`;
};
var en_passkeys_list_title = () => {
	return `Your phones and computers`;
};
/**
* | output |
* | --- |
* | "Your phones and computers" |
*
* @param {Passkeys_List_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var passkeys_list_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_passkeys_list_title(inputs);
	return da_passkeys_list_title(inputs);
});
export { passkeys_list_title as t };

//# sourceMappingURL=passkeys_list_title.js.map