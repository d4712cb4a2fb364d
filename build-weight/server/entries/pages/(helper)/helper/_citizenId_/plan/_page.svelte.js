import { f as attr, m as escape_html, o as ensure_array_like, s as head } from "../../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../../chunks/app_name.js";
import { t as helper_back } from "../../../../../../chunks/helper_back.js";
import { t as plan_date_shown } from "../../../../../../chunks/plan_date_shown.js";
import { t as possessive } from "../../../../../../chunks/possessive.js";
import { l as localizeHref, r as getLocale } from "../../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../../chunks/routes.js";
import { n as formatDate } from "../../../../../../chunks/format.js";
import { t as Goal_card } from "../../../../../../chunks/goal-card.js";
// src/lib/paraglide/messages/helper_plan_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ owner: NonNullable<unknown> }} Helper_Plan_TitleInputs */
var da_helper_plan_title = (i) => {
	return `${i?.owner} plan`;
};
var en_helper_plan_title = (i) => {
	return `${i?.owner} plan`;
};
/**
* | output |
* | --- |
* | "{owner} plan" |
*
* @param {Helper_Plan_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_plan_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_plan_title(inputs);
	return da_helper_plan_title(inputs);
});
// src/lib/paraglide/messages/helper_plan_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Helper_Plan_NoneInputs */
var da_helper_plan_none = (i) => {
	return `${i?.name} har ingen mål endnu.`;
};
var en_helper_plan_none = (i) => {
	return `${i?.name} has no goals yet.`;
};
/**
* | output |
* | --- |
* | "{name} has no goals yet." |
*
* @param {Helper_Plan_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helper_plan_none = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helper_plan_none(inputs);
	return da_helper_plan_none(inputs);
});
// src/routes/(helper)/helper/[citizenId]/plan/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("8xswr1", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(helper_plan_title({ owner: possessive(data.name) }))} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<p><a class="line-link"${attr("href", localizeHref(routes.helperCitizen(data.citizenId)))}>`);
		Icon($$renderer, {
			name: "arrow-left",
			size: 20
		});
		$$renderer.push(`<!----> ${escape_html(helper_back())}</a></p> <h1>${escape_html(helper_plan_title({ owner: possessive(data.name) }))}</h1> `);
		if (data.plan.planDate) $$renderer.push(`<!--[0--><p>${escape_html(plan_date_shown({ date: formatDate(data.plan.planDate) }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.plan.goals.length === 0) $$renderer.push(`<!--[0--><p class="notice">${escape_html(helper_plan_none({ name: data.name }))}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="plain-list"><!--[-->`);
			const each_array = ensure_array_like(data.plan.goals);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let goal = each_array[$$index];
				Goal_card($$renderer, { goal });
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map