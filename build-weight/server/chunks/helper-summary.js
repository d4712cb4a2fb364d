import { r as getLocale } from "./runtime.js";
import { t as areaLabel } from "./labels.js";
import { a as helpers_may_write, c as helpers_kind_relative, i as helpers_ends, n as helpers_never_seen, o as helpers_may_see, r as helpers_last_seen, s as helpers_kind_guide, t as helpers_status_invited } from "./helpers_status_invited.js";
import { a as element, m as escape_html } from "./server2.js";
import { n as formatDate, r as formatTime, t as dayOf } from "./format.js";
// src/lib/paraglide/messages/helpers_suggestion_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Helpers_Suggestion_TextInputs */
var da_helpers_suggestion_text = (i) => {
	return `Din kontaktperson foreslår brugerguiden ${i?.name}. Du bestemmer selv.`;
};
var en_helpers_suggestion_text = (i) => {
	return `Your contact person suggests the peer guide ${i?.name}. You decide.`;
};
/**
* | output |
* | --- |
* | "Your contact person suggests the peer guide {name}. You decide." |
*
* @param {Helpers_Suggestion_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_suggestion_text = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_suggestion_text(inputs);
	return da_helpers_suggestion_text(inputs);
});
// src/lib/components/helpers/helper-summary.svelte
function Helper_summary($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** 2 on the helper's own page (right under its h1), 3 in the list under "Dine hjælpere". */
		let { helper, headingLevel = 3 } = $$props;
		element($$renderer, `h${headingLevel}`, void 0, () => {
			$$renderer.push(`${escape_html(helper.name)} <span class="muted">(${escape_html(helper.kind === "guide" ? helpers_kind_guide() : helpers_kind_relative())})</span>`);
		});
		$$renderer.push(` <p>${escape_html(helpers_may_see())} ${escape_html(helper.areas.map(areaLabel).join(", "))}</p> `);
		if (helper.canWriteInput) $$renderer.push(`<!--[0--><p>${escape_html(helpers_may_write())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (helper.endsOn) $$renderer.push(`<!--[0--><p>${escape_html(helpers_ends({ date: formatDate(helper.endsOn) }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (helper.status === "invited") $$renderer.push(`<!--[0--><p>${escape_html(helpers_status_invited())}</p>`);
		else if (helper.lastSeenAt) $$renderer.push(`<!--[1--><p>${escape_html(helpers_last_seen({
			date: formatDate(dayOf(helper.lastSeenAt)),
			time: formatTime(helper.lastSeenAt)
		}))}</p>`);
		else $$renderer.push(`<!--[-1--><p>${escape_html(helpers_never_seen())}</p>`);
		$$renderer.push(`<!--]-->`);
	});
}
export { helpers_suggestion_text as n, Helper_summary as t };

//# sourceMappingURL=helper-summary.js.map