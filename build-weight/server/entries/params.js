import { f as param_definition_invalid } from "../chunks/shared-errors.js";
import { n as isGrantableArea } from "../chunks/areas.js";
// node_modules/@sveltejs/kit/src/exports/params/index.js
/** @import { ParamDefinition, ParamMatcher } from '@sveltejs/kit/params' */
/**
* Define [parameter matchers](https://svelte.dev/docs/kit/advanced-routing#Matching) for your app.
*
* @example
* ```js
* import { defineParams } from '@sveltejs/kit/params';
* import * as v from 'valibot';
*
* export const params = defineParams({
* 	locale: (param) => {
* 		if (param !== 'de' && param !== 'en') return;
* 		return param;
* 	},
* 	number: v.pipe(v.string(), v.toNumber())
* });
* ```
*
* @template {Record<string, import('./public.js').ParamDefinition>} T
* @param {T} definitions
* @returns {import('./public.js').DefinedParams<T>}
*/
function defineParams(definitions) {
	/** @type {Record<string, import('./public.js').ParamMatcher>} */
	const matchers = {};
	for (const [key, definition] of Object.entries(definitions)) matchers[key] = normalize_param_definition(definition);
	return matchers;
}
/**
* @param {ParamDefinition} definition
* @returns {ParamMatcher}
*/
function normalize_param_definition(definition) {
	if (definition && (typeof definition === "object" || typeof definition === "function") && "~standard" in definition) return definition;
	if (typeof definition === "function") return { "~standard": { validate(value) {
		const result = definition(value);
		if (result === void 0) return { issues: [{ message: "Invalid param" }] };
		if (result instanceof Promise) return result;
		return { value: result };
	} } };
	param_definition_invalid();
}
// src/params.ts
/** Areas of Min side (DESIGN.md §2) that later issues build; until then they show "kommer snart". */
var comingSoonAreas = ["network"];
var params = defineParams({
	grantable: (param) => isGrantableArea(param) ? param : void 0,
	comingSoon: (param) => comingSoonAreas.includes(param) ? param : void 0
});
export { comingSoonAreas, params };

//# sourceMappingURL=params.js.map