import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/hours_band.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ band: NonNullable<unknown> }} Hours_BandInputs */
var da_hours_band = (i) => {
	return `${i?.band} timer`;
};
var en_hours_band = (i) => {
	return `${i?.band} hours`;
};
/**
* | output |
* | --- |
* | "{band} hours" |
*
* @param {Hours_BandInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var hours_band = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_hours_band(inputs);
	return da_hours_band(inputs);
});
export { hours_band as t };

//# sourceMappingURL=hours_band.js.map