import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/sessions_device.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ browser: NonNullable<unknown>, os: NonNullable<unknown> }} Sessions_DeviceInputs */
var da_sessions_device = (i) => {
	return `${i?.browser} på ${i?.os}`;
};
var en_sessions_device = (i) => {
	return `${i?.browser} on ${i?.os}`;
};
/**
* | output |
* | --- |
* | "{browser} on {os}" |
*
* @param {Sessions_DeviceInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var sessions_device = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sessions_device(inputs);
	return da_sessions_device(inputs);
});
// src/lib/paraglide/messages/sessions_unknown_device.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Sessions_Unknown_DeviceInputs */
var da_sessions_unknown_device = () => {
	return `Ukendt telefon eller computer`;
};
var en_sessions_unknown_device = () => {
	return `Unknown phone or computer`;
};
/**
* | output |
* | --- |
* | "Unknown phone or computer" |
*
* @param {Sessions_Unknown_DeviceInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var sessions_unknown_device = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_sessions_unknown_device(inputs);
	return da_sessions_unknown_device(inputs);
});
export { sessions_device as n, sessions_unknown_device as t };

//# sourceMappingURL=sessions_unknown_device.js.map