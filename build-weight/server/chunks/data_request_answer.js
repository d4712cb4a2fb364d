import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/data_request_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Data_Request_OpenInputs */
var da_data_request_open = (i) => {
	return `Du bad om sletning ${i?.date}. Lederen har ikke svaret endnu.`;
};
var en_data_request_open = (i) => {
	return `You asked for deletion on ${i?.date}. The leader has not answered yet.`;
};
/**
* | output |
* | --- |
* | "You asked for deletion on {date}. The leader has not answered yet." |
*
* @param {Data_Request_OpenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var data_request_open = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_data_request_open(inputs);
	return da_data_request_open(inputs);
});
// src/lib/paraglide/messages/data_request_completed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Data_Request_CompletedInputs */
var da_data_request_completed = (i) => {
	return `Du bad om sletning ${i?.date}. Lederen har slettet dine oplysninger.`;
};
var en_data_request_completed = (i) => {
	return `You asked for deletion on ${i?.date}. The leader has deleted your information.`;
};
/**
* | output |
* | --- |
* | "You asked for deletion on {date}. The leader has deleted your information." |
*
* @param {Data_Request_CompletedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var data_request_completed = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_data_request_completed(inputs);
	return da_data_request_completed(inputs);
});
// src/lib/paraglide/messages/data_request_declined.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Data_Request_DeclinedInputs */
var da_data_request_declined = (i) => {
	return `Du bad om sletning ${i?.date}. Lederen kunne ikke slette det hele endnu.`;
};
var en_data_request_declined = (i) => {
	return `You asked for deletion on ${i?.date}. The leader could not delete it all yet.`;
};
/**
* | output |
* | --- |
* | "You asked for deletion on {date}. The leader could not delete it all yet." |
*
* @param {Data_Request_DeclinedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var data_request_declined = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_data_request_declined(inputs);
	return da_data_request_declined(inputs);
});
// src/lib/paraglide/messages/data_request_answer.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ answer: NonNullable<unknown> }} Data_Request_AnswerInputs */
var da_data_request_answer = (i) => {
	return `Lederens svar: ${i?.answer}`;
};
var en_data_request_answer = (i) => {
	return `The leader's answer: ${i?.answer}`;
};
/**
* | output |
* | --- |
* | "The leader's answer: {answer}" |
*
* @param {Data_Request_AnswerInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var data_request_answer = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_data_request_answer(inputs);
	return da_data_request_answer(inputs);
});
export { data_request_open as i, data_request_declined as n, data_request_completed as r, data_request_answer as t };

//# sourceMappingURL=data_request_answer.js.map