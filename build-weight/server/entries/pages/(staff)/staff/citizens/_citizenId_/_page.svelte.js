import { f as attr, i as derived, m as escape_html, o as ensure_array_like, s as head } from "../../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../../chunks/app_name.js";
import "../../../../../../chunks/forms.js";
import { t as staff_col_hours } from "../../../../../../chunks/staff_col_hours.js";
import { t as staff_col_start } from "../../../../../../chunks/staff_col_start.js";
import { t as staff_citizen_back } from "../../../../../../chunks/staff_citizen_back.js";
import { t as hours_band } from "../../../../../../chunks/hours_band.js";
import "../../../../../../chunks/keep-draft.js";
import { t as plan_date_shown } from "../../../../../../chunks/plan_date_shown.js";
import { l as localizeHref, r as getLocale } from "../../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../../chunks/routes.js";
import { t as meetings_when } from "../../../../../../chunks/meetings_when.js";
import { n as formatDate, r as formatTime, t as dayOf } from "../../../../../../chunks/format.js";
import { n as legalBasisLabel } from "../../../../../../chunks/labels.js";
import { t as Supporter_list } from "../../../../../../chunks/supporter-list.js";
import { t as Dream_card } from "../../../../../../chunks/dream-card.js";
import { t as Goal_card } from "../../../../../../chunks/goal-card.js";
import { t as Rating_history } from "../../../../../../chunks/rating-history.js";
import { t as meetingTypeLabel } from "../../../../../../chunks/meeting-labels.js";
import { t as Radio_group } from "../../../../../../chunks/radio-group.js";
import { t as Text_area } from "../../../../../../chunks/text-area.js";
import { t as Invitation_letter } from "../../../../../../chunks/invitation-letter.js";
import { t as Text_field } from "../../../../../../chunks/text-field.js";
import { t as Error_summary } from "../../../../../../chunks/error-summary.js";
// src/lib/paraglide/messages/staff_col_basis.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Col_BasisInputs */
var da_staff_col_basis = () => {
	return `Paragraf`;
};
var en_staff_col_basis = () => {
	return `Section`;
};
/**
* | output |
* | --- |
* | "Section" |
*
* @param {Staff_Col_BasisInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_col_basis = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_col_basis(inputs);
	return da_staff_col_basis(inputs);
});
// src/lib/paraglide/messages/staff_citizen_supporters.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Citizen_SupportersInputs */
var da_staff_citizen_supporters = () => {
	return `Kontaktperson eller team`;
};
var en_staff_citizen_supporters = () => {
	return `Contact person or team`;
};
/**
* | output |
* | --- |
* | "Contact person or team" |
*
* @param {Staff_Citizen_SupportersInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_citizen_supporters = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_citizen_supporters(inputs);
	return da_staff_citizen_supporters(inputs);
});
// src/lib/paraglide/messages/staff_citizen_facts.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Citizen_FactsInputs */
var da_staff_citizen_facts = () => {
	return `Fakta`;
};
var en_staff_citizen_facts = () => {
	return `Facts`;
};
/**
* | output |
* | --- |
* | "Facts" |
*
* @param {Staff_Citizen_FactsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_citizen_facts = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_citizen_facts(inputs);
	return da_staff_citizen_facts(inputs);
});
// src/lib/paraglide/messages/staff_activation_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Activation_TitleInputs */
var da_staff_activation_title = () => {
	return `Aktiveringskode`;
};
var en_staff_activation_title = () => {
	return `Activation code`;
};
/**
* | output |
* | --- |
* | "Activation code" |
*
* @param {Staff_Activation_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_activation_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_activation_title(inputs);
	return da_staff_activation_title(inputs);
});
// src/lib/paraglide/messages/staff_activation_activated.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Activation_ActivatedInputs */
var da_staff_activation_activated = () => {
	return `Borgeren har aktiveret sin konto.`;
};
var en_staff_activation_activated = () => {
	return `The citizen has activated their account.`;
};
/**
* | output |
* | --- |
* | "The citizen has activated their account." |
*
* @param {Staff_Activation_ActivatedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_activation_activated = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_activation_activated(inputs);
	return da_staff_activation_activated(inputs);
});
// src/lib/paraglide/messages/staff_activation_not_activated.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Activation_Not_ActivatedInputs */
var da_staff_activation_not_activated = () => {
	return `Borgeren har ikke aktiveret sin konto endnu.`;
};
var en_staff_activation_not_activated = () => {
	return `The citizen has not activated their account yet.`;
};
/**
* | output |
* | --- |
* | "The citizen has not activated their account yet." |
*
* @param {Staff_Activation_Not_ActivatedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_activation_not_activated = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_activation_not_activated(inputs);
	return da_staff_activation_not_activated(inputs);
});
// src/lib/paraglide/messages/staff_activation_explain.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Activation_ExplainInputs */
var da_staff_activation_explain = () => {
	return `En ny kode virker i 14 dage og kun én gang. Ældre koder holder op med at virke. Med koden vælger borgeren brugernavn og en ny adgangskode, for eksempel hvis brevet er væk eller adgangskoden glemt.`;
};
var en_staff_activation_explain = () => {
	return `A new code works for 14 days and only once. Older codes stop working. With the code the citizen chooses a user name and a new password, for example if the letter is lost or the password forgotten.`;
};
/**
* | output |
* | --- |
* | "A new code works for 14 days and only once. Older codes stop working. With the code the citizen chooses a user name and a new password, for example if the le..." |
*
* @param {Staff_Activation_ExplainInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_activation_explain = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_activation_explain(inputs);
	return da_staff_activation_explain(inputs);
});
// src/lib/paraglide/messages/staff_activation_create.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Activation_CreateInputs */
var da_staff_activation_create = () => {
	return `Lav en ny kode`;
};
var en_staff_activation_create = () => {
	return `Make a new code`;
};
/**
* | output |
* | --- |
* | "Make a new code" |
*
* @param {Staff_Activation_CreateInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_activation_create = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_activation_create(inputs);
	return da_staff_activation_create(inputs);
});
// src/lib/paraglide/messages/staff_activation_created.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Activation_CreatedInputs */
var da_staff_activation_created = () => {
	return `Ny kode til borgeren:`;
};
var en_staff_activation_created = () => {
	return `New code for the citizen:`;
};
/**
* | output |
* | --- |
* | "New code for the citizen:" |
*
* @param {Staff_Activation_CreatedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_activation_created = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_activation_created(inputs);
	return da_staff_activation_created(inputs);
});
// src/lib/paraglide/messages/staff_activation_hand_over.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Activation_Hand_OverInputs */
var da_staff_activation_hand_over = () => {
	return `Giv koden direkte til borgeren. Koden vises kun denne ene gang.`;
};
var en_staff_activation_hand_over = () => {
	return `Give the code directly to the citizen. It is shown only this once.`;
};
/**
* | output |
* | --- |
* | "Give the code directly to the citizen. It is shown only this once." |
*
* @param {Staff_Activation_Hand_OverInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_activation_hand_over = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_activation_hand_over(inputs);
	return da_staff_activation_hand_over(inputs);
});
// src/lib/paraglide/messages/staff_activation_reset_worker.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Activation_Reset_WorkerInputs */
var da_staff_activation_reset_worker = () => {
	return `Har borgeren glemt sin adgangskode? Så kan din leder nulstille adgangen.`;
};
var en_staff_activation_reset_worker = () => {
	return `Has the citizen forgotten their password? Your leader can reset their access.`;
};
/**
* | output |
* | --- |
* | "Has the citizen forgotten their password? Your leader can reset their access." |
*
* @param {Staff_Activation_Reset_WorkerInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_activation_reset_worker = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_activation_reset_worker(inputs);
	return da_staff_activation_reset_worker(inputs);
});
// src/lib/paraglide/messages/staff_activation_reset_leader.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Activation_Reset_LeaderInputs */
var da_staff_activation_reset_leader = () => {
	return `Har borgeren glemt sin adgangskode? Så kan du nulstille adgangen. Borgeren får et brev med en ny kode.`;
};
var en_staff_activation_reset_leader = () => {
	return `Has the citizen forgotten their password? You can reset their access. The citizen gets a letter with a new code.`;
};
/**
* | output |
* | --- |
* | "Has the citizen forgotten their password? You can reset their access. The citizen gets a letter with a new code." |
*
* @param {Staff_Activation_Reset_LeaderInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_activation_reset_leader = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_activation_reset_leader(inputs);
	return da_staff_activation_reset_leader(inputs);
});
// src/lib/paraglide/messages/staff_activation_reset_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Activation_Reset_LinkInputs */
var da_staff_activation_reset_link = () => {
	return `Nulstil borgerens adgang`;
};
var en_staff_activation_reset_link = () => {
	return `Reset the citizen's access`;
};
/**
* | output |
* | --- |
* | "Reset the citizen's access" |
*
* @param {Staff_Activation_Reset_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_activation_reset_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_activation_reset_link(inputs);
	return da_staff_activation_reset_link(inputs);
});
// src/lib/paraglide/messages/staff_suggest_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Suggest_TitleInputs */
var da_staff_suggest_title = () => {
	return `Foreslå en brugerguide`;
};
var en_staff_suggest_title = () => {
	return `Suggest a peer guide`;
};
/**
* | output |
* | --- |
* | "Suggest a peer guide" |
*
* @param {Staff_Suggest_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_suggest_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_suggest_title(inputs);
	return da_staff_suggest_title(inputs);
});
// src/lib/paraglide/messages/staff_suggest_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Suggest_TextInputs */
var da_staff_suggest_text = () => {
	return `Borgeren får forslaget og bestemmer selv. Intet bliver delt, før borgeren siger ja.`;
};
var en_staff_suggest_text = () => {
	return `The citizen gets the suggestion and decides. Nothing is shared until the citizen says yes.`;
};
/**
* | output |
* | --- |
* | "The citizen gets the suggestion and decides. Nothing is shared until the citizen says yes." |
*
* @param {Staff_Suggest_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_suggest_text = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_suggest_text(inputs);
	return da_staff_suggest_text(inputs);
});
// src/lib/paraglide/messages/staff_suggest_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Suggest_NameInputs */
var da_staff_suggest_name = () => {
	return `Brugerguidens navn`;
};
var en_staff_suggest_name = () => {
	return `The peer guide's name`;
};
/**
* | output |
* | --- |
* | "The peer guide's name" |
*
* @param {Staff_Suggest_NameInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_suggest_name = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_suggest_name(inputs);
	return da_staff_suggest_name(inputs);
});
// src/lib/paraglide/messages/staff_suggest_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Suggest_SubmitInputs */
var da_staff_suggest_submit = () => {
	return `Send forslaget`;
};
var en_staff_suggest_submit = () => {
	return `Send the suggestion`;
};
/**
* | output |
* | --- |
* | "Send the suggestion" |
*
* @param {Staff_Suggest_SubmitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_suggest_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_suggest_submit(inputs);
	return da_staff_suggest_submit(inputs);
});
// src/lib/paraglide/messages/staff_suggest_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Suggest_DoneInputs */
var da_staff_suggest_done = () => {
	return `Forslaget er sendt til borgeren.`;
};
var en_staff_suggest_done = () => {
	return `The suggestion has been sent to the citizen.`;
};
/**
* | output |
* | --- |
* | "The suggestion has been sent to the citizen." |
*
* @param {Staff_Suggest_DoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_suggest_done = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_suggest_done(inputs);
	return da_staff_suggest_done(inputs);
});
// src/lib/paraglide/messages/staff_citizen_log_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Citizen_Log_LinkInputs */
var da_staff_citizen_log_link = () => {
	return `Se borgerens log`;
};
var en_staff_citizen_log_link = () => {
	return `See the citizen's log`;
};
/**
* | output |
* | --- |
* | "See the citizen's log" |
*
* @param {Staff_Citizen_Log_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_citizen_log_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_citizen_log_link(inputs);
	return da_staff_citizen_log_link(inputs);
});
// src/lib/paraglide/messages/staff_dreams_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Dreams_TitleInputs */
var da_staff_dreams_title = () => {
	return `Borgerens drømme`;
};
var en_staff_dreams_title = () => {
	return `The citizen's dreams`;
};
/**
* | output |
* | --- |
* | "The citizen's dreams" |
*
* @param {Staff_Dreams_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_dreams_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_dreams_title(inputs);
	return da_staff_dreams_title(inputs);
});
// src/lib/paraglide/messages/staff_dreams_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Dreams_NoneInputs */
var da_staff_dreams_none = () => {
	return `Borgeren har ikke delt nogen drømme med teamet.`;
};
var en_staff_dreams_none = () => {
	return `The citizen has not shared any dreams with the team.`;
};
/**
* | output |
* | --- |
* | "The citizen has not shared any dreams with the team." |
*
* @param {Staff_Dreams_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_dreams_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_dreams_none(inputs);
	return da_staff_dreams_none(inputs);
});
// src/lib/paraglide/messages/staff_plan_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Plan_TitleInputs */
var da_staff_plan_title = () => {
	return `Borgerens plan`;
};
var en_staff_plan_title = () => {
	return `The citizen's plan`;
};
/**
* | output |
* | --- |
* | "The citizen's plan" |
*
* @param {Staff_Plan_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_plan_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_plan_title(inputs);
	return da_staff_plan_title(inputs);
});
// src/lib/paraglide/messages/staff_plan_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Plan_NoneInputs */
var da_staff_plan_none = () => {
	return `Borgeren har ingen mål endnu.`;
};
var en_staff_plan_none = () => {
	return `The citizen has no goals yet.`;
};
/**
* | output |
* | --- |
* | "The citizen has no goals yet." |
*
* @param {Staff_Plan_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_plan_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_plan_none(inputs);
	return da_staff_plan_none(inputs);
});
// src/lib/paraglide/messages/staff_ratings_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Ratings_TitleInputs */
var da_staff_ratings_title = () => {
	return `Samarbejde – borgerens svar`;
};
var en_staff_ratings_title = () => {
	return `Collaboration – the citizen’s answers`;
};
/**
* | output |
* | --- |
* | "Collaboration – the citizen’s answers" |
*
* @param {Staff_Ratings_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_ratings_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_ratings_title(inputs);
	return da_staff_ratings_title(inputs);
});
// src/lib/paraglide/messages/staff_ratings_caption.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Ratings_CaptionInputs */
var da_staff_ratings_caption = () => {
	return `Borgerens svar, nyeste først`;
};
var en_staff_ratings_caption = () => {
	return `The citizen’s answers, newest first`;
};
/**
* | output |
* | --- |
* | "The citizen’s answers, newest first" |
*
* @param {Staff_Ratings_CaptionInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_ratings_caption = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_ratings_caption(inputs);
	return da_staff_ratings_caption(inputs);
});
// src/lib/paraglide/messages/staff_visit_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Visit_DoneInputs */
var da_staff_visit_done = () => {
	return `Besøg gennemført i dag`;
};
var en_staff_visit_done = () => {
	return `Visit done today`;
};
/**
* | output |
* | --- |
* | "Visit done today" |
*
* @param {Staff_Visit_DoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_visit_done = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_visit_done(inputs);
	return da_staff_visit_done(inputs);
});
// src/lib/paraglide/messages/staff_visit_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Visit_SavedInputs */
var da_staff_visit_saved = () => {
	return `Besøget er noteret. Borgeren bliver spurgt, hvordan det gik (højst én gang om ugen).`;
};
var en_staff_visit_saved = () => {
	return `The visit is noted. The citizen will be asked how it went (at most once a week).`;
};
/**
* | output |
* | --- |
* | "The visit is noted. The citizen will be asked how it went (at most once a week)." |
*
* @param {Staff_Visit_SavedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_visit_saved = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_visit_saved(inputs);
	return da_staff_visit_saved(inputs);
});
// src/lib/paraglide/messages/staff_suggest_contact_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Suggest_Contact_TitleInputs */
var da_staff_suggest_contact_title = () => {
	return `Foreslå en kontaktperson`;
};
var en_staff_suggest_contact_title = () => {
	return `Suggest a contact person`;
};
/**
* | output |
* | --- |
* | "Suggest a contact person" |
*
* @param {Staff_Suggest_Contact_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_suggest_contact_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_suggest_contact_title(inputs);
	return da_staff_suggest_contact_title(inputs);
});
// src/lib/paraglide/messages/staff_suggest_contact_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Suggest_Contact_TextInputs */
var da_staff_suggest_contact_text = () => {
	return `Du er borgerens midlertidige kontaktperson. Har du set, at borgeren trives med en kollega? Foreslå det. Borgeren bestemmer selv.`;
};
var en_staff_suggest_contact_text = () => {
	return `You are the citizen’s temporary contact person. Have you seen the citizen get on well with a colleague? Suggest it. The citizen decides.`;
};
/**
* | output |
* | --- |
* | "You are the citizen’s temporary contact person. Have you seen the citizen get on well with a colleague? Suggest it. The citizen decides." |
*
* @param {Staff_Suggest_Contact_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_suggest_contact_text = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_suggest_contact_text(inputs);
	return da_staff_suggest_contact_text(inputs);
});
// src/lib/paraglide/messages/staff_suggest_contact_worker.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Suggest_Contact_WorkerInputs */
var da_staff_suggest_contact_worker = () => {
	return `Hvem?`;
};
var en_staff_suggest_contact_worker = () => {
	return `Who?`;
};
/**
* | output |
* | --- |
* | "Who?" |
*
* @param {Staff_Suggest_Contact_WorkerInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_suggest_contact_worker = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_suggest_contact_worker(inputs);
	return da_staff_suggest_contact_worker(inputs);
});
// src/lib/paraglide/messages/staff_suggest_contact_words.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Suggest_Contact_WordsInputs */
var da_staff_suggest_contact_words = () => {
	return `Dine ord til borgeren`;
};
var en_staff_suggest_contact_words = () => {
	return `Your words to the citizen`;
};
/**
* | output |
* | --- |
* | "Your words to the citizen" |
*
* @param {Staff_Suggest_Contact_WordsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_suggest_contact_words = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_suggest_contact_words(inputs);
	return da_staff_suggest_contact_words(inputs);
});
// src/lib/paraglide/messages/staff_suggest_contact_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Suggest_Contact_HintInputs */
var da_staff_suggest_contact_hint = () => {
	return `For eksempel: Jeg har set, at du bruger meget tid sammen med John.`;
};
var en_staff_suggest_contact_hint = () => {
	return `For example: I have seen that you spend a lot of time with John.`;
};
/**
* | output |
* | --- |
* | "For example: I have seen that you spend a lot of time with John." |
*
* @param {Staff_Suggest_Contact_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_suggest_contact_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_suggest_contact_hint(inputs);
	return da_staff_suggest_contact_hint(inputs);
});
// src/lib/paraglide/messages/staff_suggest_contact_send.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Suggest_Contact_SendInputs */
var da_staff_suggest_contact_send = () => {
	return `Foreslå kollegaen`;
};
var en_staff_suggest_contact_send = () => {
	return `Suggest the colleague`;
};
/**
* | output |
* | --- |
* | "Suggest the colleague" |
*
* @param {Staff_Suggest_Contact_SendInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_suggest_contact_send = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_suggest_contact_send(inputs);
	return da_staff_suggest_contact_send(inputs);
});
// src/lib/paraglide/messages/staff_suggest_contact_sent.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Suggest_Contact_SentInputs */
var da_staff_suggest_contact_sent = () => {
	return `Forslaget er sendt til borgeren.`;
};
var en_staff_suggest_contact_sent = () => {
	return `The suggestion has been sent to the citizen.`;
};
/**
* | output |
* | --- |
* | "The suggestion has been sent to the citizen." |
*
* @param {Staff_Suggest_Contact_SentInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_suggest_contact_sent = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_suggest_contact_sent(inputs);
	return da_staff_suggest_contact_sent(inputs);
});
// src/lib/paraglide/messages/staff_meetings_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Meetings_TitleInputs */
var da_staff_meetings_title = () => {
	return `Møder`;
};
var en_staff_meetings_title = () => {
	return `Meetings`;
};
/**
* | output |
* | --- |
* | "Meetings" |
*
* @param {Staff_Meetings_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_meetings_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_meetings_title(inputs);
	return da_staff_meetings_title(inputs);
});
// src/lib/paraglide/messages/staff_meetings_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Meetings_NoneInputs */
var da_staff_meetings_none = () => {
	return `Ingen møder.`;
};
var en_staff_meetings_none = () => {
	return `No meetings.`;
};
/**
* | output |
* | --- |
* | "No meetings." |
*
* @param {Staff_Meetings_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_meetings_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_meetings_none(inputs);
	return da_staff_meetings_none(inputs);
});
// src/lib/paraglide/messages/staff_meetings_plan.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Meetings_PlanInputs */
var da_staff_meetings_plan = () => {
	return `Planlæg et møde`;
};
var en_staff_meetings_plan = () => {
	return `Plan a meeting`;
};
/**
* | output |
* | --- |
* | "Plan a meeting" |
*
* @param {Staff_Meetings_PlanInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_meetings_plan = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_meetings_plan(inputs);
	return da_staff_meetings_plan(inputs);
});
// src/lib/paraglide/messages/staff_meetings_proposed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ type: NonNullable<unknown>, date: NonNullable<unknown> }} Staff_Meetings_ProposedInputs */
var da_staff_meetings_proposed = (i) => {
	return `Forslag: ${i?.type} omkring ${i?.date}`;
};
var en_staff_meetings_proposed = (i) => {
	return `Proposed: ${i?.type} around ${i?.date}`;
};
/**
* | output |
* | --- |
* | "Proposed: {type} around {date}" |
*
* @param {Staff_Meetings_ProposedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_meetings_proposed = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_meetings_proposed(inputs);
	return da_staff_meetings_proposed(inputs);
});
// src/lib/paraglide/messages/staff_end_support_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_End_Support_TitleInputs */
var da_staff_end_support_title = () => {
	return `Afslut støtten`;
};
var en_staff_end_support_title = () => {
	return `End the support`;
};
/**
* | output |
* | --- |
* | "End the support" |
*
* @param {Staff_End_Support_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_end_support_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_end_support_title(inputs);
	return da_staff_end_support_title(inputs);
});
// src/lib/paraglide/messages/staff_end_support_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_End_Support_TextInputs */
var da_staff_end_support_text = () => {
	return `Borgeren beholder sin adgang og kan stadig læse og hente sine data. Data gemmes efter enhedens regler.`;
};
var en_staff_end_support_text = () => {
	return `The citizen keeps their access and can still read and download their data. Data is kept by the unit’s rules.`;
};
/**
* | output |
* | --- |
* | "The citizen keeps their access and can still read and download their data. Data is kept by the unit’s rules." |
*
* @param {Staff_End_Support_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_end_support_text = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_end_support_text(inputs);
	return da_staff_end_support_text(inputs);
});
// src/lib/paraglide/messages/staff_end_support_date.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_End_Support_DateInputs */
var da_staff_end_support_date = () => {
	return `Sidste dag med støtte`;
};
var en_staff_end_support_date = () => {
	return `Last day of support`;
};
/**
* | output |
* | --- |
* | "Last day of support" |
*
* @param {Staff_End_Support_DateInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_end_support_date = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_end_support_date(inputs);
	return da_staff_end_support_date(inputs);
});
// src/lib/paraglide/messages/staff_end_support_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_End_Support_SaveInputs */
var da_staff_end_support_save = () => {
	return `Afslut støtten`;
};
var en_staff_end_support_save = () => {
	return `End the support`;
};
/**
* | output |
* | --- |
* | "End the support" |
*
* @param {Staff_End_Support_SaveInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_end_support_save = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_end_support_save(inputs);
	return da_staff_end_support_save(inputs);
});
// src/lib/paraglide/messages/staff_end_support_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_End_Support_DoneInputs */
var da_staff_end_support_done = () => {
	return `Støtten er afsluttet.`;
};
var en_staff_end_support_done = () => {
	return `The support has ended.`;
};
/**
* | output |
* | --- |
* | "The support has ended." |
*
* @param {Staff_End_Support_DoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_end_support_done = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_end_support_done(inputs);
	return da_staff_end_support_done(inputs);
});
// src/routes/(staff)/staff/citizens/[citizenId]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const citizen = derived(() => data.citizen);
		const suggestion = derived(() => form && "suggestion" in form ? form.suggestion : null);
		const contactForm = derived(() => form && "contactSuggestion" in form ? form : null);
		const contactErrors = derived(() => contactForm() && "errors" in contactForm() ? contactForm().errors ?? {} : {});
		const contactValues = derived(() => contactForm() && "values" in contactForm() ? contactForm().values ?? {} : {});
		const suggestionErrors = derived(() => suggestion() && "errors" in suggestion() ? suggestion().errors ?? {} : {});
		head("lb4yfr", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(citizen().name)} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<p><a class="line-link"${attr("href", localizeHref(routes.staffHome()))}>`);
		Icon($$renderer, {
			name: "arrow-left",
			size: 20
		});
		$$renderer.push(`<!----> ${escape_html(staff_citizen_back())}</a></p> <h1>${escape_html(citizen().name)}</h1> <p><a class="line-link"${attr("href", localizeHref(routes.staffCitizenLog(citizen().id)))}>${escape_html(staff_citizen_log_link())}</a></p> <h2>${escape_html(staff_meetings_title())}</h2> <!--[-->`);
		const each_array = ensure_array_like(data.proposals);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let proposal = each_array[$$index];
			$$renderer.push(`<p class="notice">${escape_html(staff_meetings_proposed({
				type: meetingTypeLabel(proposal.type),
				date: formatDate(proposal.date)
			}))} <a${attr("href", localizeHref(routes.staffNewMeeting(citizen().id, proposal)))}>${escape_html(staff_meetings_plan())}</a></p>`);
		}
		$$renderer.push(`<!--]--> `);
		if (data.meetings.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(staff_meetings_none())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="plain-list"><!--[-->`);
			const each_array_1 = ensure_array_like(data.meetings);
			for (let $$index_1 = 0, $$length = each_array_1.length; $$index_1 < $$length; $$index_1++) {
				let meeting = each_array_1[$$index_1];
				$$renderer.push(`<li><a${attr("href", localizeHref(routes.staffMeeting(citizen().id, meeting.id)))}>${escape_html(meetingTypeLabel(meeting.type))}, ${escape_html(meetings_when({
					date: formatDate(dayOf(meeting.startsAt)),
					time: formatTime(meeting.startsAt)
				}))}</a></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]--> <p><a class="button button--secondary"${attr("href", localizeHref(routes.staffNewMeeting(citizen().id)))}>`);
		Icon($$renderer, {
			name: "calendar-days",
			size: 24
		});
		$$renderer.push(`<!---->${escape_html(staff_meetings_plan())}</a></p> <h2>${escape_html(staff_citizen_supporters())}</h2> `);
		Supporter_list($$renderer, { supporters: citizen().supporters });
		$$renderer.push(`<!----> <h2>${escape_html(staff_dreams_title())}</h2> `);
		if (data.dreams.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(staff_dreams_none())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="plain-list"><!--[-->`);
			const each_array_2 = ensure_array_like(data.dreams);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let dream = each_array_2[$$index_2];
				Dream_card($$renderer, { dream });
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]--> <h2>${escape_html(staff_plan_title())}</h2> `);
		if (data.plan.planDate) $$renderer.push(`<!--[0--><p>${escape_html(plan_date_shown({ date: formatDate(data.plan.planDate) }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.plan.goals.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(staff_plan_none())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="plain-list"><!--[-->`);
			const each_array_3 = ensure_array_like(data.plan.goals);
			for (let $$index_3 = 0, $$length = each_array_3.length; $$index_3 < $$length; $$index_3++) {
				let goal = each_array_3[$$index_3];
				Goal_card($$renderer, {
					goal,
					headingLevel: 3
				});
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]--> `);
		if (data.colleagues.length > 0) {
			$$renderer.push(`<!--[0--><h2>${escape_html(staff_suggest_contact_title())}</h2> <p>${escape_html(staff_suggest_contact_text())}</p> `);
			if (contactForm() && "sent" in contactForm()) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(staff_suggest_contact_sent())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			Error_summary($$renderer, { errors: contactErrors() });
			$$renderer.push(`<!----> <form method="POST" action="?/suggestContact" novalidate="">`);
			Radio_group($$renderer, {
				name: "suggestedWorkerId",
				legend: staff_suggest_contact_worker(),
				options: data.colleagues.map((c) => ({
					value: c.id,
					label: c.name
				})),
				checked: contactValues().suggestedWorkerId ?? null,
				error: contactErrors().suggestedWorkerId
			});
			$$renderer.push(`<!----> `);
			Text_area($$renderer, {
				name: "text",
				label: staff_suggest_contact_words(),
				hint: staff_suggest_contact_hint(),
				value: contactValues().text ?? "",
				error: contactErrors().text,
				rows: 2,
				maxlength: 300
			});
			$$renderer.push(`<!----> <button class="button button--secondary" type="submit">`);
			Icon($$renderer, {
				name: "user-plus",
				size: 24
			});
			$$renderer.push(`<!---->${escape_html(staff_suggest_contact_send())}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <h2>${escape_html(staff_ratings_title())}</h2> `);
		Rating_history($$renderer, {
			ratings: data.ratings,
			caption: staff_ratings_caption()
		});
		$$renderer.push(`<!----> `);
		if (form && "visitSaved" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(staff_visit_saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <form method="POST" action="?/visitDone"><button class="button button--secondary" type="submit">`);
		Icon($$renderer, {
			name: "check",
			size: 24
		});
		$$renderer.push(`<!---->${escape_html(staff_visit_done())}</button></form> <h2>${escape_html(staff_citizen_facts())}</h2> <dl class="facts"><dt>${escape_html(staff_col_hours())}</dt> <dd>${escape_html(hours_band({ band: citizen().hoursBand.replace("-", "–") }))}</dd> <dt>${escape_html(staff_col_basis())}</dt> <dd>${escape_html(legalBasisLabel(citizen().legalBasis))}</dd> <dt>${escape_html(staff_col_start())}</dt> <dd>${escape_html(formatDate(citizen().startDate))}</dd></dl> <h2>${escape_html(staff_activation_title())}</h2> <p>${escape_html(data.isActivated ? staff_activation_activated() : staff_activation_not_activated())}</p> `);
		if (!data.isActivated) {
			$$renderer.push("<!--[0-->");
			if (form?.activationCode && form.letter && form.address) {
				$$renderer.push(`<!--[0--><div class="notice" role="status"><p>${escape_html(staff_activation_created())}</p> <p class="code">${escape_html(form.activationCode)}</p> <p>${escape_html(staff_activation_hand_over())}</p></div> `);
				Invitation_letter($$renderer, {
					name: citizen().name,
					letter: form.letter,
					address: form.address
				});
				$$renderer.push(`<!---->`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <p>${escape_html(staff_activation_explain())}</p> <form method="POST" action="?/activationCode"><button class="button button--secondary" type="submit">`);
			Icon($$renderer, {
				name: "key-round",
				size: 24
			});
			$$renderer.push(`<!---->${escape_html(staff_activation_create())}</button></form>`);
		} else if (data.isLeader) {
			$$renderer.push(`<!--[1--><p>${escape_html(staff_activation_reset_leader())}</p> <p><a class="button button--secondary"${attr("href", localizeHref(routes.staffCitizenReset(citizen().id)))}>`);
			Icon($$renderer, {
				name: "key-round",
				size: 24
			});
			$$renderer.push(`<!---->${escape_html(staff_activation_reset_link())}</a></p>`);
		} else $$renderer.push(`<!--[-1--><p>${escape_html(staff_activation_reset_worker())}</p>`);
		$$renderer.push(`<!--]--> <h2>${escape_html(staff_suggest_title())}</h2> <p>${escape_html(staff_suggest_text())}</p> `);
		if (suggestion() && "sent" in suggestion()) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(staff_suggest_done())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		Error_summary($$renderer, { errors: suggestionErrors() });
		$$renderer.push(`<!----> <form method="POST" action="?/suggestGuide" novalidate="">`);
		Text_field($$renderer, {
			name: "name",
			label: staff_suggest_name(),
			value: suggestion() && "name" in suggestion() ? suggestion().name : "",
			error: suggestionErrors().name,
			autocomplete: "off",
			required: true
		});
		$$renderer.push(`<!----> <button class="button button--secondary" type="submit">`);
		Icon($$renderer, {
			name: "hand-heart",
			size: 24
		});
		$$renderer.push(`<!---->${escape_html(staff_suggest_submit())}</button></form> `);
		if (data.isLeader) {
			$$renderer.push(`<!--[0--><h2>${escape_html(staff_end_support_title())}</h2> <p>${escape_html(staff_end_support_text())}</p> `);
			if (form && "ended" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(staff_end_support_done())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			Error_summary($$renderer, {
				errors: form && "endSupport" in form && "errors" in form ? form.errors ?? {} : {},
				fieldIds: { endDate: "field-endDate" }
			});
			$$renderer.push(`<!----> <form method="POST" action="?/endSupport" novalidate=""><div class="field"><label for="field-endDate">${escape_html(staff_end_support_date())}</label> <input id="field-endDate" type="date" name="endDate"${attr("value", data.today)}/></div> <button class="button button--danger" type="submit">${escape_html(staff_end_support_save())}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map