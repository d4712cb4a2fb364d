import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/staff_collab_col_worker.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Collab_Col_WorkerInputs */
var da_staff_collab_col_worker = () => {
	return `Medarbejder`;
};
var en_staff_collab_col_worker = () => {
	return `Worker`;
};
/**
* | output |
* | --- |
* | "Worker" |
*
* @param {Staff_Collab_Col_WorkerInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_collab_col_worker = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_collab_col_worker(inputs);
	return da_staff_collab_col_worker(inputs);
});
export { staff_collab_col_worker as t };

//# sourceMappingURL=staff_collab_col_worker.js.map