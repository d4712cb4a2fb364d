import { f as attr, m as escape_html, o as ensure_array_like, s as head } from "../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import { t as staff_citizen_back } from "../../../../../chunks/staff_citizen_back.js";
import { n as staff_flag_low, t as staff_flag_falling } from "../../../../../chunks/staff_flag_falling.js";
import { n as staff_collab_title, t as staff_questions_title } from "../../../../../chunks/staff_questions_title.js";
import { t as staff_collab_col_worker } from "../../../../../chunks/staff_collab_col_worker.js";
import { l as localizeHref, r as getLocale } from "../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../chunks/routes.js";
import { t as Rating_chart } from "../../../../../chunks/rating-chart.js";
// src/lib/paraglide/messages/staff_collab_own_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Collab_Own_TitleInputs */
var da_staff_collab_own_title = () => {
	return `Min tendens`;
};
var en_staff_collab_own_title = () => {
	return `My trend`;
};
/**
* | output |
* | --- |
* | "My trend" |
*
* @param {Staff_Collab_Own_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_collab_own_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_collab_own_title(inputs);
	return da_staff_collab_own_title(inputs);
});
// src/lib/paraglide/messages/staff_collab_own_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Collab_Own_IntroInputs */
var da_staff_collab_own_intro = () => {
	return `Gennemsnit pr. måned af de svar, der handler om dig. Ingen borgere nævnes her.`;
};
var en_staff_collab_own_intro = () => {
	return `Monthly mean of the answers about you. No citizen is named here.`;
};
/**
* | output |
* | --- |
* | "Monthly mean of the answers about you. No citizen is named here." |
*
* @param {Staff_Collab_Own_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_collab_own_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_collab_own_intro(inputs);
	return da_staff_collab_own_intro(inputs);
});
// src/lib/paraglide/messages/staff_collab_col_month.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Collab_Col_MonthInputs */
var da_staff_collab_col_month = () => {
	return `Måned`;
};
var en_staff_collab_col_month = () => {
	return `Month`;
};
/**
* | output |
* | --- |
* | "Month" |
*
* @param {Staff_Collab_Col_MonthInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_collab_col_month = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_collab_col_month(inputs);
	return da_staff_collab_col_month(inputs);
});
// src/lib/paraglide/messages/staff_collab_col_mean.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Collab_Col_MeanInputs */
var da_staff_collab_col_mean = () => {
	return `Gennemsnit (0–10)`;
};
var en_staff_collab_col_mean = () => {
	return `Mean (0–10)`;
};
/**
* | output |
* | --- |
* | "Mean (0–10)" |
*
* @param {Staff_Collab_Col_MeanInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_collab_col_mean = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_collab_col_mean(inputs);
	return da_staff_collab_col_mean(inputs);
});
// src/lib/paraglide/messages/staff_collab_col_count.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Collab_Col_CountInputs */
var da_staff_collab_col_count = () => {
	return `Antal svar`;
};
var en_staff_collab_col_count = () => {
	return `Answers`;
};
/**
* | output |
* | --- |
* | "Answers" |
*
* @param {Staff_Collab_Col_CountInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_collab_col_count = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_collab_col_count(inputs);
	return da_staff_collab_col_count(inputs);
});
// src/lib/paraglide/messages/staff_collab_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Collab_NoneInputs */
var da_staff_collab_none = () => {
	return `Der er ingen svar endnu.`;
};
var en_staff_collab_none = () => {
	return `No answers yet.`;
};
/**
* | output |
* | --- |
* | "No answers yet." |
*
* @param {Staff_Collab_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_collab_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_collab_none(inputs);
	return da_staff_collab_none(inputs);
});
// src/lib/paraglide/messages/staff_collab_unit_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Collab_Unit_TitleInputs */
var da_staff_collab_unit_title = () => {
	return `Enhedens overblik (seneste 90 dage)`;
};
var en_staff_collab_unit_title = () => {
	return `The unit’s overview (last 90 days)`;
};
/**
* | output |
* | --- |
* | "The unit’s overview (last 90 days)" |
*
* @param {Staff_Collab_Unit_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_collab_unit_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_collab_unit_title(inputs);
	return da_staff_collab_unit_title(inputs);
});
// src/lib/paraglide/messages/staff_collab_flagged_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Collab_Flagged_TitleInputs */
var da_staff_collab_flagged_title = () => {
	return `Borgere med lav eller faldende vurdering`;
};
var en_staff_collab_flagged_title = () => {
	return `Citizens with a low or falling rating`;
};
/**
* | output |
* | --- |
* | "Citizens with a low or falling rating" |
*
* @param {Staff_Collab_Flagged_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_collab_flagged_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_collab_flagged_title(inputs);
	return da_staff_collab_flagged_title(inputs);
});
// src/lib/paraglide/messages/staff_collab_flagged_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Collab_Flagged_NoneInputs */
var da_staff_collab_flagged_none = () => {
	return `Ingen lige nu.`;
};
var en_staff_collab_flagged_none = () => {
	return `None right now.`;
};
/**
* | output |
* | --- |
* | "None right now." |
*
* @param {Staff_Collab_Flagged_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_collab_flagged_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_collab_flagged_none(inputs);
	return da_staff_collab_flagged_none(inputs);
});
// src/routes/(staff)/staff/collaboration/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const formatScore = (score) => score === null ? "–" : score.toFixed(1);
		head("1bmqplt", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(staff_collab_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<p><a class="line-link"${attr("href", localizeHref(routes.staffHome()))}>`);
		Icon($$renderer, {
			name: "arrow-left",
			size: 20
		});
		$$renderer.push(`<!----> ${escape_html(staff_citizen_back())}</a></p> <h1>${escape_html(staff_collab_title())}</h1> `);
		if (!data.isLeader) {
			$$renderer.push(`<!--[0--><h2>${escape_html(staff_collab_own_title())}</h2> <p>${escape_html(staff_collab_own_intro())}</p> `);
			if (data.ownTrend.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(staff_collab_none())}</p>`);
			else {
				$$renderer.push("<!--[-1-->");
				Rating_chart($$renderer, {
					scores: data.ownTrend.map((t) => t.score),
					label: staff_collab_own_title()
				});
				$$renderer.push(`<!----> <div class="table-wrap"><table><caption>${escape_html(staff_collab_own_title())}</caption><thead><tr><th scope="col">${escape_html(staff_collab_col_month())}</th><th scope="col">${escape_html(staff_collab_col_mean())}</th><th scope="col">${escape_html(staff_collab_col_count())}</th></tr></thead><tbody><!--[-->`);
				const each_array = ensure_array_like(data.ownTrend);
				for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
					let month = each_array[$$index];
					$$renderer.push(`<tr><th scope="row">${escape_html(month.month)}</th><td>${escape_html(formatScore(month.score))}</td><td>${escape_html(month.count)}</td></tr>`);
				}
				$$renderer.push(`<!--]--></tbody></table></div>`);
			}
			$$renderer.push(`<!--]-->`);
		} else if (data.unit) {
			$$renderer.push(`<!--[1--><p><a class="line-link"${attr("href", localizeHref(routes.staffQuestionSets()))}>${escape_html(staff_questions_title())}</a></p> <h2>${escape_html(staff_collab_flagged_title())}</h2> `);
			if (data.unit.flagged.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(staff_collab_flagged_none())}</p>`);
			else {
				$$renderer.push(`<!--[-1--><ul class="plain-list"><!--[-->`);
				const each_array_1 = ensure_array_like(data.unit.flagged);
				for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
					let citizen = each_array_1[$$index_1];
					$$renderer.push(`<li><a${attr("href", localizeHref(routes.staffCitizen(citizen.id)))}>${escape_html(citizen.name)}</a> `);
					if (citizen.isLow) $$renderer.push(`<!--[0--><span class="flag">${escape_html(staff_flag_low())}</span>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--> `);
					if (citizen.isFalling) $$renderer.push(`<!--[0--><span class="flag">${escape_html(staff_flag_falling())}</span>`);
					else $$renderer.push("<!--[-1-->");
					$$renderer.push(`<!--]--></li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			}
			$$renderer.push(`<!--]--> <div class="table-wrap"><table><caption>${escape_html(staff_collab_unit_title())}</caption><thead><tr><th scope="col">${escape_html(staff_collab_col_worker())}</th><th scope="col">${escape_html(staff_collab_col_mean())}</th><th scope="col">${escape_html(staff_collab_col_count())}</th></tr></thead><tbody><!--[-->`);
			const each_array_2 = ensure_array_like(data.unit.workers);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let worker = each_array_2[$$index_2];
				$$renderer.push(`<tr><th scope="row">${escape_html(worker.name)}</th><td>${escape_html(formatScore(worker.score))}</td><td>${escape_html(worker.count)}</td></tr>`);
			}
			$$renderer.push(`<!--]--></tbody></table></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map