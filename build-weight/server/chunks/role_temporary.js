import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/role_temporary.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Role_TemporaryInputs */
var da_role_temporary = () => {
	return `midlertidig`;
};
var en_role_temporary = () => {
	return `temporary`;
};
/**
* | output |
* | --- |
* | "temporary" |
*
* @param {Role_TemporaryInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var role_temporary = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_role_temporary(inputs);
	return da_role_temporary(inputs);
});
export { role_temporary as t };

//# sourceMappingURL=role_temporary.js.map