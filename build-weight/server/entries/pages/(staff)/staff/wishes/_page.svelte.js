import { f as attr, l as stringify, m as escape_html, o as ensure_array_like, s as head } from "../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../chunks/icon.js";
import "../../../../../chunks/forms.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import "../../../../../chunks/keep-draft.js";
import { t as staff_citizen_back } from "../../../../../chunks/staff_citizen_back.js";
import { l as localizeHref, r as getLocale } from "../../../../../chunks/runtime.js";
import { t as staff_role_main } from "../../../../../chunks/staff_role_main.js";
import { n as routes } from "../../../../../chunks/routes.js";
import { t as staff_wish_over } from "../../../../../chunks/staff_wish_over.js";
import { n as formatDate, t as dayOf } from "../../../../../chunks/format.js";
import { r as roleLabel } from "../../../../../chunks/labels.js";
import { t as declineLabel } from "../../../../../chunks/wish-labels.js";
import { t as Error_summary } from "../../../../../chunks/error-summary.js";
import { t as Radio_group } from "../../../../../chunks/radio-group.js";
import { t as Text_area } from "../../../../../chunks/text-area.js";
import "../../../../../chunks/checkbox.js";
import { t as declineReasons } from "../../../../../chunks/wish-options.js";
// src/lib/paraglide/messages/staff_wishes_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wishes_TitleInputs */
var da_staff_wishes_title = () => {
	return `Ønsker om kontaktperson`;
};
var en_staff_wishes_title = () => {
	return `Contact person wishes`;
};
/**
* | output |
* | --- |
* | "Contact person wishes" |
*
* @param {Staff_Wishes_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wishes_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wishes_title(inputs);
	return da_staff_wishes_title(inputs);
});
// src/lib/paraglide/messages/staff_wishes_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wishes_NoneInputs */
var da_staff_wishes_none = () => {
	return `Ingen ønsker venter på svar.`;
};
var en_staff_wishes_none = () => {
	return `No wishes are waiting for an answer.`;
};
/**
* | output |
* | --- |
* | "No wishes are waiting for an answer." |
*
* @param {Staff_Wishes_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wishes_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wishes_none(inputs);
	return da_staff_wishes_none(inputs);
});
// src/lib/paraglide/messages/staff_wishes_answered_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wishes_Answered_TitleInputs */
var da_staff_wishes_answered_title = () => {
	return `Besvaret for nylig`;
};
var en_staff_wishes_answered_title = () => {
	return `Recently answered`;
};
/**
* | output |
* | --- |
* | "Recently answered" |
*
* @param {Staff_Wishes_Answered_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wishes_answered_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wishes_answered_title(inputs);
	return da_staff_wishes_answered_title(inputs);
});
// src/lib/paraglide/messages/staff_wish_overdue.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Staff_Wish_OverdueInputs */
var da_staff_wish_overdue = (i) => {
	return `Ikke besvaret til tiden (svarfrist ${i?.date})`;
};
var en_staff_wish_overdue = (i) => {
	return `Not answered in time (answer by ${i?.date})`;
};
/**
* | output |
* | --- |
* | "Not answered in time (answer by {date})" |
*
* @param {Staff_Wish_OverdueInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_overdue = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_overdue(inputs);
	return da_staff_wish_overdue(inputs);
});
// src/lib/paraglide/messages/staff_wish_answer_by.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Staff_Wish_Answer_ByInputs */
var da_staff_wish_answer_by = (i) => {
	return `Svarfrist ${i?.date}`;
};
var en_staff_wish_answer_by = (i) => {
	return `Answer by ${i?.date}`;
};
/**
* | output |
* | --- |
* | "Answer by {date}" |
*
* @param {Staff_Wish_Answer_ByInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_answer_by = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_answer_by(inputs);
	return da_staff_wish_answer_by(inputs);
});
// src/lib/paraglide/messages/staff_wish_kind_one.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_Kind_OneInputs */
var da_staff_wish_kind_one = () => {
	return `Ønsker én kontaktperson`;
};
var en_staff_wish_kind_one = () => {
	return `Wishes for one contact person`;
};
/**
* | output |
* | --- |
* | "Wishes for one contact person" |
*
* @param {Staff_Wish_Kind_OneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_kind_one = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_kind_one(inputs);
	return da_staff_wish_kind_one(inputs);
});
// src/lib/paraglide/messages/staff_wish_kind_team.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_Kind_TeamInputs */
var da_staff_wish_kind_team = () => {
	return `Ønsker et team`;
};
var en_staff_wish_kind_team = () => {
	return `Wishes for a team`;
};
/**
* | output |
* | --- |
* | "Wishes for a team" |
*
* @param {Staff_Wish_Kind_TeamInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_kind_team = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_kind_team(inputs);
	return da_staff_wish_kind_team(inputs);
});
// src/lib/paraglide/messages/staff_wish_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_ReasonInputs */
var da_staff_wish_reason = () => {
	return `Borgerens ord`;
};
var en_staff_wish_reason = () => {
	return `The citizen’s words`;
};
/**
* | output |
* | --- |
* | "The citizen’s words" |
*
* @param {Staff_Wish_ReasonInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_reason = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_reason(inputs);
	return da_staff_wish_reason(inputs);
});
// src/lib/paraglide/messages/staff_wish_no_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_No_ReasonInputs */
var da_staff_wish_no_reason = () => {
	return `Borgeren ville ikke sige hvorfor.`;
};
var en_staff_wish_no_reason = () => {
	return `The citizen would rather not say why.`;
};
/**
* | output |
* | --- |
* | "The citizen would rather not say why." |
*
* @param {Staff_Wish_No_ReasonInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_no_reason = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_no_reason(inputs);
	return da_staff_wish_no_reason(inputs);
});
// src/lib/paraglide/messages/staff_wish_load.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ load: NonNullable<unknown>, capacity: NonNullable<unknown> }} Staff_Wish_LoadInputs */
var da_staff_wish_load = (i) => {
	return `${i?.load} af ${i?.capacity} borgere i dag`;
};
var en_staff_wish_load = (i) => {
	return `${i?.load} of ${i?.capacity} citizens today`;
};
/**
* | output |
* | --- |
* | "{load} of {capacity} citizens today" |
*
* @param {Staff_Wish_LoadInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_load = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_load(inputs);
	return da_staff_wish_load(inputs);
});
// src/lib/paraglide/messages/staff_wish_current.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_CurrentInputs */
var da_staff_wish_current = () => {
	return `Nu`;
};
var en_staff_wish_current = () => {
	return `Now`;
};
/**
* | output |
* | --- |
* | "Now" |
*
* @param {Staff_Wish_CurrentInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_current = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_current(inputs);
	return da_staff_wish_current(inputs);
});
// src/lib/paraglide/messages/staff_wish_start.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_StartInputs */
var da_staff_wish_start = () => {
	return `Startdato`;
};
var en_staff_wish_start = () => {
	return `Start date`;
};
/**
* | output |
* | --- |
* | "Start date" |
*
* @param {Staff_Wish_StartInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_start = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_start(inputs);
	return da_staff_wish_start(inputs);
});
// src/lib/paraglide/messages/staff_wish_confirm_over.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_Confirm_OverInputs */
var da_staff_wish_confirm_over = () => {
	return `Jeg ved, at en medarbejder får flere borgere end sin grænse, og det er i orden.`;
};
var en_staff_wish_confirm_over = () => {
	return `I know a worker gets more citizens than their maximum, and that is fine.`;
};
/**
* | output |
* | --- |
* | "I know a worker gets more citizens than their maximum, and that is fine." |
*
* @param {Staff_Wish_Confirm_OverInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_confirm_over = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_confirm_over(inputs);
	return da_staff_wish_confirm_over(inputs);
});
// src/lib/paraglide/messages/staff_wish_approve.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_ApproveInputs */
var da_staff_wish_approve = () => {
	return `Godkend`;
};
var en_staff_wish_approve = () => {
	return `Approve`;
};
/**
* | output |
* | --- |
* | "Approve" |
*
* @param {Staff_Wish_ApproveInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_approve = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_approve(inputs);
	return da_staff_wish_approve(inputs);
});
// src/lib/paraglide/messages/staff_wish_decline_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_Decline_ReasonInputs */
var da_staff_wish_decline_reason = () => {
	return `Grund (vises for borgeren)`;
};
var en_staff_wish_decline_reason = () => {
	return `Reason (shown to the citizen)`;
};
/**
* | output |
* | --- |
* | "Reason (shown to the citizen)" |
*
* @param {Staff_Wish_Decline_ReasonInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_decline_reason = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_decline_reason(inputs);
	return da_staff_wish_decline_reason(inputs);
});
// src/lib/paraglide/messages/staff_wish_decline_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_Decline_TextInputs */
var da_staff_wish_decline_text = () => {
	return `Med dine egne ord (vises for borgeren)`;
};
var en_staff_wish_decline_text = () => {
	return `In your own words (shown to the citizen)`;
};
/**
* | output |
* | --- |
* | "In your own words (shown to the citizen)" |
*
* @param {Staff_Wish_Decline_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_decline_text = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_decline_text(inputs);
	return da_staff_wish_decline_text(inputs);
});
// src/lib/paraglide/messages/staff_wish_instead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_InsteadInputs */
var da_staff_wish_instead = () => {
	return `Det kan ske i stedet (vises for borgeren)`;
};
var en_staff_wish_instead = () => {
	return `What can happen instead (shown to the citizen)`;
};
/**
* | output |
* | --- |
* | "What can happen instead (shown to the citizen)" |
*
* @param {Staff_Wish_InsteadInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_instead = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_instead(inputs);
	return da_staff_wish_instead(inputs);
});
// src/lib/paraglide/messages/staff_wish_decline.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_DeclineInputs */
var da_staff_wish_decline = () => {
	return `Sig nej`;
};
var en_staff_wish_decline = () => {
	return `Say no`;
};
/**
* | output |
* | --- |
* | "Say no" |
*
* @param {Staff_Wish_DeclineInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_decline = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_decline(inputs);
	return da_staff_wish_decline(inputs);
});
// src/lib/paraglide/messages/staff_wish_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_DoneInputs */
var da_staff_wish_done = () => {
	return `Svaret er gemt. Borgeren kan se det i appen.`;
};
var en_staff_wish_done = () => {
	return `The answer is saved. The citizen can see it in the app.`;
};
/**
* | output |
* | --- |
* | "The answer is saved. The citizen can see it in the app." |
*
* @param {Staff_Wish_DoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_done = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_done(inputs);
	return da_staff_wish_done(inputs);
});
// src/lib/paraglide/messages/staff_wish_status_approved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Staff_Wish_Status_ApprovedInputs */
var da_staff_wish_status_approved = (i) => {
	return `Godkendt fra ${i?.date}`;
};
var en_staff_wish_status_approved = (i) => {
	return `Approved from ${i?.date}`;
};
/**
* | output |
* | --- |
* | "Approved from {date}" |
*
* @param {Staff_Wish_Status_ApprovedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_status_approved = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_status_approved(inputs);
	return da_staff_wish_status_approved(inputs);
});
// src/lib/paraglide/messages/staff_wish_status_declined.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_Status_DeclinedInputs */
var da_staff_wish_status_declined = () => {
	return `Afvist`;
};
var en_staff_wish_status_declined = () => {
	return `Declined`;
};
/**
* | output |
* | --- |
* | "Declined" |
*
* @param {Staff_Wish_Status_DeclinedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_status_declined = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_status_declined(inputs);
	return da_staff_wish_status_declined(inputs);
});
// src/lib/paraglide/messages/staff_wish_status_withdrawn.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_Status_WithdrawnInputs */
var da_staff_wish_status_withdrawn = () => {
	return `Trukket tilbage`;
};
var en_staff_wish_status_withdrawn = () => {
	return `Withdrawn`;
};
/**
* | output |
* | --- |
* | "Withdrawn" |
*
* @param {Staff_Wish_Status_WithdrawnInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_status_withdrawn = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_status_withdrawn(inputs);
	return da_staff_wish_status_withdrawn(inputs);
});
// src/lib/paraglide/messages/staff_wish_sent_on.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Staff_Wish_Sent_OnInputs */
var da_staff_wish_sent_on = (i) => {
	return `Sendt den ${i?.date}`;
};
var en_staff_wish_sent_on = (i) => {
	return `Sent on ${i?.date}`;
};
/**
* | output |
* | --- |
* | "Sent on {date}" |
*
* @param {Staff_Wish_Sent_OnInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_sent_on = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_sent_on(inputs);
	return da_staff_wish_sent_on(inputs);
});
// src/routes/(staff)/staff/wishes/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const errorsFor = (wishId) => form && form.wishId === wishId && "errors" in form ? form.errors ?? {} : {};
		const valuesFor = (wishId) => form && form.wishId === wishId && "values" in form ? form.values ?? {} : {};
		const reasonOptions = declineReasons.map((value) => ({
			value,
			label: declineLabel(value)
		}));
		const statusText = (wish) => wish.status === "approved" ? staff_wish_status_approved({ date: formatDate(wish.startDate ?? "") }) : wish.status === "declined" ? staff_wish_status_declined() : staff_wish_status_withdrawn();
		head("l0sr63", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(staff_wishes_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<p><a class="line-link"${attr("href", localizeHref(routes.staffHome()))}>`);
		Icon($$renderer, {
			name: "arrow-left",
			size: 20
		});
		$$renderer.push(`<!----> ${escape_html(staff_citizen_back())}</a></p> <h1>${escape_html(staff_wishes_title())}</h1> `);
		if (form && "done" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(staff_wish_done())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.open.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(staff_wishes_none())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array = ensure_array_like(data.open);
		for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
			let wish = each_array[$$index_1];
			const errors = errorsFor(wish.id);
			const values = valuesFor(wish.id);
			$$renderer.push(`<section class="card"${attr("aria-labelledby", `wish-${stringify(wish.id)}`)}><h2${attr("id", `wish-${stringify(wish.id)}`)}><a${attr("href", localizeHref(routes.staffCitizen(wish.citizenId)))}>${escape_html(wish.citizenName)}</a></h2> <p>${escape_html(wish.kind === "one" ? staff_wish_kind_one() : staff_wish_kind_team())}. `);
			if (wish.isOverdue) $$renderer.push(`<!--[0--><span class="flag">${escape_html(staff_wish_overdue({ date: formatDate(wish.answerBy) }))}</span>`);
			else $$renderer.push(`<!--[-1-->${escape_html(staff_wish_answer_by({ date: formatDate(wish.answerBy) }))}`);
			$$renderer.push(`<!--]--></p> <div class="table-wrap"><table><caption class="visually-hidden">${escape_html(staff_wishes_title())}: ${escape_html(wish.citizenName)}</caption><tbody><!--[-->`);
			const each_array_1 = ensure_array_like(wish.members);
			for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
				let member = each_array_1[$$index];
				$$renderer.push(`<tr><th scope="row">${escape_html(member.name)}</th><td>${escape_html(roleLabel(member.role))}${escape_html(member.isMain && wish.kind === "team" ? ` (${staff_role_main()})` : "")}</td><td>${escape_html(staff_wish_load({
					load: member.load,
					capacity: member.capacity
				}))}`);
				if (member.isOverCapacity) $$renderer.push(`<!--[0--><span class="flag">${escape_html(staff_wish_over())}</span>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></td></tr>`);
			}
			$$renderer.push(`<!--]--></tbody></table></div> <p><strong>${escape_html(staff_wish_reason())}:</strong> ${escape_html(wish.reason ? wish.reason : staff_wish_no_reason())}</p> <p><strong>${escape_html(staff_wish_current())}:</strong> ${escape_html(wish.current.map((s) => `${s.name} (${roleLabel(s.role)})`).join(", "))}</p> `);
			Error_summary($$renderer, {
				errors,
				fieldIds: {
					startDate: `startDate-${wish.id}`,
					confirmOverCapacity: `confirm-${wish.id}`,
					reason: `reason-${wish.id}`,
					instead: `instead-${wish.id}`
				}
			});
			$$renderer.push(`<!----> <form method="POST" action="?/approve"><input type="hidden" name="wishId"${attr("value", wish.id)}/> <div class="field"><label${attr("for", `startDate-${stringify(wish.id)}`)}>${escape_html(staff_wish_start())}</label> <input${attr("id", `startDate-${stringify(wish.id)}`)} type="date" name="startDate"${attr("min", data.today)}${attr("value", values.startDate ?? data.today)}${attr("aria-invalid", errors.startDate ? "true" : void 0)}/></div> `);
			if (wish.members.some((member) => member.isOverCapacity)) $$renderer.push(`<!--[0--><label class="choice"><input${attr("id", `confirm-${stringify(wish.id)}`)} type="checkbox" name="confirmOverCapacity" value="yes"/> <span>${escape_html(staff_wish_confirm_over())}</span></label>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <button class="button" type="submit">`);
			Icon($$renderer, {
				name: "check",
				size: 24
			});
			$$renderer.push(`<!---->${escape_html(staff_wish_approve())}</button></form> <form method="POST" action="?/decline"><input type="hidden" name="wishId"${attr("value", wish.id)}/> `);
			Radio_group($$renderer, {
				id: `reason-${stringify(wish.id)}`,
				name: "reason",
				legend: staff_wish_decline_reason(),
				options: reasonOptions,
				checked: values.reason ?? null,
				error: errors.reason
			});
			$$renderer.push(`<!----> `);
			Text_area($$renderer, {
				id: `text-${stringify(wish.id)}`,
				name: "text",
				label: staff_wish_decline_text(),
				value: values.text ?? "",
				error: errors.text,
				rows: 2,
				maxlength: 1e3
			});
			$$renderer.push(`<!----> `);
			Text_area($$renderer, {
				id: `instead-${stringify(wish.id)}`,
				name: "instead",
				label: staff_wish_instead(),
				value: values.instead ?? "",
				error: errors.instead,
				rows: 2,
				maxlength: 1e3
			});
			$$renderer.push(`<!----> <button class="button button--secondary" type="submit">${escape_html(staff_wish_decline())}</button></form></section>`);
		}
		$$renderer.push(`<!--]--> `);
		if (data.answered.length > 0) {
			$$renderer.push(`<!--[0--><h2>${escape_html(staff_wishes_answered_title())}</h2> <ul class="plain-list"><!--[-->`);
			const each_array_2 = ensure_array_like(data.answered);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let wish = each_array_2[$$index_2];
				$$renderer.push(`<li><a${attr("href", localizeHref(routes.staffCitizen(wish.citizenId)))}>${escape_html(wish.citizenName)}</a>:
				${escape_html(wish.members.map((member) => member.name).join(", "))} – ${escape_html(statusText(wish))} `);
				if (wish.declineReason) $$renderer.push(`<!--[0-->(${escape_html(declineLabel(wish.declineReason))})`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <span class="muted">· ${escape_html(staff_wish_sent_on({ date: formatDate(dayOf(wish.createdAt.toISOString())) }))}</span></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map