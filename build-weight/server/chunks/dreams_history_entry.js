import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/dreams_history_entry.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ change: NonNullable<unknown>, date: NonNullable<unknown>, time: NonNullable<unknown>, name: NonNullable<unknown> }} Dreams_History_EntryInputs */
var da_dreams_history_entry = (i) => {
	return `${i?.change} ${i?.date} klokken ${i?.time} af ${i?.name}`;
};
var en_dreams_history_entry = (i) => {
	return `${i?.change} on ${i?.date} at ${i?.time} by ${i?.name}`;
};
/**
* | output |
* | --- |
* | "{change} on {date} at {time} by {name}" |
*
* @param {Dreams_History_EntryInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_history_entry = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_history_entry(inputs);
	return da_dreams_history_entry(inputs);
});
export { dreams_history_entry as t };

//# sourceMappingURL=dreams_history_entry.js.map