import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/helpers_kind_relative.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Kind_RelativeInputs */
var da_helpers_kind_relative = () => {
	return `Pårørende`;
};
var en_helpers_kind_relative = () => {
	return `Relative`;
};
/**
* | output |
* | --- |
* | "Relative" |
*
* @param {Helpers_Kind_RelativeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_kind_relative = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_kind_relative(inputs);
	return da_helpers_kind_relative(inputs);
});
// src/lib/paraglide/messages/helpers_kind_guide.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Kind_GuideInputs */
var da_helpers_kind_guide = () => {
	return `Brugerguide`;
};
var en_helpers_kind_guide = () => {
	return `Peer guide`;
};
/**
* | output |
* | --- |
* | "Peer guide" |
*
* @param {Helpers_Kind_GuideInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_kind_guide = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_kind_guide(inputs);
	return da_helpers_kind_guide(inputs);
});
// src/lib/paraglide/messages/helpers_may_see.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_May_SeeInputs */
var da_helpers_may_see = () => {
	return `Må se:`;
};
var en_helpers_may_see = () => {
	return `May see:`;
};
/**
* | output |
* | --- |
* | "May see:" |
*
* @param {Helpers_May_SeeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_may_see = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_may_see(inputs);
	return da_helpers_may_see(inputs);
});
// src/lib/paraglide/messages/helpers_may_write.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_May_WriteInputs */
var da_helpers_may_write = () => {
	return `Må skrive til jeres møder.`;
};
var en_helpers_may_write = () => {
	return `May write for your meetings.`;
};
/**
* | output |
* | --- |
* | "May write for your meetings." |
*
* @param {Helpers_May_WriteInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_may_write = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_may_write(inputs);
	return da_helpers_may_write(inputs);
});
// src/lib/paraglide/messages/helpers_ends.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Helpers_EndsInputs */
var da_helpers_ends = (i) => {
	return `Adgangen slutter ${i?.date}.`;
};
var en_helpers_ends = (i) => {
	return `Access ends on ${i?.date}.`;
};
/**
* | output |
* | --- |
* | "Access ends on {date}." |
*
* @param {Helpers_EndsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_ends = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_ends(inputs);
	return da_helpers_ends(inputs);
});
// src/lib/paraglide/messages/helpers_last_seen.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown>, time: NonNullable<unknown> }} Helpers_Last_SeenInputs */
var da_helpers_last_seen = (i) => {
	return `Så sidst dine oplysninger ${i?.date} klokken ${i?.time}.`;
};
var en_helpers_last_seen = (i) => {
	return `Last saw your information on ${i?.date} at ${i?.time}.`;
};
/**
* | output |
* | --- |
* | "Last saw your information on {date} at {time}." |
*
* @param {Helpers_Last_SeenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_last_seen = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_last_seen(inputs);
	return da_helpers_last_seen(inputs);
});
// src/lib/paraglide/messages/helpers_never_seen.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Never_SeenInputs */
var da_helpers_never_seen = () => {
	return `Har ikke set dine oplysninger endnu.`;
};
var en_helpers_never_seen = () => {
	return `Has not seen your information yet.`;
};
/**
* | output |
* | --- |
* | "Has not seen your information yet." |
*
* @param {Helpers_Never_SeenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_never_seen = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_never_seen(inputs);
	return da_helpers_never_seen(inputs);
});
// src/lib/paraglide/messages/helpers_status_invited.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Status_InvitedInputs */
var da_helpers_status_invited = () => {
	return `Har ikke taget imod invitationen endnu.`;
};
var en_helpers_status_invited = () => {
	return `Has not accepted the invitation yet.`;
};
/**
* | output |
* | --- |
* | "Has not accepted the invitation yet." |
*
* @param {Helpers_Status_InvitedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_status_invited = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_status_invited(inputs);
	return da_helpers_status_invited(inputs);
});
export { helpers_may_write as a, helpers_kind_relative as c, helpers_ends as i, helpers_never_seen as n, helpers_may_see as o, helpers_last_seen as r, helpers_kind_guide as s, helpers_status_invited as t };

//# sourceMappingURL=helpers_status_invited.js.map