import { f as attr, i as derived, l as stringify, m as escape_html, o as ensure_array_like, s as head } from "../../../../../../chunks/server2.js";
import { t as app_name } from "../../../../../../chunks/app_name.js";
import { t as staff_col_hours } from "../../../../../../chunks/staff_col_hours.js";
import { t as staff_col_start } from "../../../../../../chunks/staff_col_start.js";
import { t as hours_band } from "../../../../../../chunks/hours_band.js";
import { t as Icon } from "../../../../../../chunks/icon.js";
import { t as role_temporary } from "../../../../../../chunks/role_temporary.js";
import { a as cp_wish_why, c as cp_wish_approved, i as cp_wish_instead, l as cp_wish_open, n as cp_wish_with_help, o as cp_wish_declined, r as cp_wish_withdrawn, s as cp_wish_start, t as cp_suggestion, u as role_main } from "../../../../../../chunks/cp_suggestion.js";
import { a as helpers_may_write, c as helpers_kind_relative, i as helpers_ends, n as helpers_never_seen, o as helpers_may_see, r as helpers_last_seen, s as helpers_kind_guide, t as helpers_status_invited } from "../../../../../../chunks/helpers_status_invited.js";
import { n as formatDate, r as formatTime, t as dayOf } from "../../../../../../chunks/format.js";
import { n as sessions_device, t as sessions_unknown_device } from "../../../../../../chunks/sessions_unknown_device.js";
import { t as passkeys_list_title } from "../../../../../../chunks/passkeys_list_title.js";
import { i as data_request_open, n as data_request_declined, r as data_request_completed, t as data_request_answer } from "../../../../../../chunks/data_request_answer.js";
import { t as dreams_title } from "../../../../../../chunks/dreams_title.js";
import { i as supportKindLabel, r as roleLabel, t as areaLabel } from "../../../../../../chunks/labels.js";
import { n as dreams_waiting, r as dreams_with_help, t as dreams_talk_marker } from "../../../../../../chunks/dreams_talk_marker.js";
import { t as dreams_history_entry } from "../../../../../../chunks/dreams_history_entry.js";
import { n as plan_title, t as plan_history_title } from "../../../../../../chunks/plan_history_title.js";
import { t as plan_date_shown } from "../../../../../../chunks/plan_date_shown.js";
import { i as plan_for_dreams, n as plan_steps_none, r as plan_progress_picture, t as plan_step_done } from "../../../../../../chunks/plan_step_done.js";
import { t as Access_log_list } from "../../../../../../chunks/access-log-list.js";
import { n as lifeAreaLabel, r as visibilityLabel, t as dreamChangeLabel } from "../../../../../../chunks/dream-labels.js";
import { t as collab_col_comment } from "../../../../../../chunks/collab_col_comment.js";
import { t as collab_title } from "../../../../../../chunks/collab_title.js";
import { n as progressLabel, r as stepOwnerLabel, t as planChangeSentence } from "../../../../../../chunks/plan-labels.js";
import { t as meetingTypeLabel } from "../../../../../../chunks/meeting-labels.js";
import { t as meetings_title } from "../../../../../../chunks/meetings_title.js";
import { t as meetings_when } from "../../../../../../chunks/meetings_when.js";
import { t as meetings_where } from "../../../../../../chunks/meetings_where.js";
import { t as meetings_who } from "../../../../../../chunks/meetings_who.js";
import { n as meeting_input_from, r as meeting_prepare_title, t as meeting_remember_label } from "../../../../../../chunks/meeting_remember_label.js";
import { n as meeting_summary_title, t as meeting_agreements_title } from "../../../../../../chunks/meeting_agreements_title.js";
import { r as getLocale } from "../../../../../../chunks/runtime.js";
import { n as scoreLabel } from "../../../../../../chunks/rating-labels.js";
import { t as declineLabel } from "../../../../../../chunks/wish-labels.js";
// src/lib/paraglide/messages/print_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Print_TitleInputs */
var da_print_title = (i) => {
	return `Alt, vi har gemt om ${i?.name}`;
};
var en_print_title = (i) => {
	return `Everything we have saved about ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Everything we have saved about {name}" |
*
* @param {Print_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_title(inputs);
	return da_print_title(inputs);
});
// src/lib/paraglide/messages/print_exported.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown>, time: NonNullable<unknown> }} Print_ExportedInputs */
var da_print_exported = (i) => {
	return `Lavet ${i?.date} klokken ${i?.time}.`;
};
var en_print_exported = (i) => {
	return `Made on ${i?.date} at ${i?.time}.`;
};
/**
* | output |
* | --- |
* | "Made on {date} at {time}." |
*
* @param {Print_ExportedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_exported = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_exported(inputs);
	return da_print_exported(inputs);
});
// src/lib/paraglide/messages/print_print.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_PrintInputs */
var da_print_print = () => {
	return `Print siden`;
};
var en_print_print = () => {
	return `Print the page`;
};
/**
* | output |
* | --- |
* | "Print the page" |
*
* @param {Print_PrintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_print = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_print(inputs);
	return da_print_print(inputs);
});
// src/lib/paraglide/messages/print_person.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_PersonInputs */
var da_print_person = () => {
	return `Dig`;
};
var en_print_person = () => {
	return `You`;
};
/**
* | output |
* | --- |
* | "You" |
*
* @param {Print_PersonInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_person = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_person(inputs);
	return da_print_person(inputs);
});
// src/lib/paraglide/messages/print_support.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_SupportInputs */
var da_print_support = () => {
	return `Din støtte`;
};
var en_print_support = () => {
	return `Your support`;
};
/**
* | output |
* | --- |
* | "Your support" |
*
* @param {Print_SupportInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_support = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_support(inputs);
	return da_print_support(inputs);
});
// src/lib/paraglide/messages/print_supporters.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_SupportersInputs */
var da_print_supporters = () => {
	return `Kontaktpersoner og team`;
};
var en_print_supporters = () => {
	return `Contact persons and team`;
};
/**
* | output |
* | --- |
* | "Contact persons and team" |
*
* @param {Print_SupportersInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_supporters = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_supporters(inputs);
	return da_print_supporters(inputs);
});
// src/lib/paraglide/messages/print_helpers.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_HelpersInputs */
var da_print_helpers = () => {
	return `Pårørende og hjælpere`;
};
var en_print_helpers = () => {
	return `Relatives and helpers`;
};
/**
* | output |
* | --- |
* | "Relatives and helpers" |
*
* @param {Print_HelpersInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_helpers = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_helpers(inputs);
	return da_print_helpers(inputs);
});
// src/lib/paraglide/messages/print_login.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_LoginInputs */
var da_print_login = () => {
	return `Sådan logger du ind`;
};
var en_print_login = () => {
	return `How you log in`;
};
/**
* | output |
* | --- |
* | "How you log in" |
*
* @param {Print_LoginInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_login = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_login(inputs);
	return da_print_login(inputs);
});
// src/lib/paraglide/messages/print_password.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_PasswordInputs */
var da_print_password = () => {
	return `Adgangskode`;
};
var en_print_password = () => {
	return `Password`;
};
/**
* | output |
* | --- |
* | "Password" |
*
* @param {Print_PasswordInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_password = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_password(inputs);
	return da_print_password(inputs);
});
// src/lib/paraglide/messages/print_yes.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_YesInputs */
var da_print_yes = () => {
	return `Ja`;
};
var en_print_yes = () => {
	return `Yes`;
};
/**
* | output |
* | --- |
* | "Yes" |
*
* @param {Print_YesInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_yes = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_yes(inputs);
	return da_print_yes(inputs);
});
// src/lib/paraglide/messages/print_no.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_NoInputs */
var da_print_no = () => {
	return `Nej`;
};
var en_print_no = () => {
	return `No`;
};
/**
* | output |
* | --- |
* | "No" |
*
* @param {Print_NoInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_no = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_no(inputs);
	return da_print_no(inputs);
});
// src/lib/paraglide/messages/print_sessions.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_SessionsInputs */
var da_print_sessions = () => {
	return `Telefoner og computere, hvor du er logget ind`;
};
var en_print_sessions = () => {
	return `Phones and computers where you are logged in`;
};
/**
* | output |
* | --- |
* | "Phones and computers where you are logged in" |
*
* @param {Print_SessionsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_sessions = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_sessions(inputs);
	return da_print_sessions(inputs);
});
// src/lib/paraglide/messages/print_log.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_LogInputs */
var da_print_log = () => {
	return `Hvem har set dine oplysninger`;
};
var en_print_log = () => {
	return `Who has seen your information`;
};
/**
* | output |
* | --- |
* | "Who has seen your information" |
*
* @param {Print_LogInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_log = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_log(inputs);
	return da_print_log(inputs);
});
// src/lib/paraglide/messages/print_requests.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_RequestsInputs */
var da_print_requests = () => {
	return `Ønsker om sletning`;
};
var en_print_requests = () => {
	return `Requests for deletion`;
};
/**
* | output |
* | --- |
* | "Requests for deletion" |
*
* @param {Print_RequestsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_requests = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_requests(inputs);
	return da_print_requests(inputs);
});
// src/lib/paraglide/messages/print_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_NoneInputs */
var da_print_none = () => {
	return `Ingen.`;
};
var en_print_none = () => {
	return `None.`;
};
/**
* | output |
* | --- |
* | "None." |
*
* @param {Print_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_none(inputs);
	return da_print_none(inputs);
});
// src/lib/paraglide/messages/print_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_NameInputs */
var da_print_name = () => {
	return `Navn`;
};
var en_print_name = () => {
	return `Name`;
};
/**
* | output |
* | --- |
* | "Name" |
*
* @param {Print_NameInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_name = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_name(inputs);
	return da_print_name(inputs);
});
// src/lib/paraglide/messages/print_login_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Login_NameInputs */
var da_print_login_name = () => {
	return `Brugernavn`;
};
var en_print_login_name = () => {
	return `User name`;
};
/**
* | output |
* | --- |
* | "User name" |
*
* @param {Print_Login_NameInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_login_name = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_login_name(inputs);
	return da_print_login_name(inputs);
});
// src/lib/paraglide/messages/print_unit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_UnitInputs */
var da_print_unit = () => {
	return `Stedet, der støtter dig`;
};
var en_print_unit = () => {
	return `Where you get support`;
};
/**
* | output |
* | --- |
* | "Where you get support" |
*
* @param {Print_UnitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_unit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_unit(inputs);
	return da_print_unit(inputs);
});
// src/lib/paraglide/messages/print_basis.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_BasisInputs */
var da_print_basis = () => {
	return `Slags støtte`;
};
var en_print_basis = () => {
	return `Kind of support`;
};
/**
* | output |
* | --- |
* | "Kind of support" |
*
* @param {Print_BasisInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_basis = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_basis(inputs);
	return da_print_basis(inputs);
});
// src/lib/paraglide/messages/print_status_active.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Status_ActiveInputs */
var da_print_status_active = () => {
	return `Aktiv`;
};
var en_print_status_active = () => {
	return `Active`;
};
/**
* | output |
* | --- |
* | "Active" |
*
* @param {Print_Status_ActiveInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_status_active = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_status_active(inputs);
	return da_print_status_active(inputs);
});
// src/lib/paraglide/messages/print_status_ended.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Status_EndedInputs */
var da_print_status_ended = () => {
	return `Afsluttet`;
};
var en_print_status_ended = () => {
	return `Ended`;
};
/**
* | output |
* | --- |
* | "Ended" |
*
* @param {Print_Status_EndedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_status_ended = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_status_ended(inputs);
	return da_print_status_ended(inputs);
});
// src/lib/paraglide/messages/print_from_to.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ from: NonNullable<unknown>, to: NonNullable<unknown> }} Print_From_ToInputs */
var da_print_from_to = (i) => {
	return `Fra ${i?.from} til ${i?.to}`;
};
var en_print_from_to = (i) => {
	return `From ${i?.from} to ${i?.to}`;
};
/**
* | output |
* | --- |
* | "From {from} to {to}" |
*
* @param {Print_From_ToInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_from_to = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_from_to(inputs);
	return da_print_from_to(inputs);
});
// src/lib/paraglide/messages/print_from.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ from: NonNullable<unknown> }} Print_FromInputs */
var da_print_from = (i) => {
	return `Fra ${i?.from}`;
};
var en_print_from = (i) => {
	return `From ${i?.from}`;
};
/**
* | output |
* | --- |
* | "From {from}" |
*
* @param {Print_FromInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_from = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_from(inputs);
	return da_print_from(inputs);
});
// src/lib/paraglide/messages/print_status.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_StatusInputs */
var da_print_status = () => {
	return `Status`;
};
var en_print_status = () => {
	return `Status`;
};
/**
* | output |
* | --- |
* | "Status" |
*
* @param {Print_StatusInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_status = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_status(inputs);
	return da_print_status(inputs);
});
// src/lib/paraglide/messages/print_created.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_CreatedInputs */
var da_print_created = () => {
	return `Oprettet`;
};
var en_print_created = () => {
	return `Created`;
};
/**
* | output |
* | --- |
* | "Created" |
*
* @param {Print_CreatedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_created = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_created(inputs);
	return da_print_created(inputs);
});
// src/lib/paraglide/messages/print_prompt_dismissed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Print_Prompt_DismissedInputs */
var da_print_prompt_dismissed = (i) => {
	return `Du sagde Ikke nu til Hvordan gik det? den ${i?.date}.`;
};
var en_print_prompt_dismissed = (i) => {
	return `You said Not now to How did it go? on ${i?.date}.`;
};
/**
* | output |
* | --- |
* | "You said Not now to How did it go? on {date}." |
*
* @param {Print_Prompt_DismissedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_prompt_dismissed = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_prompt_dismissed(inputs);
	return da_print_prompt_dismissed(inputs);
});
// src/lib/paraglide/messages/print_helper_suggested.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Helper_SuggestedInputs */
var da_print_helper_suggested = () => {
	return `Et forslag fra medarbejderne. Du har ikke svaret.`;
};
var en_print_helper_suggested = () => {
	return `A suggestion from staff. You have not answered.`;
};
/**
* | output |
* | --- |
* | "A suggestion from staff. You have not answered." |
*
* @param {Print_Helper_SuggestedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_helper_suggested = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_helper_suggested(inputs);
	return da_print_helper_suggested(inputs);
});
// src/lib/paraglide/messages/print_helper_active.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Helper_ActiveInputs */
var da_print_helper_active = () => {
	return `Har adgang nu.`;
};
var en_print_helper_active = () => {
	return `Has access now.`;
};
/**
* | output |
* | --- |
* | "Has access now." |
*
* @param {Print_Helper_ActiveInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_helper_active = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_helper_active(inputs);
	return da_print_helper_active(inputs);
});
// src/lib/paraglide/messages/print_helper_revoked.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Helper_RevokedInputs */
var da_print_helper_revoked = () => {
	return `Har ikke adgang mere.`;
};
var en_print_helper_revoked = () => {
	return `No longer has access.`;
};
/**
* | output |
* | --- |
* | "No longer has access." |
*
* @param {Print_Helper_RevokedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_helper_revoked = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_helper_revoked(inputs);
	return da_print_helper_revoked(inputs);
});
// src/lib/paraglide/messages/print_helper_suggested_by.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Print_Helper_Suggested_ByInputs */
var da_print_helper_suggested_by = (i) => {
	return `Foreslået af ${i?.name}.`;
};
var en_print_helper_suggested_by = (i) => {
	return `Suggested by ${i?.name}.`;
};
/**
* | output |
* | --- |
* | "Suggested by {name}." |
*
* @param {Print_Helper_Suggested_ByInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_helper_suggested_by = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_helper_suggested_by(inputs);
	return da_print_helper_suggested_by(inputs);
});
// src/lib/paraglide/messages/print_helper_accepted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Print_Helper_AcceptedInputs */
var da_print_helper_accepted = (i) => {
	return `Tog imod invitationen ${i?.date}.`;
};
var en_print_helper_accepted = (i) => {
	return `Accepted the invitation on ${i?.date}.`;
};
/**
* | output |
* | --- |
* | "Accepted the invitation on {date}." |
*
* @param {Print_Helper_AcceptedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_helper_accepted = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_helper_accepted(inputs);
	return da_print_helper_accepted(inputs);
});
// src/lib/paraglide/messages/print_link_made.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Print_Link_MadeInputs */
var da_print_link_made = (i) => {
	return `Link lavet ${i?.date}.`;
};
var en_print_link_made = (i) => {
	return `Link made on ${i?.date}.`;
};
/**
* | output |
* | --- |
* | "Link made on {date}." |
*
* @param {Print_Link_MadeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_link_made = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_link_made(inputs);
	return da_print_link_made(inputs);
});
// src/lib/paraglide/messages/print_activation_codes.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Activation_CodesInputs */
var da_print_activation_codes = () => {
	return `Koder fra breve`;
};
var en_print_activation_codes = () => {
	return `Codes from letters`;
};
/**
* | output |
* | --- |
* | "Codes from letters" |
*
* @param {Print_Activation_CodesInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_activation_codes = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_activation_codes(inputs);
	return da_print_activation_codes(inputs);
});
// src/lib/paraglide/messages/print_code_made.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown>, name: NonNullable<unknown> }} Print_Code_MadeInputs */
var da_print_code_made = (i) => {
	return `Kode lavet ${i?.date} af ${i?.name}.`;
};
var en_print_code_made = (i) => {
	return `Code made on ${i?.date} by ${i?.name}.`;
};
/**
* | output |
* | --- |
* | "Code made on {date} by {name}." |
*
* @param {Print_Code_MadeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_code_made = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_code_made(inputs);
	return da_print_code_made(inputs);
});
// src/lib/paraglide/messages/print_used.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Print_UsedInputs */
var da_print_used = (i) => {
	return `Brugt ${i?.date}.`;
};
var en_print_used = (i) => {
	return `Used on ${i?.date}.`;
};
/**
* | output |
* | --- |
* | "Used on {date}." |
*
* @param {Print_UsedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_used = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_used(inputs);
	return da_print_used(inputs);
});
// src/lib/paraglide/messages/print_not_used.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Not_UsedInputs */
var da_print_not_used = () => {
	return `Ikke brugt.`;
};
var en_print_not_used = () => {
	return `Not used.`;
};
/**
* | output |
* | --- |
* | "Not used." |
*
* @param {Print_Not_UsedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_not_used = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_not_used(inputs);
	return da_print_not_used(inputs);
});
// src/lib/paraglide/messages/print_deleted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Print_DeletedInputs */
var da_print_deleted = (i) => {
	return `Slettet ${i?.date}. Vi gemmer det stadig.`;
};
var en_print_deleted = (i) => {
	return `Deleted on ${i?.date}. We still keep it.`;
};
/**
* | output |
* | --- |
* | "Deleted on {date}. We still keep it." |
*
* @param {Print_DeletedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_deleted = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_deleted(inputs);
	return da_print_deleted(inputs);
});
// src/lib/paraglide/messages/print_dream_area.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ area: NonNullable<unknown> }} Print_Dream_AreaInputs */
var da_print_dream_area = (i) => {
	return `Handler om: ${i?.area}`;
};
var en_print_dream_area = (i) => {
	return `About: ${i?.area}`;
};
/**
* | output |
* | --- |
* | "About: {area}" |
*
* @param {Print_Dream_AreaInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_dream_area = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_dream_area(inputs);
	return da_print_dream_area(inputs);
});
// src/lib/paraglide/messages/print_dream_visibility.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ who: NonNullable<unknown> }} Print_Dream_VisibilityInputs */
var da_print_dream_visibility = (i) => {
	return `Må ses af: ${i?.who}`;
};
var en_print_dream_visibility = (i) => {
	return `Can be seen by: ${i?.who}`;
};
/**
* | output |
* | --- |
* | "Can be seen by: {who}" |
*
* @param {Print_Dream_VisibilityInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_dream_visibility = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_dream_visibility(inputs);
	return da_print_dream_visibility(inputs);
});
// src/lib/paraglide/messages/print_dream_versions.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Dream_VersionsInputs */
var da_print_dream_versions = () => {
	return `Alle udgaver`;
};
var en_print_dream_versions = () => {
	return `Every version`;
};
/**
* | output |
* | --- |
* | "Every version" |
*
* @param {Print_Dream_VersionsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_dream_versions = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_dream_versions(inputs);
	return da_print_dream_versions(inputs);
});
// src/lib/paraglide/messages/print_goal_steps.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Goal_StepsInputs */
var da_print_goal_steps = () => {
	return `Skridt`;
};
var en_print_goal_steps = () => {
	return `Steps`;
};
/**
* | output |
* | --- |
* | "Steps" |
*
* @param {Print_Goal_StepsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_goal_steps = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_goal_steps(inputs);
	return da_print_goal_steps(inputs);
});
// src/lib/paraglide/messages/print_meeting_cancelled.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Meeting_CancelledInputs */
var da_print_meeting_cancelled = () => {
	return `Mødet blev aflyst.`;
};
var en_print_meeting_cancelled = () => {
	return `The meeting was cancelled.`;
};
/**
* | output |
* | --- |
* | "The meeting was cancelled." |
*
* @param {Print_Meeting_CancelledInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_meeting_cancelled = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_meeting_cancelled(inputs);
	return da_print_meeting_cancelled(inputs);
});
// src/lib/paraglide/messages/print_meeting_brings.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ who: NonNullable<unknown> }} Print_Meeting_BringsInputs */
var da_print_meeting_brings = (i) => {
	return `Du tager med: ${i?.who}`;
};
var en_print_meeting_brings = (i) => {
	return `You bring: ${i?.who}`;
};
/**
* | output |
* | --- |
* | "You bring: {who}" |
*
* @param {Print_Meeting_BringsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_meeting_brings = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_meeting_brings(inputs);
	return da_print_meeting_brings(inputs);
});
// src/lib/paraglide/messages/print_read_marks.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Read_MarksInputs */
var da_print_read_marks = () => {
	return `Det har medarbejderne læst før mødet`;
};
var en_print_read_marks = () => {
	return `What staff read before the meeting`;
};
/**
* | output |
* | --- |
* | "What staff read before the meeting" |
*
* @param {Print_Read_MarksInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_read_marks = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_read_marks(inputs);
	return da_print_read_marks(inputs);
});
// src/lib/paraglide/messages/print_read_mark.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, what: NonNullable<unknown>, date: NonNullable<unknown>, time: NonNullable<unknown> }} Print_Read_MarkInputs */
var da_print_read_mark = (i) => {
	return `${i?.name} læste ${i?.what} ${i?.date} klokken ${i?.time}.`;
};
var en_print_read_mark = (i) => {
	return `${i?.name} read ${i?.what} on ${i?.date} at ${i?.time}.`;
};
/**
* | output |
* | --- |
* | "{name} read {what} on {date} at {time}." |
*
* @param {Print_Read_MarkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_read_mark = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_read_mark(inputs);
	return da_print_read_mark(inputs);
});
// src/lib/paraglide/messages/print_read_topic.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Read_TopicInputs */
var da_print_read_topic = () => {
	return `et emne`;
};
var en_print_read_topic = () => {
	return `a topic`;
};
/**
* | output |
* | --- |
* | "a topic" |
*
* @param {Print_Read_TopicInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_read_topic = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_read_topic(inputs);
	return da_print_read_topic(inputs);
});
// src/lib/paraglide/messages/print_read_dream.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Read_DreamInputs */
var da_print_read_dream = () => {
	return `en drøm`;
};
var en_print_read_dream = () => {
	return `a dream`;
};
/**
* | output |
* | --- |
* | "a dream" |
*
* @param {Print_Read_DreamInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_read_dream = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_read_dream(inputs);
	return da_print_read_dream(inputs);
});
// src/lib/paraglide/messages/print_read_plan.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Read_PlanInputs */
var da_print_read_plan = () => {
	return `en ændring i planen`;
};
var en_print_read_plan = () => {
	return `a change to the plan`;
};
/**
* | output |
* | --- |
* | "a change to the plan" |
*
* @param {Print_Read_PlanInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_read_plan = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_read_plan(inputs);
	return da_print_read_plan(inputs);
});
// src/lib/paraglide/messages/print_read_rating.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Read_RatingInputs */
var da_print_read_rating = () => {
	return `et svar om samarbejdet`;
};
var en_print_read_rating = () => {
	return `an answer about how it is going`;
};
/**
* | output |
* | --- |
* | "an answer about how it is going" |
*
* @param {Print_Read_RatingInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_read_rating = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_read_rating(inputs);
	return da_print_read_rating(inputs);
});
// src/lib/paraglide/messages/print_read_input.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Read_InputInputs */
var da_print_read_input = () => {
	return `det, en pårørende skrev`;
};
var en_print_read_input = () => {
	return `what a relative wrote`;
};
/**
* | output |
* | --- |
* | "what a relative wrote" |
*
* @param {Print_Read_InputInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_read_input = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_read_input(inputs);
	return da_print_read_input(inputs);
});
// src/lib/paraglide/messages/print_read_other.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Read_OtherInputs */
var da_print_read_other = () => {
	return `noget`;
};
var en_print_read_other = () => {
	return `something`;
};
/**
* | output |
* | --- |
* | "something" |
*
* @param {Print_Read_OtherInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_read_other = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_read_other(inputs);
	return da_print_read_other(inputs);
});
// src/lib/paraglide/messages/print_visits.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_VisitsInputs */
var da_print_visits = () => {
	return `Besøg`;
};
var en_print_visits = () => {
	return `Visits`;
};
/**
* | output |
* | --- |
* | "Visits" |
*
* @param {Print_VisitsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_visits = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_visits(inputs);
	return da_print_visits(inputs);
});
// src/lib/paraglide/messages/print_visit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, date: NonNullable<unknown>, time: NonNullable<unknown> }} Print_VisitInputs */
var da_print_visit = (i) => {
	return `${i?.name} var på besøg ${i?.date} klokken ${i?.time}.`;
};
var en_print_visit = (i) => {
	return `${i?.name} visited on ${i?.date} at ${i?.time}.`;
};
/**
* | output |
* | --- |
* | "{name} visited on {date} at {time}." |
*
* @param {Print_VisitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_visit = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_visit(inputs);
	return da_print_visit(inputs);
});
// src/lib/paraglide/messages/print_rating_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown>, time: NonNullable<unknown> }} Print_Rating_TitleInputs */
var da_print_rating_title = (i) => {
	return `Dit svar ${i?.date} klokken ${i?.time}`;
};
var en_print_rating_title = (i) => {
	return `Your answer on ${i?.date} at ${i?.time}`;
};
/**
* | output |
* | --- |
* | "Your answer on {date} at {time}" |
*
* @param {Print_Rating_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_rating_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_rating_title(inputs);
	return da_print_rating_title(inputs);
});
// src/lib/paraglide/messages/print_rating_visit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Rating_VisitInputs */
var da_print_rating_visit = () => {
	return `Svar efter et besøg.`;
};
var en_print_rating_visit = () => {
	return `An answer after a visit.`;
};
/**
* | output |
* | --- |
* | "An answer after a visit." |
*
* @param {Print_Rating_VisitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_rating_visit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_rating_visit(inputs);
	return da_print_rating_visit(inputs);
});
// src/lib/paraglide/messages/print_rating_about.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ names: NonNullable<unknown> }} Print_Rating_AboutInputs */
var da_print_rating_about = (i) => {
	return `Om: ${i?.names}`;
};
var en_print_rating_about = (i) => {
	return `About: ${i?.names}`;
};
/**
* | output |
* | --- |
* | "About: {names}" |
*
* @param {Print_Rating_AboutInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_rating_about = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_rating_about(inputs);
	return da_print_rating_about(inputs);
});
// src/lib/paraglide/messages/print_rating_low.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Rating_LowInputs */
var da_print_rating_low = () => {
	return `Svaret var lavt. Medarbejderne fik besked.`;
};
var en_print_rating_low = () => {
	return `The answer was low. Staff were told.`;
};
/**
* | output |
* | --- |
* | "The answer was low. Staff were told." |
*
* @param {Print_Rating_LowInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_rating_low = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_rating_low(inputs);
	return da_print_rating_low(inputs);
});
// src/lib/paraglide/messages/print_rating_falling.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Rating_FallingInputs */
var da_print_rating_falling = () => {
	return `Svaret var lavere end før. Medarbejderne fik besked.`;
};
var en_print_rating_falling = () => {
	return `The answer was lower than before. Staff were told.`;
};
/**
* | output |
* | --- |
* | "The answer was lower than before. Staff were told." |
*
* @param {Print_Rating_FallingInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_rating_falling = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_rating_falling(inputs);
	return da_print_rating_falling(inputs);
});
// src/lib/paraglide/messages/print_wishes.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_WishesInputs */
var da_print_wishes = () => {
	return `Dine ønsker om kontaktperson`;
};
var en_print_wishes = () => {
	return `Your wishes for a contact person`;
};
/**
* | output |
* | --- |
* | "Your wishes for a contact person" |
*
* @param {Print_WishesInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_wishes = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_wishes(inputs);
	return da_print_wishes(inputs);
});
// src/lib/paraglide/messages/print_wish_one.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Print_Wish_OneInputs */
var da_print_wish_one = (i) => {
	return `Du ønskede én kontaktperson ${i?.date}.`;
};
var en_print_wish_one = (i) => {
	return `You wished for one contact person on ${i?.date}.`;
};
/**
* | output |
* | --- |
* | "You wished for one contact person on {date}." |
*
* @param {Print_Wish_OneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_wish_one = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_wish_one(inputs);
	return da_print_wish_one(inputs);
});
// src/lib/paraglide/messages/print_wish_team.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Print_Wish_TeamInputs */
var da_print_wish_team = (i) => {
	return `Du ønskede et team ${i?.date}.`;
};
var en_print_wish_team = (i) => {
	return `You wished for a team on ${i?.date}.`;
};
/**
* | output |
* | --- |
* | "You wished for a team on {date}." |
*
* @param {Print_Wish_TeamInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_wish_team = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_wish_team(inputs);
	return da_print_wish_team(inputs);
});
// src/lib/paraglide/messages/print_wish_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ reason: NonNullable<unknown> }} Print_Wish_ReasonInputs */
var da_print_wish_reason = (i) => {
	return `Hvorfor: ${i?.reason}`;
};
var en_print_wish_reason = (i) => {
	return `Why: ${i?.reason}`;
};
/**
* | output |
* | --- |
* | "Why: {reason}" |
*
* @param {Print_Wish_ReasonInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_wish_reason = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_wish_reason(inputs);
	return da_print_wish_reason(inputs);
});
// src/lib/paraglide/messages/print_wish_answered.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, date: NonNullable<unknown> }} Print_Wish_AnsweredInputs */
var da_print_wish_answered = (i) => {
	return `Svar fra ${i?.name} ${i?.date}.`;
};
var en_print_wish_answered = (i) => {
	return `Answer from ${i?.name} on ${i?.date}.`;
};
/**
* | output |
* | --- |
* | "Answer from {name} on {date}." |
*
* @param {Print_Wish_AnsweredInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_wish_answered = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_wish_answered(inputs);
	return da_print_wish_answered(inputs);
});
// src/lib/paraglide/messages/print_wish_over_capacity.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Wish_Over_CapacityInputs */
var da_print_wish_over_capacity = () => {
	return `Lederen sagde ja, selv om der ikke var plads.`;
};
var en_print_wish_over_capacity = () => {
	return `The leader said yes although there was no room.`;
};
/**
* | output |
* | --- |
* | "The leader said yes although there was no room." |
*
* @param {Print_Wish_Over_CapacityInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_wish_over_capacity = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_wish_over_capacity(inputs);
	return da_print_wish_over_capacity(inputs);
});
// src/lib/paraglide/messages/print_suggestions.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_SuggestionsInputs */
var da_print_suggestions = () => {
	return `Forslag fra medarbejderne`;
};
var en_print_suggestions = () => {
	return `Suggestions from staff`;
};
/**
* | output |
* | --- |
* | "Suggestions from staff" |
*
* @param {Print_SuggestionsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_suggestions = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_suggestions(inputs);
	return da_print_suggestions(inputs);
});
// src/lib/paraglide/messages/print_suggestion_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Suggestion_OpenInputs */
var da_print_suggestion_open = () => {
	return `Du har ikke svaret.`;
};
var en_print_suggestion_open = () => {
	return `You have not answered.`;
};
/**
* | output |
* | --- |
* | "You have not answered." |
*
* @param {Print_Suggestion_OpenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_suggestion_open = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_suggestion_open(inputs);
	return da_print_suggestion_open(inputs);
});
// src/lib/paraglide/messages/print_suggestion_accepted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Suggestion_AcceptedInputs */
var da_print_suggestion_accepted = () => {
	return `Du sagde ja.`;
};
var en_print_suggestion_accepted = () => {
	return `You said yes.`;
};
/**
* | output |
* | --- |
* | "You said yes." |
*
* @param {Print_Suggestion_AcceptedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_suggestion_accepted = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_suggestion_accepted(inputs);
	return da_print_suggestion_accepted(inputs);
});
// src/lib/paraglide/messages/print_suggestion_ignored.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Suggestion_IgnoredInputs */
var da_print_suggestion_ignored = () => {
	return `Du sagde nej tak.`;
};
var en_print_suggestion_ignored = () => {
	return `You said no thank you.`;
};
/**
* | output |
* | --- |
* | "You said no thank you." |
*
* @param {Print_Suggestion_IgnoredInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_suggestion_ignored = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_suggestion_ignored(inputs);
	return da_print_suggestion_ignored(inputs);
});
// src/lib/paraglide/messages/meeting_no_summary.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_No_SummaryInputs */
var da_meeting_no_summary = () => {
	return `Der er ikke skrevet noget om mødet endnu.`;
};
var en_meeting_no_summary = () => {
	return `Nothing has been written about the meeting yet.`;
};
/**
* | output |
* | --- |
* | "Nothing has been written about the meeting yet." |
*
* @param {Meeting_No_SummaryInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_no_summary = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_no_summary(inputs);
	return da_meeting_no_summary(inputs);
});
// src/lib/components/my-data/when.ts
/** Date and time of an ISO timestamp as the message parameters the print page uses. */
var at = (iso) => ({
	date: formatDate(dayOf(iso)),
	time: formatTime(iso)
});
/** The date alone of an ISO timestamp. */
var dayText = (iso) => formatDate(dayOf(iso));
// src/lib/components/my-data/dreams-section.svelte
function Dreams_section($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { dreams } = $$props;
		$$renderer.push(`<h2>${escape_html(dreams_title())}</h2> `);
		if (dreams.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(print_none())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array = ensure_array_like(dreams);
		for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
			let dream = each_array[$$index_1];
			$$renderer.push(`<article class="card"${attr("aria-labelledby", `dream-${stringify(dream.id)}`)}><h3${attr("id", `dream-${stringify(dream.id)}`)}>${escape_html(dream.text)}</h3> <ul><li>${escape_html(print_dream_area({ area: lifeAreaLabel(dream.lifeArea) }))}</li> <li>${escape_html(print_dream_visibility({ who: visibilityLabel(dream.visibility) }))}</li> `);
			if (dream.talkAtNextMeeting) $$renderer.push(`<!--[0--><li>${escape_html(dreams_talk_marker())}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (dream.writtenWithHelpBy) $$renderer.push(`<!--[0--><li>${escape_html(dreams_with_help({ name: dream.writtenWithHelpBy }))}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (dream.writtenWithHelpBy && !dream.confirmedAt) $$renderer.push(`<!--[0--><li>${escape_html(dreams_waiting())}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (dream.deletedAt) $$renderer.push(`<!--[0--><li>${escape_html(print_deleted({ date: dayText(dream.deletedAt) }))}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></ul> <h4>${escape_html(print_dream_versions())}</h4> <ol><!--[-->`);
			const each_array_1 = ensure_array_like(dream.versions);
			for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
				let version = each_array_1[$$index];
				$$renderer.push(`<li>${escape_html(dreams_history_entry({
					change: dreamChangeLabel(version.change),
					...at(version.changedAt),
					name: version.changedBy ?? "–"
				}))}:
					${escape_html(version.text)}</li>`);
			}
			$$renderer.push(`<!--]--></ol></article>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
// src/lib/components/my-data/plan-section.svelte
function Plan_section($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { plan, dreams } = $$props;
		const dreamText = (id) => dreams.find((d) => d.id === id)?.text ?? "";
		$$renderer.push(`<h2>${escape_html(plan_title())}</h2> `);
		if (plan.planDate) $$renderer.push(`<!--[0--><p>${escape_html(plan_date_shown({ date: formatDate(plan.planDate) }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (plan.goals.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(print_none())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array = ensure_array_like(plan.goals);
		for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
			let goal = each_array[$$index_1];
			$$renderer.push(`<article class="card"${attr("aria-labelledby", `goal-${stringify(goal.id)}`)}><h3${attr("id", `goal-${stringify(goal.id)}`)}>${escape_html(goal.text)}</h3> <ul><li>${escape_html(plan_progress_picture({ step: progressLabel(goal.progress) }))}</li> `);
			if (goal.dreamIds.length > 0) $$renderer.push(`<!--[0--><li>${escape_html(plan_for_dreams({ dreams: goal.dreamIds.map(dreamText).join(", ") }))}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (goal.deletedAt) $$renderer.push(`<!--[0--><li>${escape_html(print_deleted({ date: dayText(goal.deletedAt) }))}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></ul> <h4>${escape_html(print_goal_steps())}</h4> `);
			if (goal.steps.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(plan_steps_none())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <ul><!--[-->`);
			const each_array_1 = ensure_array_like(goal.steps);
			for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
				let step = each_array_1[$$index];
				$$renderer.push(`<li>${escape_html(step.text)} – ${escape_html(stepOwnerLabel(step.owner))}${escape_html(step.isDone ? ` – ${plan_step_done()}` : "")}</li>`);
			}
			$$renderer.push(`<!--]--></ul></article>`);
		}
		$$renderer.push(`<!--]--> `);
		if (plan.history.length > 0) {
			$$renderer.push(`<!--[0--><h3>${escape_html(plan_history_title())}</h3> <ol class="log-list"><!--[-->`);
			const each_array_2 = ensure_array_like(plan.history);
			for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
				let entry = each_array_2[$$index_2];
				$$renderer.push(`<li>${escape_html(meetings_when(at(entry.at)))}: ${escape_html(planChangeSentence(entry.kind, entry.changedBy ?? "–", entry.summary))}</li>`);
			}
			$$renderer.push(`<!--]--></ol>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
// src/lib/components/my-data/meetings-section.svelte
function Meetings_section($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { meetings } = $$props;
		/** A read mark's key names the kind of item: `topic:<id>`, `dream:<id>:<version>` … */
		const itemWords = {
			topic: print_read_topic,
			dream: print_read_dream,
			plan: print_read_plan,
			rating: print_read_rating,
			input: print_read_input
		};
		const itemLabel = (item) => (itemWords[item.split(":")[0] ?? ""] ?? print_read_other)();
		$$renderer.push(`<h2>${escape_html(meetings_title())}</h2> `);
		if (meetings.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(print_none())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array = ensure_array_like(meetings);
		for (let $$index_5 = 0, $$length = each_array.length; $$index_5 < $$length; $$index_5++) {
			let meeting = each_array[$$index_5];
			const topics = meeting.notes.filter((n) => n.kind === "topic");
			const inputs = meeting.notes.filter((n) => n.kind === "input");
			const remembered = meeting.notes.filter((n) => n.kind === "remembers_differently");
			$$renderer.push(`<article class="card"${attr("aria-labelledby", `meeting-${stringify(meeting.id)}`)}><h3${attr("id", `meeting-${stringify(meeting.id)}`)}>${escape_html(meetingTypeLabel(meeting.type))}: ${escape_html(meetings_when(at(meeting.startsAt)))}</h3> <ul><li>${escape_html(meetings_where({ place: meeting.place }))}</li> `);
			if (meeting.participants.length > 0) $$renderer.push(`<!--[0--><li>${escape_html(meetings_who({ names: meeting.participants.join(", ") }))}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (meeting.citizenBrings) $$renderer.push(`<!--[0--><li>${escape_html(print_meeting_brings({ who: meeting.citizenBrings }))}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (meeting.cancelledAt) $$renderer.push(`<!--[0--><li>${escape_html(print_meeting_cancelled())}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></ul> `);
			if (topics.length > 0) {
				$$renderer.push(`<!--[0--><h4>${escape_html(meeting_prepare_title())}</h4> <ul><!--[-->`);
				const each_array_1 = ensure_array_like(topics);
				for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
					let note = each_array_1[$$index];
					$$renderer.push(`<li>${escape_html(note.text)}</li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <!--[-->`);
			const each_array_2 = ensure_array_like(inputs);
			for (let $$index_1 = 0, $$length = each_array_2.length; $$index_1 < $$length; $$index_1++) {
				let note = each_array_2[$$index_1];
				$$renderer.push(`<h4>${escape_html(meeting_input_from({ name: note.author ?? "–" }))}</h4> <p>${escape_html(note.text)}</p>`);
			}
			$$renderer.push(`<!--]--> <h4>${escape_html(meeting_summary_title())}</h4> <p>${escape_html(meeting.summary || meeting_no_summary())}</p> `);
			if (meeting.agreements.length > 0) {
				$$renderer.push(`<!--[0--><h4>${escape_html(meeting_agreements_title())}</h4> <ol><!--[-->`);
				const each_array_3 = ensure_array_like(meeting.agreements);
				for (let $$index_2 = 0, $$length = each_array_3.length; $$index_2 < $$length; $$index_2++) {
					let agreement = each_array_3[$$index_2];
					$$renderer.push(`<li>${escape_html(agreement.text)}</li>`);
				}
				$$renderer.push(`<!--]--></ol>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (remembered.length > 0) {
				$$renderer.push(`<!--[0--><h4>${escape_html(meeting_remember_label())}</h4> <ul><!--[-->`);
				const each_array_4 = ensure_array_like(remembered);
				for (let $$index_3 = 0, $$length = each_array_4.length; $$index_3 < $$length; $$index_3++) {
					let note = each_array_4[$$index_3];
					$$renderer.push(`<li>${escape_html(note.text)}</li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (meeting.readMarks.length > 0) {
				$$renderer.push(`<!--[0--><h4>${escape_html(print_read_marks())}</h4> <ul><!--[-->`);
				const each_array_5 = ensure_array_like(meeting.readMarks);
				for (let $$index_4 = 0, $$length = each_array_5.length; $$index_4 < $$length; $$index_4++) {
					let mark = each_array_5[$$index_4];
					$$renderer.push(`<li>${escape_html(print_read_mark({
						name: mark.readBy ?? "–",
						what: itemLabel(mark.item),
						...at(mark.readAt)
					}))}</li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></article>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
// src/lib/components/my-data/ratings-section.svelte
function Ratings_section($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { visits, ratings, promptDismissedAt } = $$props;
		$$renderer.push(`<h2>${escape_html(collab_title())}</h2> `);
		if (ratings.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(print_none())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array = ensure_array_like(ratings);
		for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
			let rating = each_array[$$index_1];
			$$renderer.push(`<article class="card"${attr("aria-labelledby", `rating-${stringify(rating.id)}`)}><h3${attr("id", `rating-${stringify(rating.id)}`)}>${escape_html(print_rating_title(at(rating.createdAt)))}</h3> <dl class="facts"><!--[-->`);
			const each_array_1 = ensure_array_like(rating.answers);
			for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
				let answer = each_array_1[$$index];
				$$renderer.push(`<dt>${escape_html(getLocale() === "da" ? answer.question.da : answer.question.en)}</dt> <dd>${escape_html(scoreLabel(answer.score))}</dd>`);
			}
			$$renderer.push(`<!--]--> `);
			if (rating.comment) $$renderer.push(`<!--[0--><dt>${escape_html(collab_col_comment())}</dt><dd>${escape_html(rating.comment)}</dd>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></dl> <ul>`);
			if (rating.about.length > 0) $$renderer.push(`<!--[0--><li>${escape_html(print_rating_about({ names: rating.about.join(", ") }))}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (rating.visitId) $$renderer.push(`<!--[0--><li>${escape_html(print_rating_visit())}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (rating.isLow) $$renderer.push(`<!--[0--><li>${escape_html(print_rating_low())}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (rating.isFalling) $$renderer.push(`<!--[0--><li>${escape_html(print_rating_falling())}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></ul></article>`);
		}
		$$renderer.push(`<!--]--> `);
		if (promptDismissedAt) $$renderer.push(`<!--[0--><p>${escape_html(print_prompt_dismissed({ date: dayText(promptDismissedAt) }))}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <h2>${escape_html(print_visits())}</h2> `);
		if (visits.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(print_none())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <ul><!--[-->`);
		const each_array_2 = ensure_array_like(visits);
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let visit = each_array_2[$$index_2];
			$$renderer.push(`<li>${escape_html(print_visit({
				name: visit.worker ?? "–",
				...at(visit.doneAt)
			}))}</li>`);
		}
		$$renderer.push(`<!--]--></ul>`);
	});
}
// src/lib/components/my-data/wishes-section.svelte
function Wishes_section($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { wishes, suggestions } = $$props;
		const suggestionWords = {
			open: print_suggestion_open,
			accepted: print_suggestion_accepted,
			ignored: print_suggestion_ignored
		};
		$$renderer.push(`<h2>${escape_html(print_wishes())}</h2> `);
		if (wishes.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(print_none())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array = ensure_array_like(wishes);
		for (let $$index_1 = 0, $$length = each_array.length; $$index_1 < $$length; $$index_1++) {
			let wish = each_array[$$index_1];
			$$renderer.push(`<article class="card"${attr("aria-labelledby", `wish-${stringify(wish.id)}`)}><h3${attr("id", `wish-${stringify(wish.id)}`)}>${escape_html((wish.kind === "one" ? print_wish_one : print_wish_team)({ date: dayText(wish.createdAt) }))}</h3> <ul><!--[-->`);
			const each_array_1 = ensure_array_like(wish.members);
			for (let $$index = 0, $$length = each_array_1.length; $$index < $$length; $$index++) {
				let member = each_array_1[$$index];
				$$renderer.push(`<li>${escape_html(member.name)}: ${escape_html(roleLabel(member.role))}${escape_html(member.isMain && wish.kind === "team" ? ` (${role_main()})` : "")}</li>`);
			}
			$$renderer.push(`<!--]--></ul> `);
			if (wish.reason) $$renderer.push(`<!--[0--><p>${escape_html(print_wish_reason({ reason: wish.reason }))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (wish.writtenWithHelpBy) $$renderer.push(`<!--[0--><p>${escape_html(cp_wish_with_help({ name: wish.writtenWithHelpBy }))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (wish.status === "open") $$renderer.push(`<!--[0--><p>${escape_html(cp_wish_open())}</p>`);
			else if (wish.status === "approved") {
				$$renderer.push(`<!--[1--><p>${escape_html(cp_wish_approved())} `);
				if (wish.startDate) $$renderer.push(`<!--[0-->${escape_html(cp_wish_start({ date: formatDate(wish.startDate) }))}`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></p> `);
				if (wish.isOverCapacityConfirmed) $$renderer.push(`<!--[0--><p>${escape_html(print_wish_over_capacity())}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			} else if (wish.status === "declined") {
				$$renderer.push(`<!--[2--><p>${escape_html(cp_wish_declined())}</p> <p>${escape_html(cp_wish_why())} ${escape_html(wish.declineReason ? declineLabel(wish.declineReason) : "")} ${escape_html(wish.declineText)}</p> `);
				if (wish.insteadText) $$renderer.push(`<!--[0--><p>${escape_html(cp_wish_instead())} ${escape_html(wish.insteadText)}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			} else $$renderer.push(`<!--[-1--><p>${escape_html(cp_wish_withdrawn())}</p>`);
			$$renderer.push(`<!--]--> `);
			if (wish.answeredAt) $$renderer.push(`<!--[0--><p>${escape_html(print_wish_answered({
				name: wish.answeredBy ?? "–",
				date: dayText(wish.answeredAt)
			}))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></article>`);
		}
		$$renderer.push(`<!--]--> <h3>${escape_html(print_suggestions())}</h3> `);
		if (suggestions.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(print_none())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <ul><!--[-->`);
		const each_array_2 = ensure_array_like(suggestions);
		for (let $$index_2 = 0, $$length = each_array_2.length; $$index_2 < $$length; $$index_2++) {
			let suggestion = each_array_2[$$index_2];
			$$renderer.push(`<li>${escape_html(dayText(suggestion.createdAt))}: ${escape_html(cp_suggestion({
				from: suggestion.from ?? "–",
				name: suggestion.suggested ?? "–"
			}))}
			${escape_html(suggestion.text)}
			${escape_html(suggestionWords[suggestion.status]())}</li>`);
		}
		$$renderer.push(`<!--]--></ul>`);
	});
}
// src/routes/(citizen)/me/data/print/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const d = derived(() => data.data);
		const logEntries = derived(() => d().accessLog.map((e, id) => ({
			...e,
			id,
			actorId: "",
			actorName: e.who
		})));
		const requestText = {
			open: data_request_open,
			completed: data_request_completed,
			declined: data_request_declined
		};
		const helperStatus = {
			suggested: print_helper_suggested,
			invited: helpers_status_invited,
			active: print_helper_active,
			revoked: print_helper_revoked
		};
		const used = (usedAt) => usedAt ? print_used({ date: dayText(usedAt) }) : print_not_used();
		head("djvztk", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(print_title({ name: d().person.name }))} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(print_title({ name: d().person.name }))}</h1> <p>${escape_html(print_exported({
			date: dayText(d().exportedAt),
			time: formatTime(d().exportedAt)
		}))}</p> <p class="no-print"><button type="button" class="button button--secondary">`);
		Icon($$renderer, {
			name: "file-down",
			size: 24
		});
		$$renderer.push(`<!---->${escape_html(print_print())}</button></p> <h2>${escape_html(print_person())}</h2> <dl class="facts"><dt>${escape_html(print_name())}</dt><dd>${escape_html(d().person.name)}</dd> <dt>${escape_html(print_login_name())}</dt><dd>${escape_html(d().person.loginName ?? "–")}</dd> `);
		if (d().person.createdAt) $$renderer.push(`<!--[0--><dt>${escape_html(print_created())}</dt><dd>${escape_html(dayText(d().person.createdAt))}</dd>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></dl> <h2>${escape_html(print_support())}</h2> <dl class="facts"><dt>${escape_html(print_unit())}</dt><dd>${escape_html(d().citizen.unit)}</dd> <dt>${escape_html(staff_col_hours())}</dt><dd>${escape_html(hours_band({ band: d().citizen.hoursBand.replace("-", "–") }))}</dd> <dt>${escape_html(print_basis())}</dt><dd>${escape_html(supportKindLabel(d().citizen.legalBasis))}</dd> <dt>${escape_html(staff_col_start())}</dt><dd>${escape_html(formatDate(d().citizen.startDate))}</dd> <dt>${escape_html(print_status())}</dt><dd>${escape_html(d().citizen.status === "active" ? print_status_active() : print_status_ended())}</dd></dl> <h2>${escape_html(print_supporters())}</h2> <ul><!--[-->`);
		const each_array = ensure_array_like(d().supporters);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let s = each_array[$$index];
			$$renderer.push(`<li>${escape_html(s.name)}, ${escape_html(roleLabel(s.role))}${escape_html(s.isTemporary ? ` (${role_temporary()})` : "")}:
			${escape_html(s.toDate ? print_from_to({
				from: formatDate(s.fromDate),
				to: formatDate(s.toDate)
			}) : print_from({ from: formatDate(s.fromDate) }))}</li>`);
		}
		$$renderer.push(`<!--]--></ul> `);
		Wishes_section($$renderer, {
			wishes: d().contactWishes,
			suggestions: d().contactSuggestions
		});
		$$renderer.push(`<!----> `);
		Dreams_section($$renderer, { dreams: d().dreams });
		$$renderer.push(`<!----> `);
		Plan_section($$renderer, {
			plan: d().plan,
			dreams: d().dreams
		});
		$$renderer.push(`<!----> `);
		Meetings_section($$renderer, { meetings: d().meetings });
		$$renderer.push(`<!----> `);
		Ratings_section($$renderer, {
			visits: d().visits,
			ratings: d().ratings,
			promptDismissedAt: d().citizen.ratingPromptDismissedAt
		});
		$$renderer.push(`<!----> <h2>${escape_html(print_helpers())}</h2> `);
		if (d().helpers.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(print_none())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array_1 = ensure_array_like(d().helpers);
		for (let $$index_2 = 0, $$length = each_array_1.length; $$index_2 < $$length; $$index_2++) {
			let h = each_array_1[$$index_2];
			$$renderer.push(`<article class="card"${attr("aria-labelledby", `helper-${stringify(h.id)}`)}><h3${attr("id", `helper-${stringify(h.id)}`)}>${escape_html(h.name)} (${escape_html(h.kind === "guide" ? helpers_kind_guide() : helpers_kind_relative())})</h3> <ul><li>${escape_html(helperStatus[h.status]())}</li> <li>${escape_html(helpers_may_see())} ${escape_html(h.areas.map(areaLabel).join(", "))}</li> `);
			if (h.canWriteInput) $$renderer.push(`<!--[0--><li>${escape_html(helpers_may_write())}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (h.endsOn) $$renderer.push(`<!--[0--><li>${escape_html(helpers_ends({ date: formatDate(h.endsOn) }))}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (h.suggestedBy) $$renderer.push(`<!--[0--><li>${escape_html(print_helper_suggested_by({ name: h.suggestedBy }))}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (h.acceptedAt) $$renderer.push(`<!--[0--><li>${escape_html(print_helper_accepted({ date: dayText(h.acceptedAt) }))}</li>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <li>${escape_html(h.lastSeenAt ? helpers_last_seen(at(h.lastSeenAt)) : helpers_never_seen())}</li> <!--[-->`);
			const each_array_2 = ensure_array_like(h.invitations);
			for (let i = 0, $$length = each_array_2.length; i < $$length; i++) {
				let link = each_array_2[i];
				$$renderer.push(`<li>${escape_html(print_link_made({ date: dayText(link.createdAt) }))} ${escape_html(used(link.usedAt))}</li>`);
			}
			$$renderer.push(`<!--]--></ul></article>`);
		}
		$$renderer.push(`<!--]--> <h2>${escape_html(print_login())}</h2> <dl class="facts"><dt>${escape_html(print_password())}</dt><dd>${escape_html(d().login.hasPassword ? print_yes() : print_no())}</dd> <dt>${escape_html(passkeys_list_title())}</dt><dd>${escape_html(d().login.passkeys.map((p) => p.name).join(", ") || print_none())}</dd> <dt>${escape_html(print_activation_codes())}</dt> <dd>`);
		const each_array_3 = ensure_array_like(d().login.activationCodes);
		if (each_array_3.length !== 0) {
			$$renderer.push("<!--[-->");
			for (let i = 0, $$length = each_array_3.length; i < $$length; i++) {
				let code = each_array_3[i];
				$$renderer.push(`<p>${escape_html(print_code_made({
					date: dayText(code.createdAt),
					name: code.createdBy ?? "–"
				}))} ${escape_html(used(code.usedAt))}</p>`);
			}
		} else $$renderer.push(`<!--[!--><!---->${escape_html(print_none())}`);
		$$renderer.push(`<!--]--></dd></dl> <h2>${escape_html(print_sessions())}</h2> <ul><!--[-->`);
		const each_array_4 = ensure_array_like(d().sessions);
		for (let i = 0, $$length = each_array_4.length; i < $$length; i++) {
			let s = each_array_4[i];
			$$renderer.push(`<li>${escape_html(s.device ? sessions_device(s.device) : sessions_unknown_device())}: ${escape_html(meetings_when(at(s.lastUsedAt)))}</li>`);
		}
		$$renderer.push(`<!--]--></ul> <h2>${escape_html(print_log())}</h2> `);
		Access_log_list($$renderer, {
			entries: logEntries(),
			people: [],
			selectedPerson: null
		});
		$$renderer.push(`<!----> <h2>${escape_html(print_requests())}</h2> `);
		if (d().deletionRequests.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(print_none())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <ul><!--[-->`);
		const each_array_5 = ensure_array_like(d().deletionRequests);
		for (let $$index_5 = 0, $$length = each_array_5.length; $$index_5 < $$length; $$index_5++) {
			let r = each_array_5[$$index_5];
			$$renderer.push(`<li>${escape_html(requestText[r.status]({ date: dayText(r.requestedAt) }))} `);
			if (r.answer) $$renderer.push(`<!--[0-->${escape_html(data_request_answer({ answer: r.answer }))}`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></li>`);
		}
		$$renderer.push(`<!--]--></ul>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map