import { r as getLocale } from "./runtime.js";
import { n as scoreLabel, r as trendSentence } from "./rating-labels.js";
import { t as collab_col_comment } from "./collab_col_comment.js";
import { t as collab_skipped } from "./collab_skipped.js";
import { i as derived, m as escape_html, o as ensure_array_like, t as attr_class } from "./server2.js";
import { n as formatDate, t as dayOf } from "./format.js";
import { t as Rating_chart } from "./rating-chart.js";
// src/lib/paraglide/messages/collab_chart_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ summary: NonNullable<unknown> }} Collab_Chart_LabelInputs */
var da_collab_chart_label = (i) => {
	return `Svarene over tid som en streg. ${i?.summary}`;
};
var en_collab_chart_label = (i) => {
	return `The answers over time as a line. ${i?.summary}`;
};
/**
* | output |
* | --- |
* | "The answers over time as a line. {summary}" |
*
* @param {Collab_Chart_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_chart_label = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_chart_label(inputs);
	return da_collab_chart_label(inputs);
});
// src/lib/paraglide/messages/collab_col_date.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Col_DateInputs */
var da_collab_col_date = () => {
	return `Dato`;
};
var en_collab_col_date = () => {
	return `Date`;
};
/**
* | output |
* | --- |
* | "Date" |
*
* @param {Collab_Col_DateInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_col_date = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_col_date(inputs);
	return da_collab_col_date(inputs);
});
// src/lib/paraglide/messages/collab_col_overall.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Col_OverallInputs */
var da_collab_col_overall = () => {
	return `Samlet`;
};
var en_collab_col_overall = () => {
	return `Overall`;
};
/**
* | output |
* | --- |
* | "Overall" |
*
* @param {Collab_Col_OverallInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_col_overall = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_col_overall(inputs);
	return da_collab_col_overall(inputs);
});
// src/lib/paraglide/messages/collab_col_answers.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Col_AnswersInputs */
var da_collab_col_answers = () => {
	return `Svar`;
};
var en_collab_col_answers = () => {
	return `Answers`;
};
/**
* | output |
* | --- |
* | "Answers" |
*
* @param {Collab_Col_AnswersInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_col_answers = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_col_answers(inputs);
	return da_collab_col_answers(inputs);
});
// src/lib/rating-trend.ts
/** How the last rating compares with the one before, in a word for the one-sentence summary. */
function trendOf(means) {
	const answered = means.filter((mean) => mean !== null);
	if (answered.length === 0) return "none";
	if (answered.length === 1) return "first";
	const difference = answered.at(-1) - answered.at(-2);
	if (difference >= 1) return "better";
	if (difference <= -1) return "worse";
	return "same";
}
// src/lib/components/ratings/rating-history.svelte
function Rating_history($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/**
		* A citizen's ratings: the trend in one sentence, as a picture, and as a table with every
		* answer and comment. The citizen, their helpers and staff see the same thing (openness).
		* On a phone each row is a card (date, overall, answers, comment stacked), so the comment is read
		* with its rating and nothing scrolls sideways; it stays a table for assistive technology.
		*/
		let { ratings, caption } = $$props;
		const scores = derived(() => ratings.flatMap((r) => r.score === null ? [] : [r.score]));
		const summary = derived(() => trendSentence(trendOf(ratings.map((r) => r.score))));
		const newestFirst = derived(() => [...ratings].reverse());
		$$renderer.push(`<p class="lead">${escape_html(summary())}</p> `);
		if (scores().length > 0) {
			$$renderer.push("<!--[0-->");
			Rating_chart($$renderer, {
				scores: scores(),
				label: collab_chart_label({ summary: summary() })
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (ratings.length > 0) {
			$$renderer.push(`<!--[0--><div class="table-wrap rating-history svelte-svra1t"><table class="svelte-svra1t"><caption class="svelte-svra1t">${escape_html(caption)}</caption><thead class="svelte-svra1t"><tr class="svelte-svra1t"><th scope="col" class="svelte-svra1t">${escape_html(collab_col_date())}</th><th scope="col" class="svelte-svra1t">${escape_html(collab_col_overall())}</th><th scope="col" class="svelte-svra1t">${escape_html(collab_col_answers())}</th><th scope="col" class="svelte-svra1t">${escape_html(collab_col_comment())}</th></tr></thead><tbody class="svelte-svra1t"><!--[-->`);
			const each_array = ensure_array_like(newestFirst());
			for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
				let rating = each_array[$$index_1];
				$$renderer.push(`<tr class="svelte-svra1t"><th scope="row" class="svelte-svra1t">${escape_html(formatDate(dayOf(rating.at)))}</th><td class="svelte-svra1t"><span class="stack-label svelte-svra1t" aria-hidden="true">${escape_html(collab_col_overall())}</span> ${escape_html(rating.score === null ? collab_skipped() : scoreLabel(rating.score))}</td><td${attr_class("svelte-svra1t", void 0, { "stack-empty": rating.answers.length === 0 })}>`);
				if (rating.answers.length > 0) {
					$$renderer.push(`<!--[0--><span class="stack-label svelte-svra1t" aria-hidden="true">${escape_html(collab_col_answers())}</span> <ul class="plain-list"><!--[-->`);
					const each_array_1 = ensure_array_like(rating.answers);
					for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
						let answer = each_array_1[$$index];
						$$renderer.push(`<li>${escape_html(answer.question)} <strong>${escape_html(scoreLabel(answer.score))}</strong></li>`);
					}
					$$renderer.push(`<!--]--></ul>`);
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></td><td${attr_class("svelte-svra1t", void 0, { "stack-empty": rating.comment === "" })}>`);
				if (rating.comment !== "") $$renderer.push(`<!--[0--><span class="stack-label svelte-svra1t" aria-hidden="true">${escape_html(collab_col_comment())}</span> ${escape_html(rating.comment)}`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></td></tr>`);
			}
			$$renderer.push(`<!--]--></tbody></table></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
export { Rating_history as t };

//# sourceMappingURL=rating-history.js.map