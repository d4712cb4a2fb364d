import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/account_back.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Account_BackInputs */
var da_account_back = () => {
	return `Tilbage til Min konto`;
};
var en_account_back = () => {
	return `Back to My account`;
};
/**
* | output |
* | --- |
* | "Back to My account" |
*
* @param {Account_BackInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var account_back = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_account_back(inputs);
	return da_account_back(inputs);
});
export { account_back as t };

//# sourceMappingURL=account_back.js.map