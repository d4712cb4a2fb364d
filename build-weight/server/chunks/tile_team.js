import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/tile_team.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tile_TeamInputs */
var da_tile_team = () => {
	return `Mit team`;
};
var en_tile_team = () => {
	return `My team`;
};
/**
* | output |
* | --- |
* | "My team" |
*
* @param {Tile_TeamInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var tile_team = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_tile_team(inputs);
	return da_tile_team(inputs);
});
export { tile_team as t };

//# sourceMappingURL=tile_team.js.map