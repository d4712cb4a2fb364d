import { f as attr, i as derived, m as escape_html, o as ensure_array_like, s as head } from "../../../../../chunks/server2.js";
import "../../../../../chunks/keep-draft.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import { t as Icon } from "../../../../../chunks/icon.js";
import { t as staff_citizen_back } from "../../../../../chunks/staff_citizen_back.js";
import { t as staff_collab_col_worker } from "../../../../../chunks/staff_collab_col_worker.js";
import { t as staff_wish_over } from "../../../../../chunks/staff_wish_over.js";
import { t as staff_workers_title } from "../../../../../chunks/staff_workers_title.js";
import { l as localizeHref, r as getLocale } from "../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../chunks/routes.js";
import { t as Error_summary } from "../../../../../chunks/error-summary.js";
import { t as Radio_group } from "../../../../../chunks/radio-group.js";
import { t as Text_field } from "../../../../../chunks/text-field.js";
// src/lib/paraglide/messages/staff_col_load.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Col_LoadInputs */
var da_staff_col_load = () => {
	return `Borgere i dag`;
};
var en_staff_col_load = () => {
	return `Citizens today`;
};
/**
* | output |
* | --- |
* | "Citizens today" |
*
* @param {Staff_Col_LoadInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_col_load = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_col_load(inputs);
	return da_staff_col_load(inputs);
});
// src/lib/paraglide/messages/staff_col_capacity.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Col_CapacityInputs */
var da_staff_col_capacity = () => {
	return `Grænse`;
};
var en_staff_col_capacity = () => {
	return `Maximum`;
};
/**
* | output |
* | --- |
* | "Maximum" |
*
* @param {Staff_Col_CapacityInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_col_capacity = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_col_capacity(inputs);
	return da_staff_col_capacity(inputs);
});
// src/lib/paraglide/messages/staff_col_hours_week.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Col_Hours_WeekInputs */
var da_staff_col_hours_week = () => {
	return `Timer pr. uge`;
};
var en_staff_col_hours_week = () => {
	return `Hours a week`;
};
/**
* | output |
* | --- |
* | "Hours a week" |
*
* @param {Staff_Col_Hours_WeekInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_col_hours_week = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_col_hours_week(inputs);
	return da_staff_col_hours_week(inputs);
});
// src/lib/paraglide/messages/staff_new_staff_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_New_Staff_TitleInputs */
var da_staff_new_staff_title = () => {
	return `Ny medarbejder`;
};
var en_staff_new_staff_title = () => {
	return `New staff member`;
};
/**
* | output |
* | --- |
* | "New staff member" |
*
* @param {Staff_New_Staff_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_staff_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_staff_title(inputs);
	return da_staff_new_staff_title(inputs);
});
// src/lib/paraglide/messages/staff_new_staff_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_New_Staff_NameInputs */
var da_staff_new_staff_name = () => {
	return `Navn`;
};
var en_staff_new_staff_name = () => {
	return `Name`;
};
/**
* | output |
* | --- |
* | "Name" |
*
* @param {Staff_New_Staff_NameInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_staff_name = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_staff_name(inputs);
	return da_staff_new_staff_name(inputs);
});
// src/lib/paraglide/messages/staff_new_staff_role.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_New_Staff_RoleInputs */
var da_staff_new_staff_role = () => {
	return `Rolle`;
};
var en_staff_new_staff_role = () => {
	return `Role`;
};
/**
* | output |
* | --- |
* | "Role" |
*
* @param {Staff_New_Staff_RoleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_staff_role = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_staff_role(inputs);
	return da_staff_new_staff_role(inputs);
});
// src/lib/paraglide/messages/staff_role_worker.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Role_WorkerInputs */
var da_staff_role_worker = () => {
	return `Medarbejder`;
};
var en_staff_role_worker = () => {
	return `Worker`;
};
/**
* | output |
* | --- |
* | "Worker" |
*
* @param {Staff_Role_WorkerInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_role_worker = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_role_worker(inputs);
	return da_staff_role_worker(inputs);
});
// src/lib/paraglide/messages/staff_role_leader.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Role_LeaderInputs */
var da_staff_role_leader = () => {
	return `Leder`;
};
var en_staff_role_leader = () => {
	return `Leader`;
};
/**
* | output |
* | --- |
* | "Leader" |
*
* @param {Staff_Role_LeaderInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_role_leader = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_role_leader(inputs);
	return da_staff_role_leader(inputs);
});
// src/lib/paraglide/messages/staff_new_staff_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_New_Staff_SaveInputs */
var da_staff_new_staff_save = () => {
	return `Opret`;
};
var en_staff_new_staff_save = () => {
	return `Create`;
};
/**
* | output |
* | --- |
* | "Create" |
*
* @param {Staff_New_Staff_SaveInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_staff_save = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_staff_save(inputs);
	return da_staff_new_staff_save(inputs);
});
// src/lib/paraglide/messages/staff_new_staff_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ code: NonNullable<unknown>, name: NonNullable<unknown> }} Staff_New_Staff_DoneInputs */
var da_staff_new_staff_done = (i) => {
	return `Oprettet. Giv koden ${i?.code} til ${i?.name}. Den vises kun nu og virker i 14 dage.`;
};
var en_staff_new_staff_done = (i) => {
	return `Created. Give the code ${i?.code} to ${i?.name}. It is shown only now and works for 14 days.`;
};
/**
* | output |
* | --- |
* | "Created. Give the code {code} to {name}. It is shown only now and works for 14 days." |
*
* @param {Staff_New_Staff_DoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_staff_done = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_staff_done(inputs);
	return da_staff_new_staff_done(inputs);
});
// src/lib/paraglide/messages/staff_deactivate.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Staff_DeactivateInputs */
var da_staff_deactivate = (i) => {
	return `Deaktivér ${i?.name}`;
};
var en_staff_deactivate = (i) => {
	return `Deactivate ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Deactivate {name}" |
*
* @param {Staff_DeactivateInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_deactivate = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_deactivate(inputs);
	return da_staff_deactivate(inputs);
});
// src/lib/paraglide/messages/staff_deactivated.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Staff_DeactivatedInputs */
var da_staff_deactivated = (i) => {
	return `${i?.name} kan ikke længere logge ind.`;
};
var en_staff_deactivated = (i) => {
	return `${i?.name} can no longer log in.`;
};
/**
* | output |
* | --- |
* | "{name} can no longer log in." |
*
* @param {Staff_DeactivatedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_deactivated = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_deactivated(inputs);
	return da_staff_deactivated(inputs);
});
// src/lib/paraglide/messages/staff_col_actions.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Col_ActionsInputs */
var da_staff_col_actions = () => {
	return `Handling`;
};
var en_staff_col_actions = () => {
	return `Action`;
};
/**
* | output |
* | --- |
* | "Action" |
*
* @param {Staff_Col_ActionsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_col_actions = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_col_actions(inputs);
	return da_staff_col_actions(inputs);
});
// src/routes/(staff)/staff/workers/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const errors = derived(() => form && "errors" in form ? form.errors ?? {} : {});
		const values = derived(() => form && "values" in form ? form.values ?? {} : {});
		head("5pwtpj", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(staff_workers_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<p><a class="line-link"${attr("href", localizeHref(routes.staffHome()))}>`);
		Icon($$renderer, {
			name: "arrow-left",
			size: 20
		});
		$$renderer.push(`<!----> ${escape_html(staff_citizen_back())}</a></p> <h1>${escape_html(staff_workers_title())}</h1> `);
		if (form?.created) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(staff_new_staff_done({
			code: form.created.code,
			name: form.created.name
		}))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form?.deactivated) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(staff_deactivated({ name: form.deactivated }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <div class="table-wrap"><table><caption class="visually-hidden">${escape_html(staff_workers_title())}</caption><thead><tr><th scope="col">${escape_html(staff_collab_col_worker())}</th><th scope="col">${escape_html(staff_col_load())}</th><th scope="col">${escape_html(staff_col_capacity())}</th><th scope="col">${escape_html(staff_col_hours_week())}</th><th scope="col">${escape_html(staff_col_actions())}</th></tr></thead><tbody><!--[-->`);
		const each_array = ensure_array_like(data.workers);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let worker = each_array[$$index];
			$$renderer.push(`<tr><th scope="row"><a${attr("href", localizeHref(routes.staffWorker(worker.id)))}>${escape_html(worker.name)}</a></th><td>${escape_html(worker.load)}`);
			if (!worker.hasRoom) $$renderer.push(`<!--[0--><span class="flag">${escape_html(staff_wish_over())}</span>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></td><td>${escape_html(worker.capacity)}</td><td>${escape_html(worker.hours.min)}–${escape_html(worker.hours.max)}</td><td><form method="POST" action="?/deactivate"><input type="hidden" name="staffId"${attr("value", worker.id)}/> <button class="button button--secondary" type="submit">${escape_html(staff_deactivate({ name: worker.name }))}</button></form></td></tr>`);
		}
		$$renderer.push(`<!--]--></tbody></table></div> <h2>${escape_html(staff_new_staff_title())}</h2> `);
		Error_summary($$renderer, { errors: errors() });
		$$renderer.push(`<!----> <form method="POST" action="?/create" novalidate="">`);
		Text_field($$renderer, {
			name: "name",
			label: staff_new_staff_name(),
			value: values().name ?? "",
			error: errors().name,
			autocomplete: "off"
		});
		$$renderer.push(`<!----> `);
		Radio_group($$renderer, {
			name: "role",
			legend: staff_new_staff_role(),
			options: [{
				value: "worker",
				label: staff_role_worker()
			}, {
				value: "leader",
				label: staff_role_leader()
			}],
			checked: values().role ?? "worker",
			error: errors().role
		});
		$$renderer.push(`<!----> <button class="button" type="submit">`);
		Icon($$renderer, {
			name: "user-plus",
			size: 24
		});
		$$renderer.push(`<!---->${escape_html(staff_new_staff_save())}</button></form>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map