import { f as attr, i as derived, l as stringify, m as escape_html, o as ensure_array_like } from "./server2.js";
import { r as faces } from "./rating-scale.js";
import { t as faceLabel } from "./rating-labels.js";
// src/lib/components/ratings/rating-chart.svelte
function Rating_chart($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/**
		* The ratings over time as a line on the five face levels. Drawn on the server (no chart library,
		* no script): the page's table and summary sentence carry the same facts for screen readers, so
		* the picture is one image with a short name. The face words are page text beside the drawing,
		* not SVG text: they keep the page's text size (18 px, and 200 % when the phone asks for it),
		* where SVG text shrinks with the drawing (11 px in a 340 px viewBox was 10.6 px on a phone).
		*/
		let { scores, label } = $$props;
		/** Best face at the top, as the line goes up when things go better. */
		const levels = [...faces].reverse();
		const shown = derived(() => scores.slice(-12));
		const y = (score) => ((10 - score) / 2.5 + .5) * 20;
		const x = (index) => shown().length === 1 ? 50 : 4 + index * 92 / (shown().length - 1);
		const line = derived(() => shown().map((score, index) => `${x(index).toFixed(1)},${y(score).toFixed(1)}`).join(" "));
		$$renderer.push(`<div class="rating-chart svelte-1r05nr9" role="img"${attr("aria-label", label)}><ul class="rating-chart__levels svelte-1r05nr9"><!--[-->`);
		const each_array = ensure_array_like(levels);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let face = each_array[$$index];
			$$renderer.push(`<li class="svelte-1r05nr9">${escape_html(faceLabel(face.value))}</li>`);
		}
		$$renderer.push(`<!--]--></ul> <div class="rating-chart__plot svelte-1r05nr9"><svg viewBox="0 0 100 100" preserveAspectRatio="none" aria-hidden="true" focusable="false" class="svelte-1r05nr9"><!--[-->`);
		const each_array_1 = ensure_array_like(levels);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let face = each_array_1[$$index_1];
			$$renderer.push(`<line class="rating-chart__grid svelte-1r05nr9" x1="0" x2="100"${attr("y1", y(face.score))}${attr("y2", y(face.score))} vector-effect="non-scaling-stroke"></line>`);
		}
		$$renderer.push(`<!--]--><polyline${attr("points", line())} fill="none" stroke="currentColor" stroke-width="3" stroke-linejoin="round" vector-effect="non-scaling-stroke"></polyline><!--[-->`);
		const each_array_2 = ensure_array_like(shown());
		for (let index = 0, $$length = each_array_2.length; index < $$length; index++) {
			let score = each_array_2[index];
			$$renderer.push(`<path${attr("d", `M${stringify(x(index).toFixed(1))} ${stringify(y(score).toFixed(1))}h0`)} stroke="currentColor" stroke-width="10" stroke-linecap="round" vector-effect="non-scaling-stroke"></path>`);
		}
		$$renderer.push(`<!--]--></svg></div></div>`);
	});
}
export { Rating_chart as t };

//# sourceMappingURL=rating-chart.js.map