import { f as attr, i as derived, m as escape_html, s as head } from "../../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../../chunks/app_name.js";
import { l as localizeHref, r as getLocale } from "../../../../../../chunks/runtime.js";
import { n as stepOwners, t as progressSteps } from "../../../../../../chunks/plan-options.js";
import { n as progressLabel, r as stepOwnerLabel } from "../../../../../../chunks/plan-labels.js";
import { t as plan_saved } from "../../../../../../chunks/plan_saved.js";
import { t as Error_summary } from "../../../../../../chunks/error-summary.js";
import { t as Radio_group } from "../../../../../../chunks/radio-group.js";
import { t as Text_field } from "../../../../../../chunks/text-field.js";
import { n as plan_save, t as Goal_fields } from "../../../../../../chunks/goal-fields.js";
import { t as Goal_card } from "../../../../../../chunks/goal-card.js";
import { n as Offline_notice, t as sendKeepingDraft } from "../../../../../../chunks/send-keeping-draft.js";
import "../../../../../../chunks/keep-draft.js";
// src/lib/paraglide/messages/plan_goal_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Goal_TitleInputs */
var da_plan_goal_title = () => {
	return `Dit mål`;
};
var en_plan_goal_title = () => {
	return `Your goal`;
};
/**
* | output |
* | --- |
* | "Your goal" |
*
* @param {Plan_Goal_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_goal_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_goal_title(inputs);
	return da_plan_goal_title(inputs);
});
// src/lib/paraglide/messages/plan_progress_legend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Progress_LegendInputs */
var da_plan_progress_legend = () => {
	return `Hvor langt er du?`;
};
var en_plan_progress_legend = () => {
	return `How far are you?`;
};
/**
* | output |
* | --- |
* | "How far are you?" |
*
* @param {Plan_Progress_LegendInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_progress_legend = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_progress_legend(inputs);
	return da_plan_progress_legend(inputs);
});
// src/lib/paraglide/messages/plan_step_add_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Step_Add_TitleInputs */
var da_plan_step_add_title = () => {
	return `Nyt skridt`;
};
var en_plan_step_add_title = () => {
	return `New step`;
};
/**
* | output |
* | --- |
* | "New step" |
*
* @param {Plan_Step_Add_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_step_add_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_step_add_title(inputs);
	return da_plan_step_add_title(inputs);
});
// src/lib/paraglide/messages/plan_step_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Step_LabelInputs */
var da_plan_step_label = () => {
	return `Hvad skal der ske?`;
};
var en_plan_step_label = () => {
	return `What should happen?`;
};
/**
* | output |
* | --- |
* | "What should happen?" |
*
* @param {Plan_Step_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_step_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_step_label(inputs);
	return da_plan_step_label(inputs);
});
// src/lib/paraglide/messages/plan_step_owner_legend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Step_Owner_LegendInputs */
var da_plan_step_owner_legend = () => {
	return `Hvem gør det?`;
};
var en_plan_step_owner_legend = () => {
	return `Who does it?`;
};
/**
* | output |
* | --- |
* | "Who does it?" |
*
* @param {Plan_Step_Owner_LegendInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_step_owner_legend = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_step_owner_legend(inputs);
	return da_plan_step_owner_legend(inputs);
});
// src/lib/paraglide/messages/plan_step_add.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Step_AddInputs */
var da_plan_step_add = () => {
	return `Tilføj skridtet`;
};
var en_plan_step_add = () => {
	return `Add the step`;
};
/**
* | output |
* | --- |
* | "Add the step" |
*
* @param {Plan_Step_AddInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_step_add = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_step_add(inputs);
	return da_plan_step_add(inputs);
});
// src/lib/paraglide/messages/plan_step_added.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Step_AddedInputs */
var da_plan_step_added = () => {
	return `Skridtet er tilføjet.`;
};
var en_plan_step_added = () => {
	return `The step is added.`;
};
/**
* | output |
* | --- |
* | "The step is added." |
*
* @param {Plan_Step_AddedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_step_added = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_step_added(inputs);
	return da_plan_step_added(inputs);
});
// src/lib/paraglide/messages/plan_goal_actions.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Goal_ActionsInputs */
var da_plan_goal_actions = () => {
	return `Hvad vil du gøre med målet?`;
};
var en_plan_goal_actions = () => {
	return `What do you want to do with the goal?`;
};
/**
* | output |
* | --- |
* | "What do you want to do with the goal?" |
*
* @param {Plan_Goal_ActionsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_goal_actions = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_goal_actions(inputs);
	return da_plan_goal_actions(inputs);
});
// src/lib/paraglide/messages/plan_step_add_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Step_Add_LinkInputs */
var da_plan_step_add_link = () => {
	return `Tilføj et skridt`;
};
var en_plan_step_add_link = () => {
	return `Add a step`;
};
/**
* | output |
* | --- |
* | "Add a step" |
*
* @param {Plan_Step_Add_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_step_add_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_step_add_link(inputs);
	return da_plan_step_add_link(inputs);
});
// src/lib/paraglide/messages/plan_edit_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Edit_LinkInputs */
var da_plan_edit_link = () => {
	return `Ret målet`;
};
var en_plan_edit_link = () => {
	return `Change the goal`;
};
/**
* | output |
* | --- |
* | "Change the goal" |
*
* @param {Plan_Edit_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_edit_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_edit_link(inputs);
	return da_plan_edit_link(inputs);
});
// src/lib/paraglide/messages/plan_edit_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Edit_TitleInputs */
var da_plan_edit_title = () => {
	return `Ret målet`;
};
var en_plan_edit_title = () => {
	return `Change the goal`;
};
/**
* | output |
* | --- |
* | "Change the goal" |
*
* @param {Plan_Edit_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_edit_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_edit_title(inputs);
	return da_plan_edit_title(inputs);
});
// src/lib/paraglide/messages/plan_delete_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Delete_LinkInputs */
var da_plan_delete_link = () => {
	return `Slet målet`;
};
var en_plan_delete_link = () => {
	return `Delete the goal`;
};
/**
* | output |
* | --- |
* | "Delete the goal" |
*
* @param {Plan_Delete_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_delete_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_delete_link(inputs);
	return da_plan_delete_link(inputs);
});
// src/lib/paraglide/messages/plan_delete_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Delete_TitleInputs */
var da_plan_delete_title = () => {
	return `Vil du slette målet?`;
};
var en_plan_delete_title = () => {
	return `Do you want to delete the goal?`;
};
/**
* | output |
* | --- |
* | "Do you want to delete the goal?" |
*
* @param {Plan_Delete_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_delete_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_delete_title(inputs);
	return da_plan_delete_title(inputs);
});
// src/lib/paraglide/messages/plan_delete_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Delete_TextInputs */
var da_plan_delete_text = () => {
	return `Målet og dets skridt bliver slettet. Du kan stadig se dem i planens historik.`;
};
var en_plan_delete_text = () => {
	return `The goal and its steps are deleted. You can still see them in the plan history.`;
};
/**
* | output |
* | --- |
* | "The goal and its steps are deleted. You can still see them in the plan history." |
*
* @param {Plan_Delete_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_delete_text = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_delete_text(inputs);
	return da_plan_delete_text(inputs);
});
// src/lib/paraglide/messages/plan_delete_keep.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Delete_KeepInputs */
var da_plan_delete_keep = () => {
	return `Nej. Behold målet.`;
};
var en_plan_delete_keep = () => {
	return `No. Keep the goal.`;
};
/**
* | output |
* | --- |
* | "No. Keep the goal." |
*
* @param {Plan_Delete_KeepInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_delete_keep = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_delete_keep(inputs);
	return da_plan_delete_keep(inputs);
});
// src/lib/paraglide/messages/plan_screen_cancel.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Screen_CancelInputs */
var da_plan_screen_cancel = () => {
	return `Fortryd. Tilbage til målet.`;
};
var en_plan_screen_cancel = () => {
	return `Cancel. Back to the goal.`;
};
/**
* | output |
* | --- |
* | "Cancel. Back to the goal." |
*
* @param {Plan_Screen_CancelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_screen_cancel = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_screen_cancel(inputs);
	return da_plan_screen_cancel(inputs);
});
// src/lib/paraglide/messages/plan_delete.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_DeleteInputs */
var da_plan_delete = () => {
	return `Slet målet`;
};
var en_plan_delete = () => {
	return `Delete the goal`;
};
/**
* | output |
* | --- |
* | "Delete the goal" |
*
* @param {Plan_DeleteInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_delete = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_delete(inputs);
	return da_plan_delete(inputs);
});
// src/routes/(citizen)/me/plan/[goalId]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const goalErrors = derived(() => form?.form === "goal" ? form.errors ?? {} : {});
		const stepErrors = derived(() => form?.form === "step" ? form.errors ?? {} : {});
		derived(() => `goal-${data.goal.id}`);
		derived(() => `step-${data.goal.id}`);
		let offlineForm = null;
		sendKeepingDraft({ onOffline: (isOffline) => offlineForm = isOffline ? "goal" : null });
		sendKeepingDraft({
			onOffline: (isOffline) => offlineForm = isOffline ? "step" : null,
			reset: true
		});
		const screen = derived(() => form?.form === "goal" ? "edit" : form?.form === "step" ? "addStep" : data.screen);
		const goalHref = derived(() => localizeHref(`/me/plan/${data.goal.id}`));
		head("lzr1mc", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(plan_goal_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(plan_goal_title())}</h1> `);
		if (screen() === null || screen() === "delete") {
			$$renderer.push(`<!--[0--><ul class="plain-list">`);
			Goal_card($$renderer, { goal: data.goal });
			$$renderer.push(`<!----></ul>`);
		} else if (screen() === "addStep") $$renderer.push(`<!--[1--><p class="lead">${escape_html(data.goal.text)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (screen() === "edit") {
			$$renderer.push(`<!--[0--><h2>${escape_html(plan_edit_title())}</h2> `);
			Error_summary($$renderer, { errors: goalErrors() });
			$$renderer.push(`<!----> `);
			if (offlineForm === "goal") {
				$$renderer.push("<!--[0-->");
				Offline_notice($$renderer, {});
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <form method="POST" action="?/update" novalidate="">`);
			Goal_fields($$renderer, {
				text: data.goal.text,
				dreams: data.dreams,
				linked: data.goal.dreams.map((d) => d.id),
				errors: goalErrors(),
				children: ($$renderer) => {
					Radio_group($$renderer, {
						name: "progress",
						legend: plan_progress_legend(),
						options: progressSteps.map((value) => ({
							value,
							label: progressLabel(value)
						})),
						checked: data.goal.progress,
						error: goalErrors().progress
					});
				},
				$$slots: { default: true }
			});
			$$renderer.push(`<!----> <button class="button button--large" type="submit">`);
			Icon($$renderer, {
				name: "save",
				size: 28
			});
			$$renderer.push(`<!---->${escape_html(plan_save())}</button></form> <p><a class="line-link"${attr("href", goalHref())}>${escape_html(plan_screen_cancel())}</a></p>`);
		} else if (screen() === "addStep") {
			$$renderer.push(`<!--[1--><h2>${escape_html(plan_step_add_title())}</h2> `);
			Error_summary($$renderer, { errors: stepErrors() });
			$$renderer.push(`<!----> `);
			if (offlineForm === "step") {
				$$renderer.push("<!--[0-->");
				Offline_notice($$renderer, {});
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <form method="POST" action="?/addStep" novalidate="">`);
			Text_field($$renderer, {
				name: "stepText",
				label: plan_step_label(),
				value: form?.form === "step" && "stepText" in form ? form.stepText : "",
				error: stepErrors().stepText,
				autocomplete: "off"
			});
			$$renderer.push(`<!----> `);
			Radio_group($$renderer, {
				name: "owner",
				legend: plan_step_owner_legend(),
				options: stepOwners.map((value) => ({
					value,
					label: stepOwnerLabel(value)
				})),
				checked: null,
				error: stepErrors().owner
			});
			$$renderer.push(`<!----> <button class="button button--large" type="submit">`);
			Icon($$renderer, {
				name: "plus",
				size: 28
			});
			$$renderer.push(`<!---->${escape_html(plan_step_add())}</button></form> <p><a class="line-link"${attr("href", goalHref())}>${escape_html(plan_screen_cancel())}</a></p>`);
		} else if (screen() === "delete") {
			$$renderer.push(`<!--[2--><h2>${escape_html(plan_delete_title())}</h2> <p>${escape_html(plan_delete_text())}</p> <form method="POST" action="?/delete"><button class="button button--danger" type="submit">`);
			Icon($$renderer, {
				name: "trash-2",
				size: 24
			});
			$$renderer.push(`<!---->${escape_html(plan_delete())}</button></form> <p><a class="line-link"${attr("href", goalHref())}>${escape_html(plan_delete_keep())}</a></p>`);
		} else {
			$$renderer.push("<!--[-1-->");
			if (data.justSaved === "goal") $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(plan_saved())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (data.justSaved === "step") $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(plan_step_added())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <nav class="actions"${attr("aria-label", plan_goal_actions())}><a class="button button--large"${attr("href", `${goalHref()}?addStep`)}>`);
			Icon($$renderer, {
				name: "plus",
				size: 28
			});
			$$renderer.push(`<!---->${escape_html(plan_step_add_link())}</a> <a class="button button--secondary"${attr("href", `${goalHref()}?edit`)}>`);
			Icon($$renderer, {
				name: "pencil",
				size: 24
			});
			$$renderer.push(`<!---->${escape_html(plan_edit_link())}</a> <a class="button button--secondary"${attr("href", `${goalHref()}?delete`)}>`);
			Icon($$renderer, {
				name: "trash-2",
				size: 24
			});
			$$renderer.push(`<!---->${escape_html(plan_delete_link())}</a></nav>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map