import { a as element, f as attr, i as derived, m as escape_html, o as ensure_array_like, t as attr_class } from "./server2.js";
import { i as plan_for_dreams, n as plan_steps_none, r as plan_progress_picture, t as plan_step_done } from "./plan_step_done.js";
import { n as stepOwners, t as progressSteps } from "./plan-options.js";
import { n as progressLabel, r as stepOwnerLabel } from "./plan-labels.js";
// src/lib/components/plan/progress-picture.svelte
function Progress_picture($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { progress } = $$props;
		const reached = derived(() => progressSteps.indexOf(progress));
		$$renderer.push(`<p class="progress"><span class="progress__boxes" role="img"${attr("aria-label", plan_progress_picture({ step: progressLabel(progress) }))}><!--[-->`);
		const each_array = ensure_array_like(progressSteps.slice(1));
		for (let index = 0, $$length = each_array.length; index < $$length; index++) {
			each_array[index];
			$$renderer.push(`<span${attr_class("progress__box", void 0, { "progress__box--filled": index < reached() })}></span>`);
		}
		$$renderer.push(`<!--]--></span> <span aria-hidden="true">${escape_html(progressLabel(progress))}</span></p>`);
	});
}
// src/lib/components/plan/goal-card.svelte
function Goal_card($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** One goal of the plan: words, progress picture, linked dreams, steps by who does them. */
		/** Shown after each unfinished step, e.g. a "klaret" button. */
		/** The goal's heading level: 2 right under the page's h1, 3 inside a section with its own h2. */
		let { goal, href, stepAction, headingLevel = 2 } = $$props;
		$$renderer.push(`<li${attr_class("card", void 0, { "card--link": !!href })}>`);
		element($$renderer, `h${headingLevel}`, void 0, () => {
			if (href) $$renderer.push(`<!--[0--><a class="card__link"${attr("href", href)}>${escape_html(goal.text)}</a>`);
			else $$renderer.push(`<!--[-1-->${escape_html(goal.text)}`);
			$$renderer.push(`<!--]-->`);
		});
		$$renderer.push(` `);
		Progress_picture($$renderer, { progress: goal.progress });
		$$renderer.push(`<!----> `);
		if (goal.dreams.length > 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html(plan_for_dreams({ dreams: goal.dreams.map((d) => d.text).join(" · ") }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array = ensure_array_like(stepOwners);
		for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
			let owner = each_array[$$index_1];
			const steps = goal.steps.filter((s) => s.owner === owner);
			element($$renderer, `h${headingLevel + 1}`, void 0, () => {
				$$renderer.push(`${escape_html(stepOwnerLabel(owner))}`);
			});
			$$renderer.push(` `);
			if (steps.length === 0) $$renderer.push(`<!--[0--><p class="muted">${escape_html(plan_steps_none())}</p>`);
			else {
				$$renderer.push(`<!--[-1--><ul class="steps"><!--[-->`);
				const each_array_1 = ensure_array_like(steps);
				for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
					let step = each_array_1[$$index];
					$$renderer.push(`<li${attr_class("", void 0, { "steps__done": step.isDone })}>${escape_html(step.text)} `);
					if (step.isDone) $$renderer.push(`<!--[0--><strong>(${escape_html(plan_step_done())})</strong>`);
					else {
						$$renderer.push("<!--[-1-->");
						stepAction?.($$renderer, step);
						$$renderer.push(`<!---->`);
					}
					$$renderer.push(`<!--]--></li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			}
			$$renderer.push(`<!--]-->`);
		}
		$$renderer.push(`<!--]--></li>`);
	});
}
export { Goal_card as t };

//# sourceMappingURL=goal-card.js.map