import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/helpers_invite_relative.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Invite_RelativeInputs */
var da_helpers_invite_relative = () => {
	return `Inviter en pårørende`;
};
var en_helpers_invite_relative = () => {
	return `Invite a relative`;
};
/**
* | output |
* | --- |
* | "Invite a relative" |
*
* @param {Helpers_Invite_RelativeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_invite_relative = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_invite_relative(inputs);
	return da_helpers_invite_relative(inputs);
});
// src/lib/paraglide/messages/helpers_invite_relative_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Invite_Relative_HintInputs */
var da_helpers_invite_relative_hint = () => {
	return `For eksempel én fra din familie eller en ven.`;
};
var en_helpers_invite_relative_hint = () => {
	return `For example someone from your family or a friend.`;
};
/**
* | output |
* | --- |
* | "For example someone from your family or a friend." |
*
* @param {Helpers_Invite_Relative_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_invite_relative_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_invite_relative_hint(inputs);
	return da_helpers_invite_relative_hint(inputs);
});
// src/lib/paraglide/messages/helpers_invite_guide.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Invite_GuideInputs */
var da_helpers_invite_guide = () => {
	return `Inviter en brugerguide`;
};
var en_helpers_invite_guide = () => {
	return `Invite a peer guide`;
};
/**
* | output |
* | --- |
* | "Invite a peer guide" |
*
* @param {Helpers_Invite_GuideInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_invite_guide = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_invite_guide(inputs);
	return da_helpers_invite_guide(inputs);
});
// src/lib/paraglide/messages/helpers_invite_guide_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Invite_Guide_HintInputs */
var da_helpers_invite_guide_hint = () => {
	return `En brugerguide har selv fået støtte. Guiden kan hjælpe dig med at skrive.`;
};
var en_helpers_invite_guide_hint = () => {
	return `A peer guide has had support too. The guide can help you write.`;
};
/**
* | output |
* | --- |
* | "A peer guide has had support too. The guide can help you write." |
*
* @param {Helpers_Invite_Guide_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_invite_guide_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_invite_guide_hint(inputs);
	return da_helpers_invite_guide_hint(inputs);
});
export { helpers_invite_relative as i, helpers_invite_guide as n, helpers_invite_relative_hint as r, helpers_invite_guide_hint as t };

//# sourceMappingURL=helpers_invite_guide_hint.js.map