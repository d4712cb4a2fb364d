import { f as attr, i as derived, m as escape_html, o as ensure_array_like, s as head } from "../../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../../chunks/app_name.js";
import "../../../../../../chunks/keep-draft.js";
import { l as localizeHref, r as getLocale } from "../../../../../../chunks/runtime.js";
import { n as cp_wait_date, t as cp_meet_link } from "../../../../../../chunks/cp_meet_link.js";
import { n as routes } from "../../../../../../chunks/routes.js";
import { n as formatDate } from "../../../../../../chunks/format.js";
import { r as roleLabel } from "../../../../../../chunks/labels.js";
import { t as Error_summary } from "../../../../../../chunks/error-summary.js";
import { t as Radio_group } from "../../../../../../chunks/radio-group.js";
import { t as Text_area } from "../../../../../../chunks/text-area.js";
import { t as Checkbox } from "../../../../../../chunks/checkbox.js";
import { t as Icon_tile } from "../../../../../../chunks/icon-tile.js";
// src/lib/paraglide/messages/steps_next.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Steps_NextInputs */
var da_steps_next = () => {
	return `Næste`;
};
var en_steps_next = () => {
	return `Next`;
};
/**
* | output |
* | --- |
* | "Next" |
*
* @param {Steps_NextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var steps_next = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_steps_next(inputs);
	return da_steps_next(inputs);
});
// src/lib/paraglide/messages/steps_back.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Steps_BackInputs */
var da_steps_back = () => {
	return `Tilbage`;
};
var en_steps_back = () => {
	return `Back`;
};
/**
* | output |
* | --- |
* | "Back" |
*
* @param {Steps_BackInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var steps_back = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_steps_back(inputs);
	return da_steps_back(inputs);
});
// src/lib/paraglide/messages/choose_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_TitleInputs */
var da_choose_title = () => {
	return `Vælg selv`;
};
var en_choose_title = () => {
	return `Choose for yourself`;
};
/**
* | output |
* | --- |
* | "Choose for yourself" |
*
* @param {Choose_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_title(inputs);
	return da_choose_title(inputs);
});
// src/lib/paraglide/messages/choose_title_waiting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_Title_WaitingInputs */
var da_choose_title_waiting = () => {
	return `Vælg selv – ikke endnu`;
};
var en_choose_title_waiting = () => {
	return `Choose for yourself – not yet`;
};
/**
* | output |
* | --- |
* | "Choose for yourself – not yet" |
*
* @param {Choose_Title_WaitingInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_title_waiting = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_title_waiting(inputs);
	return da_choose_title_waiting(inputs);
});
// src/lib/paraglide/messages/choose_title_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_Title_OpenInputs */
var da_choose_title_open = () => {
	return `Vælg selv – dit ønske venter på svar`;
};
var en_choose_title_open = () => {
	return `Choose for yourself – your wish is waiting for an answer`;
};
/**
* | output |
* | --- |
* | "Choose for yourself – your wish is waiting for an answer" |
*
* @param {Choose_Title_OpenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_title_open = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_title_open(inputs);
	return da_choose_title_open(inputs);
});
// src/lib/paraglide/messages/choose_question.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_QuestionInputs */
var da_choose_question = () => {
	return `Vil du have én kontaktperson eller et team?`;
};
var en_choose_question = () => {
	return `Do you want one contact person or a team?`;
};
/**
* | output |
* | --- |
* | "Do you want one contact person or a team?" |
*
* @param {Choose_QuestionInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_question = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_question(inputs);
	return da_choose_question(inputs);
});
// src/lib/paraglide/messages/choose_one.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_OneInputs */
var da_choose_one = () => {
	return `Én kontaktperson`;
};
var en_choose_one = () => {
	return `One contact person`;
};
/**
* | output |
* | --- |
* | "One contact person" |
*
* @param {Choose_OneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_one = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_one(inputs);
	return da_choose_one(inputs);
});
// src/lib/paraglide/messages/choose_one_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_One_HintInputs */
var da_choose_one_hint = () => {
	return `Én person hjælper dig med det hele.`;
};
var en_choose_one_hint = () => {
	return `One person helps you with everything.`;
};
/**
* | output |
* | --- |
* | "One person helps you with everything." |
*
* @param {Choose_One_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_one_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_one_hint(inputs);
	return da_choose_one_hint(inputs);
});
// src/lib/paraglide/messages/choose_team.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_TeamInputs */
var da_choose_team = () => {
	return `Et team`;
};
var en_choose_team = () => {
	return `A team`;
};
/**
* | output |
* | --- |
* | "A team" |
*
* @param {Choose_TeamInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_team = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_team(inputs);
	return da_choose_team(inputs);
});
// src/lib/paraglide/messages/choose_team_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_Team_HintInputs */
var da_choose_team_hint = () => {
	return `2 til 4 personer hjælper med hver sin del.`;
};
var en_choose_team_hint = () => {
	return `2 to 4 people help with a part each.`;
};
/**
* | output |
* | --- |
* | "2 to 4 people help with a part each." |
*
* @param {Choose_Team_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_team_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_team_hint(inputs);
	return da_choose_team_hint(inputs);
});
// src/lib/paraglide/messages/choose_not_yet.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_Not_YetInputs */
var da_choose_not_yet = () => {
	return `Du kan ikke vælge endnu.`;
};
var en_choose_not_yet = () => {
	return `You cannot choose yet.`;
};
/**
* | output |
* | --- |
* | "You cannot choose yet." |
*
* @param {Choose_Not_YetInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_not_yet = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_not_yet(inputs);
	return da_choose_not_yet(inputs);
});
// src/lib/paraglide/messages/choose_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_OpenInputs */
var da_choose_open = () => {
	return `Du har allerede et ønske, der venter på svar.`;
};
var en_choose_open = () => {
	return `You already have a wish waiting for an answer.`;
};
/**
* | output |
* | --- |
* | "You already have a wish waiting for an answer." |
*
* @param {Choose_OpenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_open = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_open(inputs);
	return da_choose_open(inputs);
});
// src/lib/paraglide/messages/choose_one_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_One_TitleInputs */
var da_choose_one_title = () => {
	return `Vælg din kontaktperson`;
};
var en_choose_one_title = () => {
	return `Choose your contact person`;
};
/**
* | output |
* | --- |
* | "Choose your contact person" |
*
* @param {Choose_One_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_one_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_one_title(inputs);
	return da_choose_one_title(inputs);
});
// src/lib/paraglide/messages/choose_team_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_Team_TitleInputs */
var da_choose_team_title = () => {
	return `Vælg dit team`;
};
var en_choose_team_title = () => {
	return `Choose your team`;
};
/**
* | output |
* | --- |
* | "Choose your team" |
*
* @param {Choose_Team_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_team_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_team_title(inputs);
	return da_choose_team_title(inputs);
});
// src/lib/paraglide/messages/choose_worker_legend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_Worker_LegendInputs */
var da_choose_worker_legend = () => {
	return `Hvem vil du gerne have?`;
};
var en_choose_worker_legend = () => {
	return `Who would you like?`;
};
/**
* | output |
* | --- |
* | "Who would you like?" |
*
* @param {Choose_Worker_LegendInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_worker_legend = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_worker_legend(inputs);
	return da_choose_worker_legend(inputs);
});
// src/lib/paraglide/messages/choose_role_practical.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_Role_PracticalInputs */
var da_choose_role_practical = () => {
	return `Hvem skal hjælpe med det praktiske? For eksempel indkøb, penge og faste vaner.`;
};
var en_choose_role_practical = () => {
	return `Who should help with practical things? For example shopping, money and structure.`;
};
/**
* | output |
* | --- |
* | "Who should help with practical things? For example shopping, money and structure." |
*
* @param {Choose_Role_PracticalInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_role_practical = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_role_practical(inputs);
	return da_choose_role_practical(inputs);
});
// src/lib/paraglide/messages/choose_role_personal.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_Role_PersonalInputs */
var da_choose_role_personal = () => {
	return `Hvem skal hjælpe med det personlige og private?`;
};
var en_choose_role_personal = () => {
	return `Who should help with personal and private things?`;
};
/**
* | output |
* | --- |
* | "Who should help with personal and private things?" |
*
* @param {Choose_Role_PersonalInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_role_personal = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_role_personal(inputs);
	return da_choose_role_personal(inputs);
});
// src/lib/paraglide/messages/choose_role_plan.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_Role_PlanInputs */
var da_choose_role_plan = () => {
	return `Hvem skal lave planen med dig?`;
};
var en_choose_role_plan = () => {
	return `Who should make the plan with you?`;
};
/**
* | output |
* | --- |
* | "Who should make the plan with you?" |
*
* @param {Choose_Role_PlanInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_role_plan = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_role_plan(inputs);
	return da_choose_role_plan(inputs);
});
// src/lib/paraglide/messages/choose_role_member.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_Role_MemberInputs */
var da_choose_role_member = () => {
	return `Skal én mere være med i teamet?`;
};
var en_choose_role_member = () => {
	return `Should one more person be in the team?`;
};
/**
* | output |
* | --- |
* | "Should one more person be in the team?" |
*
* @param {Choose_Role_MemberInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_role_member = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_role_member(inputs);
	return da_choose_role_member(inputs);
});
// src/lib/paraglide/messages/choose_member_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_Member_NoneInputs */
var da_choose_member_none = () => {
	return `Nej`;
};
var en_choose_member_none = () => {
	return `No`;
};
/**
* | output |
* | --- |
* | "No" |
*
* @param {Choose_Member_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_member_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_member_none(inputs);
	return da_choose_member_none(inputs);
});
// src/lib/paraglide/messages/choose_main_legend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_Main_LegendInputs */
var da_choose_main_legend = () => {
	return `Hvem i teamet skal du kontakte først?`;
};
var en_choose_main_legend = () => {
	return `Who in the team should you contact first?`;
};
/**
* | output |
* | --- |
* | "Who in the team should you contact first?" |
*
* @param {Choose_Main_LegendInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_main_legend = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_main_legend(inputs);
	return da_choose_main_legend(inputs);
});
// src/lib/paraglide/messages/choose_team_chosen.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_Team_ChosenInputs */
var da_choose_team_chosen = () => {
	return `Du har valgt:`;
};
var en_choose_team_chosen = () => {
	return `You have chosen:`;
};
/**
* | output |
* | --- |
* | "You have chosen:" |
*
* @param {Choose_Team_ChosenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_team_chosen = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_team_chosen(inputs);
	return da_choose_team_chosen(inputs);
});
// src/lib/paraglide/messages/choose_team_continue.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_Team_ContinueInputs */
var da_choose_team_continue = () => {
	return `Gå videre`;
};
var en_choose_team_continue = () => {
	return `Continue`;
};
/**
* | output |
* | --- |
* | "Continue" |
*
* @param {Choose_Team_ContinueInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_team_continue = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_team_continue(inputs);
	return da_choose_team_continue(inputs);
});
// src/lib/paraglide/messages/choose_team_change.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_Team_ChangeInputs */
var da_choose_team_change = () => {
	return `Vælg andre personer`;
};
var en_choose_team_change = () => {
	return `Choose other people`;
};
/**
* | output |
* | --- |
* | "Choose other people" |
*
* @param {Choose_Team_ChangeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_team_change = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_team_change(inputs);
	return da_choose_team_change(inputs);
});
// src/lib/paraglide/messages/choose_reason_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_Reason_LabelInputs */
var da_choose_reason_label = () => {
	return `Hvorfor? Skriv med dine egne ord.`;
};
var en_choose_reason_label = () => {
	return `Why? Write in your own words.`;
};
/**
* | output |
* | --- |
* | "Why? Write in your own words." |
*
* @param {Choose_Reason_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_reason_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_reason_label(inputs);
	return da_choose_reason_label(inputs);
});
// src/lib/paraglide/messages/choose_reason_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_Reason_HintInputs */
var da_choose_reason_hint = () => {
	return `Det er frivilligt.`;
};
var en_choose_reason_hint = () => {
	return `You do not have to.`;
};
/**
* | output |
* | --- |
* | "You do not have to." |
*
* @param {Choose_Reason_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_reason_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_reason_hint(inputs);
	return da_choose_reason_hint(inputs);
});
// src/lib/paraglide/messages/choose_reason_private.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_Reason_PrivateInputs */
var da_choose_reason_private = () => {
	return `Det vil jeg ikke sige`;
};
var en_choose_reason_private = () => {
	return `I would rather not say`;
};
/**
* | output |
* | --- |
* | "I would rather not say" |
*
* @param {Choose_Reason_PrivateInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_reason_private = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_reason_private(inputs);
	return da_choose_reason_private(inputs);
});
// src/lib/paraglide/messages/choose_helper_legend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_Helper_LegendInputs */
var da_choose_helper_legend = () => {
	return `Har du fået hjælp til at vælge?`;
};
var en_choose_helper_legend = () => {
	return `Did someone help you choose?`;
};
/**
* | output |
* | --- |
* | "Did someone help you choose?" |
*
* @param {Choose_Helper_LegendInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_helper_legend = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_helper_legend(inputs);
	return da_choose_helper_legend(inputs);
});
// src/lib/paraglide/messages/choose_helper_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_Helper_NoneInputs */
var da_choose_helper_none = () => {
	return `Nej`;
};
var en_choose_helper_none = () => {
	return `No`;
};
/**
* | output |
* | --- |
* | "No" |
*
* @param {Choose_Helper_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_helper_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_helper_none(inputs);
	return da_choose_helper_none(inputs);
});
// src/lib/paraglide/messages/choose_send.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Choose_SendInputs */
var da_choose_send = () => {
	return `Send mit ønske`;
};
var en_choose_send = () => {
	return `Send my wish`;
};
/**
* | output |
* | --- |
* | "Send my wish" |
*
* @param {Choose_SendInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_send = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_send(inputs);
	return da_choose_send(inputs);
});
// src/lib/paraglide/messages/choose_worker_room.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Choose_Worker_RoomInputs */
var da_choose_worker_room = (i) => {
	return `${i?.name} – har plads`;
};
var en_choose_worker_room = (i) => {
	return `${i?.name} – has room`;
};
/**
* | output |
* | --- |
* | "{name} – has room" |
*
* @param {Choose_Worker_RoomInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_worker_room = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_worker_room(inputs);
	return da_choose_worker_room(inputs);
});
// src/lib/paraglide/messages/choose_worker_full.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Choose_Worker_FullInputs */
var da_choose_worker_full = (i) => {
	return `${i?.name} – har ikke plads lige nu`;
};
var en_choose_worker_full = (i) => {
	return `${i?.name} – no room right now`;
};
/**
* | output |
* | --- |
* | "{name} – no room right now" |
*
* @param {Choose_Worker_FullInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var choose_worker_full = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_choose_worker_full(inputs);
	return da_choose_worker_full(inputs);
});
// src/routes/(citizen)/me/contact-person/choose/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const kind = derived(() => form?.kind ?? data.kind);
		const errors = derived(() => form?.errors ?? {});
		const values = derived(() => form?.values ?? {});
		const workerOptions = derived(() => data.workers.map((w) => ({
			value: w.id,
			label: w.hasRoom ? choose_worker_room({ name: w.name }) : choose_worker_full({ name: w.name })
		})));
		/** The team's roles are sent first; the second step names those people (issue 15: names, not roles). */
		const isRolesChosen = derived(() => kind() === "team" && form !== null && form !== void 0 && ("isRolesChosen" in form || values().step === "details"));
		const roles = [
			"practical",
			"personal",
			"plan"
		];
		const nameOf = (workerId) => data.workers.find((w) => w.id === workerId)?.name ?? "";
		const chosen = derived(() => roles.map((role) => ({
			role,
			workerId: values()[role] ?? "",
			name: nameOf(values()[role] ?? "")
		})));
		const memberOptions = derived(() => [{
			value: "",
			label: choose_member_none()
		}, ...workerOptions().filter((option) => !chosen().some((c) => c.workerId === option.value))]);
		const mainOptions = derived(() => chosen().filter((c, index) => chosen().findIndex((other) => other.workerId === c.workerId) === index).map((c) => ({
			value: c.role,
			label: c.name
		})));
		const guideOptions = derived(() => [{
			value: "",
			label: choose_helper_none()
		}, ...data.guides.map((g) => ({
			value: g.id,
			label: g.name
		}))]);
		/** Each state of the page has a title of its own, so the tab says which step the person is at. */
		const title = derived(() => data.window.state === "waiting" ? choose_title_waiting() : data.hasOpenWish ? choose_title_open() : kind() === null ? choose_question() : kind() === "one" ? choose_one_title() : choose_team_title());
		steps_next(), steps_back();
		head("zv64o", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(title())} – ${escape_html(app_name())}</title>`);
			});
		});
		if (data.window.state === "waiting") $$renderer.push(`<!--[0--><h1>${escape_html(choose_title())}</h1> <p class="lead">${escape_html(choose_not_yet())} ${escape_html(cp_wait_date({ date: formatDate(data.window.from) }))}</p>`);
		else if (data.hasOpenWish) $$renderer.push(`<!--[1--><h1>${escape_html(choose_title())}</h1> <p class="lead">${escape_html(choose_open())}</p>`);
		else if (kind() === null) {
			$$renderer.push(`<!--[2--><h1>${escape_html(choose_question())}</h1> <ul class="tiles"><li>`);
			Icon_tile($$renderer, {
				href: localizeHref(routes.citizenChoose("one")),
				icon: "user-round",
				label: choose_one(),
				detail: choose_one_hint()
			});
			$$renderer.push(`<!----></li> <li>`);
			Icon_tile($$renderer, {
				href: localizeHref(routes.citizenChoose("team")),
				icon: "users",
				label: choose_team(),
				detail: choose_team_hint()
			});
			$$renderer.push(`<!----></li></ul> <p><a class="line-link"${attr("href", localizeHref(routes.citizenWorkers()))}>${escape_html(cp_meet_link())}</a></p>`);
		} else {
			$$renderer.push(`<!--[-1--><h1>${escape_html(kind() === "one" ? choose_one_title() : choose_team_title())}</h1> <p><a class="line-link"${attr("href", localizeHref(routes.citizenWorkers()))}>${escape_html(cp_meet_link())}</a></p> `);
			Error_summary($$renderer, { errors: errors() });
			$$renderer.push(`<!----> `);
			if (isRolesChosen()) {
				$$renderer.push(`<!--[0--><p class="lead">${escape_html(choose_team_chosen())}</p> <ul class="plain-list"><!--[-->`);
				const each_array = ensure_array_like(chosen());
				for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
					let person = each_array[$$index];
					$$renderer.push(`<li><strong>${escape_html(person.name)}</strong>: ${escape_html(roleLabel(person.role))}</li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <!---->`);
			$$renderer.push(`<form method="POST" novalidate=""><input type="hidden" name="kind"${attr("value", kind())}/> `);
			if (isRolesChosen()) {
				$$renderer.push(`<!--[0--><input type="hidden" name="step" value="details"/> <!--[-->`);
				const each_array_1 = ensure_array_like(chosen());
				for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
					let person = each_array_1[$$index_1];
					$$renderer.push(`<input type="hidden"${attr("name", person.role)}${attr("value", person.workerId)}/>`);
				}
				$$renderer.push(`<!--]-->`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <div>`);
			if (kind() === "one") {
				$$renderer.push("<!--[0-->");
				Radio_group($$renderer, {
					name: "workerId",
					legend: choose_worker_legend(),
					options: workerOptions(),
					checked: values().workerId ?? data.preselected,
					error: errors().workerId
				});
			} else if (!isRolesChosen()) {
				$$renderer.push("<!--[1-->");
				Radio_group($$renderer, {
					name: "practical",
					legend: choose_role_practical(),
					options: workerOptions(),
					checked: values().practical ?? null,
					error: errors().practical
				});
				$$renderer.push(`<!----> `);
				Radio_group($$renderer, {
					name: "personal",
					legend: choose_role_personal(),
					options: workerOptions(),
					checked: values().personal ?? null,
					error: errors().personal
				});
				$$renderer.push(`<!----> `);
				Radio_group($$renderer, {
					name: "plan",
					legend: choose_role_plan(),
					options: workerOptions(),
					checked: values().plan ?? null,
					error: errors().plan
				});
				$$renderer.push(`<!---->`);
			} else {
				$$renderer.push("<!--[-1-->");
				Radio_group($$renderer, {
					name: "member",
					legend: choose_role_member(),
					options: memberOptions(),
					checked: values().member ?? "",
					error: errors().member
				});
				$$renderer.push(`<!----> `);
				Radio_group($$renderer, {
					name: "main",
					legend: choose_main_legend(),
					options: mainOptions(),
					checked: values().main ?? null,
					error: errors().main
				});
				$$renderer.push(`<!---->`);
			}
			$$renderer.push(`<!--]--> `);
			if (kind() === "one" || isRolesChosen()) {
				$$renderer.push(`<!--[0--><div>`);
				Text_area($$renderer, {
					name: "reason",
					label: choose_reason_label(),
					hint: choose_reason_hint(),
					value: values().reason ?? "",
					error: errors().reason,
					rows: 3,
					maxlength: 1e3
				});
				$$renderer.push(`<!----> `);
				Checkbox($$renderer, {
					name: "reasonPrivate",
					label: choose_reason_private(),
					checked: values().reasonPrivate === "yes"
				});
				$$renderer.push(`<!----></div> `);
				if (data.guides.length > 0) {
					$$renderer.push("<!--[0-->");
					Radio_group($$renderer, {
						name: "helperId",
						legend: choose_helper_legend(),
						options: guideOptions(),
						checked: values().helperId ?? "",
						error: errors().helperId
					});
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></div> `);
			if (kind() === "team" && !isRolesChosen()) {
				$$renderer.push(`<!--[0--><button class="button button--large" type="submit">`);
				Icon($$renderer, {
					name: "arrow-right",
					size: 28
				});
				$$renderer.push(`<!---->${escape_html(choose_team_continue())}</button>`);
			} else {
				$$renderer.push(`<!--[-1--><button class="button button--large" type="submit">`);
				Icon($$renderer, {
					name: "check",
					size: 28
				});
				$$renderer.push(`<!---->${escape_html(choose_send())}</button>`);
			}
			$$renderer.push(`<!--]--></form>`);
			$$renderer.push(`<!----> `);
			if (isRolesChosen()) $$renderer.push(`<!--[0--><p><a class="line-link"${attr("href", localizeHref(routes.citizenChoose("team")))}>${escape_html(choose_team_change())}</a></p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map