import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/decline_no_room.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decline_No_RoomInputs */
var da_decline_no_room = () => {
	return `Medarbejderen har ikke plads til flere lige nu.`;
};
var en_decline_no_room = () => {
	return `The staff member has no room for more right now.`;
};
/**
* | output |
* | --- |
* | "The staff member has no room for more right now." |
*
* @param {Decline_No_RoomInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var decline_no_room = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_decline_no_room(inputs);
	return da_decline_no_room(inputs);
});
// src/lib/paraglide/messages/decline_days.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decline_DaysInputs */
var da_decline_days = () => {
	return `Medarbejderen arbejder ikke de dage, du har brug for.`;
};
var en_decline_days = () => {
	return `The staff member does not work on the days you need.`;
};
/**
* | output |
* | --- |
* | "The staff member does not work on the days you need." |
*
* @param {Decline_DaysInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var decline_days = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_decline_days(inputs);
	return da_decline_days(inputs);
});
// src/lib/paraglide/messages/decline_talk_first.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decline_Talk_FirstInputs */
var da_decline_talk_first = () => {
	return `Vi vil gerne tale med dig om det først.`;
};
var en_decline_talk_first = () => {
	return `We would like to talk with you about it first.`;
};
/**
* | output |
* | --- |
* | "We would like to talk with you about it first." |
*
* @param {Decline_Talk_FirstInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var decline_talk_first = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_decline_talk_first(inputs);
	return da_decline_talk_first(inputs);
});
// src/lib/paraglide/messages/decline_other.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Decline_OtherInputs */
var da_decline_other = () => {
	return `Der er en anden grund.`;
};
var en_decline_other = () => {
	return `There is another reason.`;
};
/**
* | output |
* | --- |
* | "There is another reason." |
*
* @param {Decline_OtherInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var decline_other = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_decline_other(inputs);
	return da_decline_other(inputs);
});
// src/lib/i18n/wish-labels.ts
var declineWords = {
	no_room: decline_no_room,
	days: decline_days,
	talk_first: decline_talk_first,
	other: decline_other
};
/** The leader's reason for a "no", from the templates, in easy-read words. */
var declineLabel = (reason) => declineWords[reason]();
export { declineLabel as t };

//# sourceMappingURL=wish-labels.js.map