import { f as attr, i as derived, l as stringify, m as escape_html, o as ensure_array_like, s as head } from "../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import "../../../../../chunks/forms.js";
import { n as staff_collab_title, t as staff_questions_title } from "../../../../../chunks/staff_questions_title.js";
import "../../../../../chunks/keep-draft.js";
import { l as localizeHref, r as getLocale } from "../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../chunks/routes.js";
import { t as Error_summary } from "../../../../../chunks/error-summary.js";
import { t as Text_field } from "../../../../../chunks/text-field.js";
import { t as Text_area } from "../../../../../chunks/text-area.js";
// src/lib/paraglide/messages/staff_questions_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Questions_IntroInputs */
var da_staff_questions_intro = () => {
	return `Spørgsmålene er data. En enhed med licens til et andet skema kan lægge sit eget ind. Spørgsmål slettes aldrig; gamle svar peger stadig på det, de svarede på.`;
};
var en_staff_questions_intro = () => {
	return `The questions are data. A unit with a licence for another scale can load its own. Questions are never deleted; old answers keep pointing at what they answered.`;
};
/**
* | output |
* | --- |
* | "The questions are data. A unit with a licence for another scale can load its own. Questions are never deleted; old answers keep pointing at what they answered." |
*
* @param {Staff_Questions_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_questions_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_questions_intro(inputs);
	return da_staff_questions_intro(inputs);
});
// src/lib/paraglide/messages/staff_questions_active.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Questions_ActiveInputs */
var da_staff_questions_active = () => {
	return `I brug`;
};
var en_staff_questions_active = () => {
	return `In use`;
};
/**
* | output |
* | --- |
* | "In use" |
*
* @param {Staff_Questions_ActiveInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_questions_active = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_questions_active(inputs);
	return da_staff_questions_active(inputs);
});
// src/lib/paraglide/messages/staff_questions_activate.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Questions_ActivateInputs */
var da_staff_questions_activate = () => {
	return `Tag i brug`;
};
var en_staff_questions_activate = () => {
	return `Put in use`;
};
/**
* | output |
* | --- |
* | "Put in use" |
*
* @param {Staff_Questions_ActivateInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_questions_activate = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_questions_activate(inputs);
	return da_staff_questions_activate(inputs);
});
// src/lib/paraglide/messages/staff_questions_up.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Questions_UpInputs */
var da_staff_questions_up = () => {
	return `Flyt op`;
};
var en_staff_questions_up = () => {
	return `Move up`;
};
/**
* | output |
* | --- |
* | "Move up" |
*
* @param {Staff_Questions_UpInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_questions_up = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_questions_up(inputs);
	return da_staff_questions_up(inputs);
});
// src/lib/paraglide/messages/staff_questions_down.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Questions_DownInputs */
var da_staff_questions_down = () => {
	return `Flyt ned`;
};
var en_staff_questions_down = () => {
	return `Move down`;
};
/**
* | output |
* | --- |
* | "Move down" |
*
* @param {Staff_Questions_DownInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_questions_down = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_questions_down(inputs);
	return da_staff_questions_down(inputs);
});
// src/lib/paraglide/messages/staff_questions_retire.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Questions_RetireInputs */
var da_staff_questions_retire = () => {
	return `Tag ud af brug`;
};
var en_staff_questions_retire = () => {
	return `Retire`;
};
/**
* | output |
* | --- |
* | "Retire" |
*
* @param {Staff_Questions_RetireInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_questions_retire = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_questions_retire(inputs);
	return da_staff_questions_retire(inputs);
});
// src/lib/paraglide/messages/staff_questions_retired.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Questions_RetiredInputs */
var da_staff_questions_retired = () => {
	return `Taget ud af brug`;
};
var en_staff_questions_retired = () => {
	return `Retired`;
};
/**
* | output |
* | --- |
* | "Retired" |
*
* @param {Staff_Questions_RetiredInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_questions_retired = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_questions_retired(inputs);
	return da_staff_questions_retired(inputs);
});
// src/lib/paraglide/messages/staff_questions_new_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Questions_New_TitleInputs */
var da_staff_questions_new_title = () => {
	return `Nyt sæt spørgsmål`;
};
var en_staff_questions_new_title = () => {
	return `New question set`;
};
/**
* | output |
* | --- |
* | "New question set" |
*
* @param {Staff_Questions_New_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_questions_new_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_questions_new_title(inputs);
	return da_staff_questions_new_title(inputs);
});
// src/lib/paraglide/messages/staff_questions_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Questions_NameInputs */
var da_staff_questions_name = () => {
	return `Navn på sættet`;
};
var en_staff_questions_name = () => {
	return `Name of the set`;
};
/**
* | output |
* | --- |
* | "Name of the set" |
*
* @param {Staff_Questions_NameInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_questions_name = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_questions_name(inputs);
	return da_staff_questions_name(inputs);
});
// src/lib/paraglide/messages/staff_questions_da.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Questions_DaInputs */
var da_staff_questions_da = () => {
	return `Spørgsmål på dansk, ét pr. linje`;
};
var en_staff_questions_da = () => {
	return `Questions in Danish, one per line`;
};
/**
* | output |
* | --- |
* | "Questions in Danish, one per line" |
*
* @param {Staff_Questions_DaInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_questions_da = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_questions_da(inputs);
	return da_staff_questions_da(inputs);
});
// src/lib/paraglide/messages/staff_questions_en.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Questions_EnInputs */
var da_staff_questions_en = () => {
	return `Spørgsmål på engelsk, ét pr. linje (frivilligt, samme rækkefølge)`;
};
var en_staff_questions_en = () => {
	return `Questions in English, one per line (optional, same order)`;
};
/**
* | output |
* | --- |
* | "Questions in English, one per line (optional, same order)" |
*
* @param {Staff_Questions_EnInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_questions_en = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_questions_en(inputs);
	return da_staff_questions_en(inputs);
});
// src/lib/paraglide/messages/staff_questions_add.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Questions_AddInputs */
var da_staff_questions_add = () => {
	return `Gem sættet`;
};
var en_staff_questions_add = () => {
	return `Save the set`;
};
/**
* | output |
* | --- |
* | "Save the set" |
*
* @param {Staff_Questions_AddInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_questions_add = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_questions_add(inputs);
	return da_staff_questions_add(inputs);
});
// src/lib/paraglide/messages/staff_questions_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Questions_SavedInputs */
var da_staff_questions_saved = () => {
	return `Gemt.`;
};
var en_staff_questions_saved = () => {
	return `Saved.`;
};
/**
* | output |
* | --- |
* | "Saved." |
*
* @param {Staff_Questions_SavedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_questions_saved = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_questions_saved(inputs);
	return da_staff_questions_saved(inputs);
});
// src/routes/(staff)/staff/question-sets/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const errors = derived(() => form && "errors" in form ? form.errors ?? {} : {});
		const values = derived(() => form && "values" in form ? form.values : void 0);
		const textOf = (q) => getLocale() === "en" && q.textEn ? q.textEn : q.textDa;
		head("xrcp1e", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(staff_questions_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<p><a class="line-link"${attr("href", localizeHref(routes.staffCollaboration()))}>`);
		Icon($$renderer, {
			name: "arrow-left",
			size: 20
		});
		$$renderer.push(`<!----> ${escape_html(staff_collab_title())}</a></p> <h1>${escape_html(staff_questions_title())}</h1> <p>${escape_html(staff_questions_intro())}</p> `);
		if (form && "saved" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(staff_questions_saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		Error_summary($$renderer, { errors: errors() });
		$$renderer.push(`<!----> <!--[-->`);
		const each_array = ensure_array_like(data.sets);
		for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
			let set = each_array[$$index_1];
			$$renderer.push(`<section class="card"${attr("aria-labelledby", `set-${stringify(set.id)}`)}><h2${attr("id", `set-${stringify(set.id)}`)}>${escape_html(set.name)}`);
			if (set.isActive) $$renderer.push(`<!--[0--><span class="flag flag--calm">${escape_html(staff_questions_active())}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></h2> <ol><!--[-->`);
			const each_array_1 = ensure_array_like(set.questions);
			for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
				let question = each_array_1[$$index];
				$$renderer.push(`<li>`);
				if (question.retiredAt) $$renderer.push(`<!--[0--><s>${escape_html(textOf(question))}</s> (${escape_html(staff_questions_retired())})`);
				else $$renderer.push(`<!--[-1-->${escape_html(textOf(question))} <div class="actions"><form method="POST" action="?/move"><input type="hidden" name="questionId"${attr("value", question.id)}/> <button class="button button--secondary" type="submit" name="direction" value="up">${escape_html(staff_questions_up())}</button> <button class="button button--secondary" type="submit" name="direction" value="down">${escape_html(staff_questions_down())}</button></form> <form method="POST" action="?/retire"><input type="hidden" name="questionId"${attr("value", question.id)}/> <button class="button button--secondary" type="submit">${escape_html(staff_questions_retire())}</button></form></div>`);
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ol> `);
			if (!set.isActive) $$renderer.push(`<!--[0--><form method="POST" action="?/activate"><input type="hidden" name="setId"${attr("value", set.id)}/> <button class="button" type="submit">${escape_html(staff_questions_activate())}</button></form>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></section>`);
		}
		$$renderer.push(`<!--]--> <h2>${escape_html(staff_questions_new_title())}</h2> <form method="POST" action="?/addSet" novalidate="">`);
		Text_field($$renderer, {
			name: "name",
			label: staff_questions_name(),
			value: values()?.name ?? "",
			error: errors().name,
			autocomplete: "off"
		});
		$$renderer.push(`<!----> `);
		Text_area($$renderer, {
			name: "questionsDa",
			label: staff_questions_da(),
			value: values()?.questionsDa ?? "",
			error: errors().questionsDa,
			rows: 5
		});
		$$renderer.push(`<!----> `);
		Text_area($$renderer, {
			name: "questionsEn",
			label: staff_questions_en(),
			value: values()?.questionsEn ?? "",
			error: errors().questionsEn,
			rows: 5
		});
		$$renderer.push(`<!----> <button class="button" type="submit">`);
		Icon($$renderer, {
			name: "save",
			size: 24
		});
		$$renderer.push(`<!---->${escape_html(staff_questions_add())}</button></form>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map