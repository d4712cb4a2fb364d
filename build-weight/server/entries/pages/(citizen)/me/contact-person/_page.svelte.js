import { f as attr, i as derived, l as stringify, m as escape_html, o as ensure_array_like, s as head } from "../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import { t as tile_team } from "../../../../../chunks/tile_team.js";
import { l as localizeHref, r as getLocale } from "../../../../../chunks/runtime.js";
import { t as role_temporary } from "../../../../../chunks/role_temporary.js";
import { a as cp_wish_why, c as cp_wish_approved, i as cp_wish_instead, l as cp_wish_open, n as cp_wish_with_help, o as cp_wish_declined, r as cp_wish_withdrawn, s as cp_wish_start, t as cp_suggestion, u as role_main } from "../../../../../chunks/cp_suggestion.js";
import { n as cp_now_one, t as cp_now_team } from "../../../../../chunks/cp_now_team.js";
import { n as cp_wait_date, t as cp_meet_link } from "../../../../../chunks/cp_meet_link.js";
import { n as routes } from "../../../../../chunks/routes.js";
import { n as formatDate } from "../../../../../chunks/format.js";
import { r as roleLabel } from "../../../../../chunks/labels.js";
import { t as declineLabel } from "../../../../../chunks/wish-labels.js";
// src/lib/paraglide/messages/cp_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_TitleInputs */
var da_cp_title = () => {
	return `Min kontaktperson`;
};
var en_cp_title = () => {
	return `My contact person`;
};
/**
* | output |
* | --- |
* | "My contact person" |
*
* @param {Cp_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_title(inputs);
	return da_cp_title(inputs);
});
// src/lib/paraglide/messages/cp_now_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_Now_NoneInputs */
var da_cp_now_none = () => {
	return `Du har ingen kontaktperson lige nu.`;
};
var en_cp_now_none = () => {
	return `You have no contact person right now.`;
};
/**
* | output |
* | --- |
* | "You have no contact person right now." |
*
* @param {Cp_Now_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_now_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_now_none(inputs);
	return da_cp_now_none(inputs);
});
// src/lib/paraglide/messages/cp_temporary.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Cp_TemporaryInputs */
var da_cp_temporary = (i) => {
	return `${i?.name} er din midlertidige kontaktperson. Senere kan du selv vælge.`;
};
var en_cp_temporary = (i) => {
	return `${i?.name} is your temporary contact person. Later you can choose yourself.`;
};
/**
* | output |
* | --- |
* | "{name} is your temporary contact person. Later you can choose yourself." |
*
* @param {Cp_TemporaryInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_temporary = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_temporary(inputs);
	return da_cp_temporary(inputs);
});
// src/lib/paraglide/messages/cp_wait.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ days: NonNullable<unknown> }} Cp_WaitInputs */
var da_cp_wait = (i) => {
	return `Om ${i?.days} dage kan du selv vælge din kontaktperson.`;
};
var en_cp_wait = (i) => {
	return `In ${i?.days} days you can choose your contact person yourself.`;
};
/**
* | output |
* | --- |
* | "In {days} days you can choose your contact person yourself." |
*
* @param {Cp_WaitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_wait = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_wait(inputs);
	return da_cp_wait(inputs);
});
// src/lib/paraglide/messages/cp_wait_tomorrow.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_Wait_TomorrowInputs */
var da_cp_wait_tomorrow = () => {
	return `I morgen kan du selv vælge din kontaktperson.`;
};
var en_cp_wait_tomorrow = () => {
	return `Tomorrow you can choose your contact person yourself.`;
};
/**
* | output |
* | --- |
* | "Tomorrow you can choose your contact person yourself." |
*
* @param {Cp_Wait_TomorrowInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_wait_tomorrow = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_wait_tomorrow(inputs);
	return da_cp_wait_tomorrow(inputs);
});
// src/lib/paraglide/messages/cp_choose_first.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_Choose_FirstInputs */
var da_cp_choose_first = () => {
	return `Nu kan du selv vælge din kontaktperson. Eller et team.`;
};
var en_cp_choose_first = () => {
	return `Now you can choose your contact person yourself. Or a team.`;
};
/**
* | output |
* | --- |
* | "Now you can choose your contact person yourself. Or a team." |
*
* @param {Cp_Choose_FirstInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_choose_first = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_choose_first(inputs);
	return da_cp_choose_first(inputs);
});
// src/lib/paraglide/messages/cp_choose_change.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_Choose_ChangeInputs */
var da_cp_choose_change = () => {
	return `Du kan altid bede om en anden kontaktperson. Eller et team.`;
};
var en_cp_choose_change = () => {
	return `You can always ask for another contact person. Or a team.`;
};
/**
* | output |
* | --- |
* | "You can always ask for another contact person. Or a team." |
*
* @param {Cp_Choose_ChangeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_choose_change = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_choose_change(inputs);
	return da_cp_choose_change(inputs);
});
// src/lib/paraglide/messages/cp_choose_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_Choose_LinkInputs */
var da_cp_choose_link = () => {
	return `Vælg selv`;
};
var en_cp_choose_link = () => {
	return `Choose for yourself`;
};
/**
* | output |
* | --- |
* | "Choose for yourself" |
*
* @param {Cp_Choose_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_choose_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_choose_link(inputs);
	return da_cp_choose_link(inputs);
});
// src/lib/paraglide/messages/cp_wish_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_Wish_TitleInputs */
var da_cp_wish_title = () => {
	return `Dit ønske`;
};
var en_cp_wish_title = () => {
	return `Your wish`;
};
/**
* | output |
* | --- |
* | "Your wish" |
*
* @param {Cp_Wish_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_wish_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_wish_title(inputs);
	return da_cp_wish_title(inputs);
});
// src/lib/paraglide/messages/cp_wish_answer_by.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Cp_Wish_Answer_ByInputs */
var da_cp_wish_answer_by = (i) => {
	return `Du får svar senest den ${i?.date}.`;
};
var en_cp_wish_answer_by = (i) => {
	return `You will get an answer by ${i?.date}.`;
};
/**
* | output |
* | --- |
* | "You will get an answer by {date}." |
*
* @param {Cp_Wish_Answer_ByInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_wish_answer_by = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_wish_answer_by(inputs);
	return da_cp_wish_answer_by(inputs);
});
// src/lib/paraglide/messages/cp_wish_withdraw.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_Wish_WithdrawInputs */
var da_cp_wish_withdraw = () => {
	return `Træk ønsket tilbage`;
};
var en_cp_wish_withdraw = () => {
	return `Take the wish back`;
};
/**
* | output |
* | --- |
* | "Take the wish back" |
*
* @param {Cp_Wish_WithdrawInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_wish_withdraw = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_wish_withdraw(inputs);
	return da_cp_wish_withdraw(inputs);
});
// src/lib/paraglide/messages/cp_wish_you_wished.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_Wish_You_WishedInputs */
var da_cp_wish_you_wished = () => {
	return `Du ønskede:`;
};
var en_cp_wish_you_wished = () => {
	return `You wished for:`;
};
/**
* | output |
* | --- |
* | "You wished for:" |
*
* @param {Cp_Wish_You_WishedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_wish_you_wished = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_wish_you_wished(inputs);
	return da_cp_wish_you_wished(inputs);
});
// src/lib/paraglide/messages/cp_wish_sent.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_Wish_SentInputs */
var da_cp_wish_sent = () => {
	return `Tak. Dit ønske er sendt til lederen.`;
};
var en_cp_wish_sent = () => {
	return `Thank you. Your wish has been sent to the leader.`;
};
/**
* | output |
* | --- |
* | "Thank you. Your wish has been sent to the leader." |
*
* @param {Cp_Wish_SentInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_wish_sent = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_wish_sent(inputs);
	return da_cp_wish_sent(inputs);
});
// src/lib/paraglide/messages/cp_suggestion_yes.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Cp_Suggestion_YesInputs */
var da_cp_suggestion_yes = (i) => {
	return `Vælg ${i?.name}`;
};
var en_cp_suggestion_yes = (i) => {
	return `Choose ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Choose {name}" |
*
* @param {Cp_Suggestion_YesInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_suggestion_yes = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_suggestion_yes(inputs);
	return da_cp_suggestion_yes(inputs);
});
// src/lib/paraglide/messages/cp_suggestion_no.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_Suggestion_NoInputs */
var da_cp_suggestion_no = () => {
	return `Nej tak`;
};
var en_cp_suggestion_no = () => {
	return `No thanks`;
};
/**
* | output |
* | --- |
* | "No thanks" |
*
* @param {Cp_Suggestion_NoInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_suggestion_no = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_suggestion_no(inputs);
	return da_cp_suggestion_no(inputs);
});
// src/lib/paraglide/messages/cp_history_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_History_TitleInputs */
var da_cp_history_title = () => {
	return `Dine kontaktpersoner før og nu`;
};
var en_cp_history_title = () => {
	return `Your contact persons, before and now`;
};
/**
* | output |
* | --- |
* | "Your contact persons, before and now" |
*
* @param {Cp_History_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_history_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_history_title(inputs);
	return da_cp_history_title(inputs);
});
// src/lib/paraglide/messages/cp_history_period.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Cp_History_PeriodInputs */
var da_cp_history_period = (i) => {
	return `${i?.from} til ${i?.to}`;
};
var en_cp_history_period = (i) => {
	return `${i?.from} to ${i?.to}`;
};
/**
* | output |
* | --- |
* | "{from} to {to}" |
*
* @param {Cp_History_PeriodInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_history_period = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_history_period(inputs);
	return da_cp_history_period(inputs);
});
// src/lib/paraglide/messages/cp_history_since.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ from: NonNullable<unknown> }} Cp_History_SinceInputs */
var da_cp_history_since = (i) => {
	return `Fra ${i?.from}`;
};
var en_cp_history_since = (i) => {
	return `From ${i?.from}`;
};
/**
* | output |
* | --- |
* | "From {from}" |
*
* @param {Cp_History_SinceInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_history_since = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_history_since(inputs);
	return da_cp_history_since(inputs);
});
// src/lib/paraglide/messages/cp_team_evaluation.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Cp_Team_EvaluationInputs */
var da_cp_team_evaluation = () => {
	return `I har været et team i næsten et år. Skal jeres team fortsætte? Tal om det til jeres næste møde.`;
};
var en_cp_team_evaluation = () => {
	return `You have been a team for almost a year. Should your team go on? Talk about it at your next meeting.`;
};
/**
* | output |
* | --- |
* | "You have been a team for almost a year. Should your team go on? Talk about it at your next meeting." |
*
* @param {Cp_Team_EvaluationInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var cp_team_evaluation = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_cp_team_evaluation(inputs);
	return da_cp_team_evaluation(inputs);
});
// src/routes/(citizen)/me/contact-person/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const temporary = derived(() => data.supporters.find((s) => s.isTemporary));
		const wish = derived(() => data.latestWish);
		head("puv7jq", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(data.isTeam ? tile_team() : cp_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>`);
		Icon($$renderer, {
			name: data.isTeam ? "users" : "user-round",
			size: 32
		});
		$$renderer.push(`<!----> ${escape_html(data.isTeam ? tile_team() : cp_title())}</h1> `);
		if (data.isJustSent) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(cp_wish_sent())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form && "withdrawn" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(cp_wish_withdrawn())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.supporters.length === 0) $$renderer.push(`<!--[0--><p class="lead">${escape_html(cp_now_none())}</p>`);
		else if (data.supporters.length === 1) $$renderer.push(`<!--[1--><p class="lead">${escape_html(cp_now_one({ name: data.supporters[0].name }))}</p>`);
		else {
			$$renderer.push(`<!--[-1--><p class="lead">${escape_html(cp_now_team())}</p> <ul class="plain-list"><!--[-->`);
			const each_array = ensure_array_like(data.supporters);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let supporter = each_array[$$index];
				$$renderer.push(`<li><strong>${escape_html(supporter.name)}</strong>: ${escape_html(roleLabel(supporter.role))}${escape_html(supporter.isMain ? ` (${role_main()})` : "")}</li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]--> `);
		if (temporary()) $$renderer.push(`<!--[0--><p>${escape_html(cp_temporary({ name: temporary().name }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.isTeamEvaluationDue) $$renderer.push(`<!--[0--><p class="notice">${escape_html(cp_team_evaluation())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.window.state === "waiting") $$renderer.push(`<!--[0--><p class="notice">${escape_html(data.window.daysLeft === 1 ? cp_wait_tomorrow() : cp_wait({ days: data.window.daysLeft }))}
		${escape_html(cp_wait_date({ date: formatDate(data.window.from) }))}</p>`);
		else if (wish()?.status !== "open") {
			$$renderer.push(`<!--[1--><p>${escape_html(data.window.state === "first-choice" ? cp_choose_first() : cp_choose_change())}</p> <p><a class="button button--large"${attr("href", localizeHref(routes.citizenChoose()))}>`);
			Icon($$renderer, {
				name: "users",
				size: 28
			});
			$$renderer.push(`<!---->${escape_html(cp_choose_link())}</a></p>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p><a class="button button--secondary"${attr("href", localizeHref(routes.citizenWorkers()))}>`);
		Icon($$renderer, {
			name: "user-round",
			size: 24
		});
		$$renderer.push(`<!---->${escape_html(cp_meet_link())}</a></p> <!--[-->`);
		const each_array_1 = ensure_array_like(data.suggestions);
		for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
			let suggestion = each_array_1[$$index_1];
			$$renderer.push(`<section class="card"${attr("aria-labelledby", `suggestion-${stringify(suggestion.id)}`)}><h2${attr("id", `suggestion-${stringify(suggestion.id)}`)}>${escape_html(cp_suggestion({
				from: suggestion.fromName,
				name: suggestion.suggestedName
			}))}</h2> <p><q>${escape_html(suggestion.text)}</q></p> <div class="actions">`);
			if (data.window.state !== "waiting" && wish()?.status !== "open") {
				$$renderer.push(`<!--[0--><a class="button"${attr("href", localizeHref(routes.citizenChoose("one", suggestion.suggestedWorkerId)))}>`);
				Icon($$renderer, {
					name: "check",
					size: 24
				});
				$$renderer.push(`<!---->${escape_html(cp_suggestion_yes({ name: suggestion.suggestedName }))}</a>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <form method="POST" action="?/ignoreSuggestion"><input type="hidden" name="suggestionId"${attr("value", suggestion.id)}/> <button class="button button--secondary" type="submit">${escape_html(cp_suggestion_no())}</button></form></div></section>`);
		}
		$$renderer.push(`<!--]--> `);
		if (wish()) {
			$$renderer.push(`<!--[0--><section class="card" aria-labelledby="wish-title"><h2 id="wish-title">${escape_html(cp_wish_title())}</h2> <p>${escape_html(cp_wish_you_wished())}</p> <ul class="plain-list"><!--[-->`);
			const each_array_2 = ensure_array_like(wish().members);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let member = each_array_2[$$index_2];
				$$renderer.push(`<li><strong>${escape_html(member.name)}</strong>: ${escape_html(roleLabel(member.role))}${escape_html(member.isMain && wish().kind === "team" ? ` (${role_main()})` : "")}</li>`);
			}
			$$renderer.push(`<!--]--></ul> `);
			if (wish().reason) $$renderer.push(`<!--[0--><p><q>${escape_html(wish().reason)}</q></p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (wish().helperName) $$renderer.push(`<!--[0--><p>${escape_html(cp_wish_with_help({ name: wish().helperName }))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (wish().status === "open") {
				$$renderer.push(`<!--[0--><p class="lead">${escape_html(cp_wish_open())} ${escape_html(cp_wish_answer_by({ date: formatDate(wish().answerBy) }))}</p> <form method="POST" action="?/withdraw"><input type="hidden" name="wishId"${attr("value", wish().id)}/> <button class="button button--secondary" type="submit">`);
				Icon($$renderer, {
					name: "undo-2",
					size: 24
				});
				$$renderer.push(`<!---->${escape_html(cp_wish_withdraw())}</button></form>`);
			} else if (wish().status === "approved") $$renderer.push(`<!--[1--><p class="lead">${escape_html(cp_wish_approved())} ${escape_html(wish().startDate ? cp_wish_start({ date: formatDate(wish().startDate) }) : "")}</p>`);
			else if (wish().status === "declined") $$renderer.push(`<!--[2--><p class="lead">${escape_html(cp_wish_declined())}</p> <p><strong>${escape_html(cp_wish_why())}</strong> ${escape_html(wish().declineReason ? declineLabel(wish().declineReason) : "")} ${escape_html(wish().declineText)}</p> <p><strong>${escape_html(cp_wish_instead())}</strong> ${escape_html(wish().insteadText)}</p>`);
			else $$renderer.push(`<!--[-1--><p>${escape_html(cp_wish_withdrawn())}</p>`);
			$$renderer.push(`<!--]--></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <h2>${escape_html(cp_history_title())}</h2> <ul class="plain-list"><!--[-->`);
		const each_array_3 = ensure_array_like(data.history);
		for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
			let entry = each_array_3[$$index_3];
			$$renderer.push(`<li><strong>${escape_html(entry.name)}</strong>, ${escape_html(roleLabel(entry.role))}${escape_html(entry.isTemporary ? ` (${role_temporary()})` : "")}:
			${escape_html(entry.toDate ? cp_history_period({
				from: formatDate(entry.fromDate),
				to: formatDate(entry.toDate)
			}) : cp_history_since({ from: formatDate(entry.fromDate) }))}</li>`);
		}
		$$renderer.push(`<!--]--></ul>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map