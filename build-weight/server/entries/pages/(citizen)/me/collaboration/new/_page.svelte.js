import { f as attr, i as derived, l as stringify, m as escape_html, n as attributes, o as ensure_array_like, s as head } from "../../../../../../chunks/server2.js";
import { t as app_name } from "../../../../../../chunks/app_name.js";
import { t as Icon } from "../../../../../../chunks/icon.js";
import "../../../../../../chunks/keep-draft.js";
import { n as collab_intro_one, t as collab_intro_none } from "../../../../../../chunks/collab_intro_none.js";
import { t as sendOrQueue } from "../../../../../../chunks/send-or-queue.js";
import { t as Error_summary } from "../../../../../../chunks/error-summary.js";
import { t as Text_area } from "../../../../../../chunks/text-area.js";
import { t as Choice_fieldset } from "../../../../../../chunks/choice-fieldset.js";
import { a as skipAnswer, r as faces } from "../../../../../../chunks/rating-scale.js";
import { t as faceLabel } from "../../../../../../chunks/rating-labels.js";
import { r as getLocale } from "../../../../../../chunks/runtime.js";
// src/lib/paraglide/messages/collab_skip.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_SkipInputs */
var da_collab_skip = () => {
	return `Spring over`;
};
var en_collab_skip = () => {
	return `Skip`;
};
/**
* | output |
* | --- |
* | "Skip" |
*
* @param {Collab_SkipInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_skip = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_skip(inputs);
	return da_collab_skip(inputs);
});
// src/lib/paraglide/messages/collab_new_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_New_TitleInputs */
var da_collab_new_title = () => {
	return `Hvordan går det?`;
};
var en_collab_new_title = () => {
	return `How is it going?`;
};
/**
* | output |
* | --- |
* | "How is it going?" |
*
* @param {Collab_New_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_new_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_new_title(inputs);
	return da_collab_new_title(inputs);
});
// src/lib/paraglide/messages/collab_new_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_New_IntroInputs */
var da_collab_new_intro = () => {
	return `Vælg et ansigt ved hvert spørgsmål. Du kan også springe over.`;
};
var en_collab_new_intro = () => {
	return `Choose a face for each question. You can also skip.`;
};
/**
* | output |
* | --- |
* | "Choose a face for each question. You can also skip." |
*
* @param {Collab_New_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_new_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_new_intro(inputs);
	return da_collab_new_intro(inputs);
});
// src/lib/paraglide/messages/collab_comment_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Comment_LabelInputs */
var da_collab_comment_label = () => {
	return `Vil du skrive noget mere?`;
};
var en_collab_comment_label = () => {
	return `Do you want to write something more?`;
};
/**
* | output |
* | --- |
* | "Do you want to write something more?" |
*
* @param {Collab_Comment_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_comment_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_comment_label(inputs);
	return da_collab_comment_label(inputs);
});
// src/lib/paraglide/messages/collab_comment_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Comment_HintInputs */
var da_collab_comment_hint = () => {
	return `Det er frivilligt.`;
};
var en_collab_comment_hint = () => {
	return `You do not have to.`;
};
/**
* | output |
* | --- |
* | "You do not have to." |
*
* @param {Collab_Comment_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_comment_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_comment_hint(inputs);
	return da_collab_comment_hint(inputs);
});
// src/lib/paraglide/messages/collab_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_SaveInputs */
var da_collab_save = () => {
	return `Send mit svar`;
};
var en_collab_save = () => {
	return `Send my answer`;
};
/**
* | output |
* | --- |
* | "Send my answer" |
*
* @param {Collab_SaveInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_save = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_save(inputs);
	return da_collab_save(inputs);
});
// src/lib/components/ratings/face-question.svelte
function Face_question($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** One question on the five-face scale: a radio group (keyboard and screen-reader friendly), not a slider. */
		let { name, question, checked, error } = $$props;
		{
			function children($$renderer, id) {
				$$renderer.push(`<div class="face-scale svelte-149cry5"><!--[-->`);
				const each_array = ensure_array_like(faces);
				for (let index = 0, $$length = each_array.length; index < $$length; index++) {
					let face = each_array[index];
					$$renderer.push(`<label class="face-scale__face svelte-149cry5"><input${attributes({
						type: "radio",
						name,
						value: face.value,
						id: index === 0 ? id : void 0,
						defaultchecked: checked === face.value,
						class: ""
					}, "svelte-149cry5", void 0, void 0, 4)}/> `);
					Icon($$renderer, {
						name: face.icon,
						size: 40
					});
					$$renderer.push(`<!----> <span>${escape_html(faceLabel(face.value))}</span></label>`);
				}
				$$renderer.push(`<!--]--></div> <label class="choice face-scale__skip svelte-149cry5"><input${attributes({
					type: "radio",
					name,
					value: skipAnswer,
					defaultchecked: checked === skipAnswer,
					class: ""
				}, "svelte-149cry5", void 0, void 0, 4)}/> `);
				Icon($$renderer, {
					name: "skip-forward",
					size: 24
				});
				$$renderer.push(`<!----> <span>${escape_html(collab_skip())}</span></label>`);
			}
			Choice_fieldset($$renderer, {
				name,
				legend: question,
				error,
				children,
				$$slots: { default: true }
			});
		}
	});
}
// src/routes/(citizen)/me/collaboration/new/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		/** Problems found on the phone when the form is kept for later (no network to ask the server). */
		let offlineErrors = null;
		const errors = derived(() => offlineErrors ?? form?.errors ?? {});
		const values = derived(() => form?.values ?? {});
		sendOrQueue({
			get userId() {
				return data.userId;
			},
			formKey: "rating-new",
			schema: () => import("../../../../../../chunks/ratings.js").then((module) => module.ratingSchema(data.questions.map((q) => q.id))),
			onCheck: (found) => offlineErrors = found
		});
		head("1v5j3km", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(collab_new_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(collab_new_title())}</h1> <p class="lead">${escape_html(data.supporterNames.length > 0 ? collab_intro_one({ names: data.supporterNames.join(", ") }) : collab_intro_none())}</p> <p>${escape_html(collab_new_intro())}</p> `);
		Error_summary($$renderer, { errors: errors() });
		$$renderer.push(`<!----> <form method="POST" novalidate=""><input type="hidden" name="clientId"${attr("value", values().clientId ?? data.clientId)}/> <input type="hidden" name="setId"${attr("value", data.setId)}/> <input type="hidden" name="visitId"${attr("value", values().visitId ?? data.visitId)}/> <div><!--[-->`);
		const each_array = ensure_array_like(data.questions);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let question = each_array[$$index];
			Face_question($$renderer, {
				name: `q-${stringify(question.id)}`,
				question: question.text,
				checked: values()[`q-${question.id}`] ?? null,
				error: errors()[`q-${question.id}`]
			});
		}
		$$renderer.push(`<!--]--> `);
		Text_area($$renderer, {
			name: "comment",
			label: collab_comment_label(),
			hint: collab_comment_hint(),
			value: values().comment ?? "",
			error: errors().comment,
			rows: 3,
			maxlength: 1e3
		});
		$$renderer.push(`<!----></div> <button class="button button--large" type="submit">`);
		Icon($$renderer, {
			name: "save",
			size: 28
		});
		$$renderer.push(`<!---->${escape_html(collab_save())}</button></form>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map