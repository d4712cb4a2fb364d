import { r as getLocale } from "./runtime.js";
import { t as error_generic_text } from "./error_generic_text.js";
// src/lib/paraglide/messages/login_error_name_required.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Error_Name_RequiredInputs */
var da_login_error_name_required = () => {
	return `Skriv dit brugernavn.`;
};
var en_login_error_name_required = () => {
	return `Write your user name.`;
};
/**
* | output |
* | --- |
* | "Write your user name." |
*
* @param {Login_Error_Name_RequiredInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var login_error_name_required = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_error_name_required(inputs);
	return da_login_error_name_required(inputs);
});
// src/lib/paraglide/messages/login_error_password_required.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Error_Password_RequiredInputs */
var da_login_error_password_required = () => {
	return `Skriv din adgangskode.`;
};
var en_login_error_password_required = () => {
	return `Write your password.`;
};
/**
* | output |
* | --- |
* | "Write your password." |
*
* @param {Login_Error_Password_RequiredInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var login_error_password_required = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_error_password_required(inputs);
	return da_login_error_password_required(inputs);
});
// src/lib/paraglide/messages/login_error_failed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Error_FailedInputs */
var da_login_error_failed = () => {
	return `Brugernavn eller adgangskode passer ikke. Prøv igen.`;
};
var en_login_error_failed = () => {
	return `The user name or password is not right. Try again.`;
};
/**
* | output |
* | --- |
* | "The user name or password is not right. Try again." |
*
* @param {Login_Error_FailedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var login_error_failed = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_error_failed(inputs);
	return da_login_error_failed(inputs);
});
// src/lib/paraglide/messages/login_error_limited.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Error_LimitedInputs */
var da_login_error_limited = () => {
	return `Du har prøvet mange gange. Vent 15 minutter. Prøv så igen.`;
};
var en_login_error_limited = () => {
	return `You have tried many times. Wait 15 minutes. Then try again.`;
};
/**
* | output |
* | --- |
* | "You have tried many times. Wait 15 minutes. Then try again." |
*
* @param {Login_Error_LimitedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var login_error_limited = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_error_limited(inputs);
	return da_login_error_limited(inputs);
});
// src/lib/paraglide/messages/login_error_too_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Error_Too_LongInputs */
var da_login_error_too_long = () => {
	return `Det er for langt. Tjek det, du har skrevet.`;
};
var en_login_error_too_long = () => {
	return `That is too long. Check what you wrote.`;
};
/**
* | output |
* | --- |
* | "That is too long. Check what you wrote." |
*
* @param {Login_Error_Too_LongInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var login_error_too_long = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_error_too_long(inputs);
	return da_login_error_too_long(inputs);
});
// src/lib/paraglide/messages/activate_error_code_required.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_Error_Code_RequiredInputs */
var da_activate_error_code_required = () => {
	return `Skriv koden fra brevet.`;
};
var en_activate_error_code_required = () => {
	return `Write the code from the letter.`;
};
/**
* | output |
* | --- |
* | "Write the code from the letter." |
*
* @param {Activate_Error_Code_RequiredInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_error_code_required = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_error_code_required(inputs);
	return da_activate_error_code_required(inputs);
});
// src/lib/paraglide/messages/activate_error_code_format.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_Error_Code_FormatInputs */
var da_activate_error_code_format = () => {
	return `Koden skal have 12 tegn. Tjek koden i brevet.`;
};
var en_activate_error_code_format = () => {
	return `The code must have 12 characters. Check the code in the letter.`;
};
/**
* | output |
* | --- |
* | "The code must have 12 characters. Check the code in the letter." |
*
* @param {Activate_Error_Code_FormatInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_error_code_format = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_error_code_format(inputs);
	return da_activate_error_code_format(inputs);
});
// src/lib/paraglide/messages/activate_error_code_invalid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_Error_Code_InvalidInputs */
var da_activate_error_code_invalid = () => {
	return `Koden passer ikke. Tjek koden i brevet, og prøv igen.`;
};
var en_activate_error_code_invalid = () => {
	return `The code is not right. Check the code in the letter and try again.`;
};
/**
* | output |
* | --- |
* | "The code is not right. Check the code in the letter and try again." |
*
* @param {Activate_Error_Code_InvalidInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_error_code_invalid = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_error_code_invalid(inputs);
	return da_activate_error_code_invalid(inputs);
});
// src/lib/paraglide/messages/activate_error_code_expired.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_Error_Code_ExpiredInputs */
var da_activate_error_code_expired = () => {
	return `Koden er for gammel. Bed din kontaktperson om en ny kode.`;
};
var en_activate_error_code_expired = () => {
	return `The code is too old. Ask your contact person for a new code.`;
};
/**
* | output |
* | --- |
* | "The code is too old. Ask your contact person for a new code." |
*
* @param {Activate_Error_Code_ExpiredInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_error_code_expired = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_error_code_expired(inputs);
	return da_activate_error_code_expired(inputs);
});
// src/lib/paraglide/messages/activate_error_code_used.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_Error_Code_UsedInputs */
var da_activate_error_code_used = () => {
	return `Koden er brugt. Log ind, eller bed om en ny kode.`;
};
var en_activate_error_code_used = () => {
	return `The code has been used. Log in, or ask for a new code.`;
};
/**
* | output |
* | --- |
* | "The code has been used. Log in, or ask for a new code." |
*
* @param {Activate_Error_Code_UsedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_error_code_used = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_error_code_used(inputs);
	return da_activate_error_code_used(inputs);
});
// src/lib/paraglide/messages/activate_error_code_not_yet.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_Error_Code_Not_YetInputs */
var da_activate_error_code_not_yet = () => {
	return `Koden virker ikke endnu. Se i brevet, hvornår den virker.`;
};
var en_activate_error_code_not_yet = () => {
	return `The code does not work yet. The letter says when it will.`;
};
/**
* | output |
* | --- |
* | "The code does not work yet. The letter says when it will." |
*
* @param {Activate_Error_Code_Not_YetInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_error_code_not_yet = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_error_code_not_yet(inputs);
	return da_activate_error_code_not_yet(inputs);
});
// src/lib/paraglide/messages/activate_error_limited.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_Error_LimitedInputs */
var da_activate_error_limited = () => {
	return `Du har prøvet mange gange. Vent 15 minutter. Prøv så igen.`;
};
var en_activate_error_limited = () => {
	return `You have tried many times. Wait 15 minutes. Then try again.`;
};
/**
* | output |
* | --- |
* | "You have tried many times. Wait 15 minutes. Then try again." |
*
* @param {Activate_Error_LimitedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_error_limited = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_error_limited(inputs);
	return da_activate_error_limited(inputs);
});
// src/lib/paraglide/messages/activate_error_login_name_required.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_Error_Login_Name_RequiredInputs */
var da_activate_error_login_name_required = () => {
	return `Vælg et brugernavn.`;
};
var en_activate_error_login_name_required = () => {
	return `Choose a user name.`;
};
/**
* | output |
* | --- |
* | "Choose a user name." |
*
* @param {Activate_Error_Login_Name_RequiredInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_error_login_name_required = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_error_login_name_required(inputs);
	return da_activate_error_login_name_required(inputs);
});
// src/lib/paraglide/messages/activate_error_login_name_format.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_Error_Login_Name_FormatInputs */
var da_activate_error_login_name_format = () => {
	return `Brug kun bogstaver og tal. Mindst 2 tegn.`;
};
var en_activate_error_login_name_format = () => {
	return `Use only letters and numbers. At least 2 characters.`;
};
/**
* | output |
* | --- |
* | "Use only letters and numbers. At least 2 characters." |
*
* @param {Activate_Error_Login_Name_FormatInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_error_login_name_format = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_error_login_name_format(inputs);
	return da_activate_error_login_name_format(inputs);
});
// src/lib/paraglide/messages/activate_error_login_name_taken.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_Error_Login_Name_TakenInputs */
var da_activate_error_login_name_taken = () => {
	return `Det brugernavn er taget. Vælg et andet.`;
};
var en_activate_error_login_name_taken = () => {
	return `That user name is taken. Choose another one.`;
};
/**
* | output |
* | --- |
* | "That user name is taken. Choose another one." |
*
* @param {Activate_Error_Login_Name_TakenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_error_login_name_taken = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_error_login_name_taken(inputs);
	return da_activate_error_login_name_taken(inputs);
});
// src/lib/paraglide/messages/activate_error_password_short.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_Error_Password_ShortInputs */
var da_activate_error_password_short = () => {
	return `Adgangskoden skal have mindst 8 tegn.`;
};
var en_activate_error_password_short = () => {
	return `The password must have at least 8 characters.`;
};
/**
* | output |
* | --- |
* | "The password must have at least 8 characters." |
*
* @param {Activate_Error_Password_ShortInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_error_password_short = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_error_password_short(inputs);
	return da_activate_error_password_short(inputs);
});
// src/lib/paraglide/messages/activate_error_password_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Activate_Error_Password_LongInputs */
var da_activate_error_password_long = () => {
	return `Adgangskoden er for lang. Brug højst 200 tegn.`;
};
var en_activate_error_password_long = () => {
	return `The password is too long. Use at most 200 characters.`;
};
/**
* | output |
* | --- |
* | "The password is too long. Use at most 200 characters." |
*
* @param {Activate_Error_Password_LongInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var activate_error_password_long = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_activate_error_password_long(inputs);
	return da_activate_error_password_long(inputs);
});
// src/lib/paraglide/messages/helpers_error_areas.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Error_AreasInputs */
var da_helpers_error_areas = () => {
	return `Vælg kun fra listen.`;
};
var en_helpers_error_areas = () => {
	return `Choose only from the list.`;
};
/**
* | output |
* | --- |
* | "Choose only from the list." |
*
* @param {Helpers_Error_AreasInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_error_areas = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_error_areas(inputs);
	return da_helpers_error_areas(inputs);
});
// src/lib/paraglide/messages/helpers_error_areas_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Error_Areas_NoneInputs */
var da_helpers_error_areas_none = () => {
	return `Vælg mindst én ting, personen må se.`;
};
var en_helpers_error_areas_none = () => {
	return `Choose at least one thing the person may see.`;
};
/**
* | output |
* | --- |
* | "Choose at least one thing the person may see." |
*
* @param {Helpers_Error_Areas_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_error_areas_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_error_areas_none(inputs);
	return da_helpers_error_areas_none(inputs);
});
// src/lib/paraglide/messages/helpers_error_date.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Error_DateInputs */
var da_helpers_error_date = () => {
	return `Datoen passer ikke. Vælg en dag i kalenderen.`;
};
var en_helpers_error_date = () => {
	return `The date is not right. Choose a day in the calendar.`;
};
/**
* | output |
* | --- |
* | "The date is not right. Choose a day in the calendar." |
*
* @param {Helpers_Error_DateInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_error_date = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_error_date(inputs);
	return da_helpers_error_date(inputs);
});
// src/lib/paraglide/messages/helpers_error_kind.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Error_KindInputs */
var da_helpers_error_kind = () => {
	return `Vælg pårørende eller brugerguide.`;
};
var en_helpers_error_kind = () => {
	return `Choose relative or peer guide.`;
};
/**
* | output |
* | --- |
* | "Choose relative or peer guide." |
*
* @param {Helpers_Error_KindInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_error_kind = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_error_kind(inputs);
	return da_helpers_error_kind(inputs);
});
// src/lib/paraglide/messages/helpers_error_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Error_NameInputs */
var da_helpers_error_name = () => {
	return `Skriv et navn.`;
};
var en_helpers_error_name = () => {
	return `Write a name.`;
};
/**
* | output |
* | --- |
* | "Write a name." |
*
* @param {Helpers_Error_NameInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_error_name = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_error_name(inputs);
	return da_helpers_error_name(inputs);
});
// src/lib/paraglide/messages/helpers_error_name_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Error_Name_LongInputs */
var da_helpers_error_name_long = () => {
	return `Navnet er for langt. Brug højst 80 tegn.`;
};
var en_helpers_error_name_long = () => {
	return `The name is too long. Use at most 80 characters.`;
};
/**
* | output |
* | --- |
* | "The name is too long. Use at most 80 characters." |
*
* @param {Helpers_Error_Name_LongInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_error_name_long = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_error_name_long(inputs);
	return da_helpers_error_name_long(inputs);
});
// src/lib/paraglide/messages/invite_error_wrong_role.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Invite_Error_Wrong_RoleInputs */
var da_invite_error_wrong_role = () => {
	return `Du er logget ind med en anden slags konto. Log ud først.`;
};
var en_invite_error_wrong_role = () => {
	return `You are logged in with another kind of account. Log out first.`;
};
/**
* | output |
* | --- |
* | "You are logged in with another kind of account. Log out first." |
*
* @param {Invite_Error_Wrong_RoleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var invite_error_wrong_role = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_invite_error_wrong_role(inputs);
	return da_invite_error_wrong_role(inputs);
});
// src/lib/paraglide/messages/invite_error_invalid.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Invite_Error_InvalidInputs */
var da_invite_error_invalid = () => {
	return `Linket virker ikke. Bed om et nyt link.`;
};
var en_invite_error_invalid = () => {
	return `The link does not work. Ask for a new link.`;
};
/**
* | output |
* | --- |
* | "The link does not work. Ask for a new link." |
*
* @param {Invite_Error_InvalidInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var invite_error_invalid = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_invite_error_invalid(inputs);
	return da_invite_error_invalid(inputs);
});
// src/lib/paraglide/messages/invite_error_expired.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Invite_Error_ExpiredInputs */
var da_invite_error_expired = () => {
	return `Linket er for gammelt. Bed om et nyt link.`;
};
var en_invite_error_expired = () => {
	return `The link is too old. Ask for a new link.`;
};
/**
* | output |
* | --- |
* | "The link is too old. Ask for a new link." |
*
* @param {Invite_Error_ExpiredInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var invite_error_expired = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_invite_error_expired(inputs);
	return da_invite_error_expired(inputs);
});
// src/lib/paraglide/messages/invite_error_used.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Invite_Error_UsedInputs */
var da_invite_error_used = () => {
	return `Linket er brugt. Log ind i stedet.`;
};
var en_invite_error_used = () => {
	return `The link has been used. Log in instead.`;
};
/**
* | output |
* | --- |
* | "The link has been used. Log in instead." |
*
* @param {Invite_Error_UsedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var invite_error_used = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_invite_error_used(inputs);
	return da_invite_error_used(inputs);
});
// src/lib/paraglide/messages/passkeys_failed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Passkeys_FailedInputs */
var da_passkeys_failed = () => {
	return `Det lykkedes ikke. Prøv igen, eller brug din adgangskode.`;
};
var en_passkeys_failed = () => {
	return `That did not work. Try again, or use your password.`;
};
/**
* | output |
* | --- |
* | "That did not work. Try again, or use your password." |
*
* @param {Passkeys_FailedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var passkeys_failed = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_passkeys_failed(inputs);
	return da_passkeys_failed(inputs);
});
// src/lib/paraglide/messages/password_error_current.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Password_Error_CurrentInputs */
var da_password_error_current = () => {
	return `Din adgangskode nu passer ikke. Prøv igen.`;
};
var en_password_error_current = () => {
	return `Your password now is not right. Try again.`;
};
/**
* | output |
* | --- |
* | "Your password now is not right. Try again." |
*
* @param {Password_Error_CurrentInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var password_error_current = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_password_error_current(inputs);
	return da_password_error_current(inputs);
});
// src/lib/paraglide/messages/data_error_message_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Data_Error_Message_LongInputs */
var da_data_error_message_long = () => {
	return `Beskeden er for lang. Brug højst 1000 tegn.`;
};
var en_data_error_message_long = () => {
	return `The message is too long. Use at most 1000 characters.`;
};
/**
* | output |
* | --- |
* | "The message is too long. Use at most 1000 characters." |
*
* @param {Data_Error_Message_LongInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var data_error_message_long = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_data_error_message_long(inputs);
	return da_data_error_message_long(inputs);
});
// src/lib/paraglide/messages/staff_request_error_answer.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Request_Error_AnswerInputs */
var da_staff_request_error_answer = () => {
	return `Skriv et svar til borgeren.`;
};
var en_staff_request_error_answer = () => {
	return `Write an answer to the citizen.`;
};
/**
* | output |
* | --- |
* | "Write an answer to the citizen." |
*
* @param {Staff_Request_Error_AnswerInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_request_error_answer = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_request_error_answer(inputs);
	return da_staff_request_error_answer(inputs);
});
// src/lib/paraglide/messages/dreams_error_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_Error_TextInputs */
var da_dreams_error_text = () => {
	return `Skriv din drøm.`;
};
var en_dreams_error_text = () => {
	return `Write your dream.`;
};
/**
* | output |
* | --- |
* | "Write your dream." |
*
* @param {Dreams_Error_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_error_text = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_error_text(inputs);
	return da_dreams_error_text(inputs);
});
// src/lib/paraglide/messages/dreams_error_text_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_Error_Text_LongInputs */
var da_dreams_error_text_long = () => {
	return `Det er for langt. Brug højst 1000 tegn.`;
};
var en_dreams_error_text_long = () => {
	return `That is too long. Use at most 1000 characters.`;
};
/**
* | output |
* | --- |
* | "That is too long. Use at most 1000 characters." |
*
* @param {Dreams_Error_Text_LongInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_error_text_long = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_error_text_long(inputs);
	return da_dreams_error_text_long(inputs);
});
// src/lib/paraglide/messages/dreams_error_area.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_Error_AreaInputs */
var da_dreams_error_area = () => {
	return `Vælg, hvad den handler om.`;
};
var en_dreams_error_area = () => {
	return `Choose what it is about.`;
};
/**
* | output |
* | --- |
* | "Choose what it is about." |
*
* @param {Dreams_Error_AreaInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_error_area = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_error_area(inputs);
	return da_dreams_error_area(inputs);
});
// src/lib/paraglide/messages/dreams_error_visibility.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_Error_VisibilityInputs */
var da_dreams_error_visibility = () => {
	return `Vælg, hvem der må se den.`;
};
var en_dreams_error_visibility = () => {
	return `Choose who may see it.`;
};
/**
* | output |
* | --- |
* | "Choose who may see it." |
*
* @param {Dreams_Error_VisibilityInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_error_visibility = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_error_visibility(inputs);
	return da_dreams_error_visibility(inputs);
});
// src/lib/paraglide/messages/dreams_error_conflict.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_Error_ConflictInputs */
var da_dreams_error_conflict = () => {
	return `Den drøm er allerede sendt med noget andet. Se efter på listen.`;
};
var en_dreams_error_conflict = () => {
	return `That dream was already sent with something else. Look in the list.`;
};
/**
* | output |
* | --- |
* | "That dream was already sent with something else. Look in the list." |
*
* @param {Dreams_Error_ConflictInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_error_conflict = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_error_conflict(inputs);
	return da_dreams_error_conflict(inputs);
});
// src/lib/paraglide/messages/plan_error_goal.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Error_GoalInputs */
var da_plan_error_goal = () => {
	return `Skriv dit mål.`;
};
var en_plan_error_goal = () => {
	return `Write your goal.`;
};
/**
* | output |
* | --- |
* | "Write your goal." |
*
* @param {Plan_Error_GoalInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_error_goal = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_error_goal(inputs);
	return da_plan_error_goal(inputs);
});
// src/lib/paraglide/messages/plan_error_goal_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Error_Goal_LongInputs */
var da_plan_error_goal_long = () => {
	return `Det er for langt. Brug højst 500 tegn.`;
};
var en_plan_error_goal_long = () => {
	return `That is too long. Use at most 500 characters.`;
};
/**
* | output |
* | --- |
* | "That is too long. Use at most 500 characters." |
*
* @param {Plan_Error_Goal_LongInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_error_goal_long = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_error_goal_long(inputs);
	return da_plan_error_goal_long(inputs);
});
// src/lib/paraglide/messages/plan_error_step.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Error_StepInputs */
var da_plan_error_step = () => {
	return `Skriv, hvad der skal ske.`;
};
var en_plan_error_step = () => {
	return `Write what should happen.`;
};
/**
* | output |
* | --- |
* | "Write what should happen." |
*
* @param {Plan_Error_StepInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_error_step = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_error_step(inputs);
	return da_plan_error_step(inputs);
});
// src/lib/paraglide/messages/plan_error_owner.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Error_OwnerInputs */
var da_plan_error_owner = () => {
	return `Vælg, hvem der gør det.`;
};
var en_plan_error_owner = () => {
	return `Choose who does it.`;
};
/**
* | output |
* | --- |
* | "Choose who does it." |
*
* @param {Plan_Error_OwnerInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_error_owner = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_error_owner(inputs);
	return da_plan_error_owner(inputs);
});
// src/lib/paraglide/messages/plan_error_progress.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Error_ProgressInputs */
var da_plan_error_progress = () => {
	return `Vælg, hvor langt du er.`;
};
var en_plan_error_progress = () => {
	return `Choose how far you are.`;
};
/**
* | output |
* | --- |
* | "Choose how far you are." |
*
* @param {Plan_Error_ProgressInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_error_progress = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_error_progress(inputs);
	return da_plan_error_progress(inputs);
});
// src/lib/paraglide/messages/plan_error_conflict.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Plan_Error_ConflictInputs */
var da_plan_error_conflict = () => {
	return `Det mål er allerede sendt med noget andet. Se efter i din plan.`;
};
var en_plan_error_conflict = () => {
	return `That goal was already sent with something else. Look in your plan.`;
};
/**
* | output |
* | --- |
* | "That goal was already sent with something else. Look in your plan." |
*
* @param {Plan_Error_ConflictInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var plan_error_conflict = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_plan_error_conflict(inputs);
	return da_plan_error_conflict(inputs);
});
// src/lib/paraglide/messages/collab_error_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Error_EmptyInputs */
var da_collab_error_empty = () => {
	return `Vælg et ansigt ved mindst ét spørgsmål. Eller skriv noget.`;
};
var en_collab_error_empty = () => {
	return `Choose a face for at least one question. Or write something.`;
};
/**
* | output |
* | --- |
* | "Choose a face for at least one question. Or write something." |
*
* @param {Collab_Error_EmptyInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_error_empty = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_error_empty(inputs);
	return da_collab_error_empty(inputs);
});
// src/lib/paraglide/messages/collab_error_answer.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Error_AnswerInputs */
var da_collab_error_answer = () => {
	return `Vælg et af ansigterne. Eller vælg Spring over.`;
};
var en_collab_error_answer = () => {
	return `Choose one of the faces. Or choose Skip.`;
};
/**
* | output |
* | --- |
* | "Choose one of the faces. Or choose Skip." |
*
* @param {Collab_Error_AnswerInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_error_answer = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_error_answer(inputs);
	return da_collab_error_answer(inputs);
});
// src/lib/paraglide/messages/collab_error_comment_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Error_Comment_LongInputs */
var da_collab_error_comment_long = () => {
	return `Skriv højst 1000 tegn.`;
};
var en_collab_error_comment_long = () => {
	return `Write at most 1000 characters.`;
};
/**
* | output |
* | --- |
* | "Write at most 1000 characters." |
*
* @param {Collab_Error_Comment_LongInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_error_comment_long = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_error_comment_long(inputs);
	return da_collab_error_comment_long(inputs);
});
// src/lib/paraglide/messages/collab_error_conflict.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Error_ConflictInputs */
var da_collab_error_conflict = () => {
	return `Det svar er allerede sendt med noget andet. Se efter på listen.`;
};
var en_collab_error_conflict = () => {
	return `That answer was already sent with something else. Look in the list.`;
};
/**
* | output |
* | --- |
* | "That answer was already sent with something else. Look in the list." |
*
* @param {Collab_Error_ConflictInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_error_conflict = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_error_conflict(inputs);
	return da_collab_error_conflict(inputs);
});
// src/lib/paraglide/messages/staff_questions_error_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Questions_Error_NameInputs */
var da_staff_questions_error_name = () => {
	return `Skriv et navn til sættet.`;
};
var en_staff_questions_error_name = () => {
	return `Write a name for the set.`;
};
/**
* | output |
* | --- |
* | "Write a name for the set." |
*
* @param {Staff_Questions_Error_NameInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_questions_error_name = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_questions_error_name(inputs);
	return da_staff_questions_error_name(inputs);
});
// src/lib/paraglide/messages/staff_questions_error_questions.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Questions_Error_QuestionsInputs */
var da_staff_questions_error_questions = () => {
	return `Skriv mellem 1 og 10 spørgsmål, højst 200 tegn hver.`;
};
var en_staff_questions_error_questions = () => {
	return `Write between 1 and 10 questions, at most 200 characters each.`;
};
/**
* | output |
* | --- |
* | "Write between 1 and 10 questions, at most 200 characters each." |
*
* @param {Staff_Questions_Error_QuestionsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_questions_error_questions = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_questions_error_questions(inputs);
	return da_staff_questions_error_questions(inputs);
});
// src/lib/paraglide/messages/staff_questions_error_last.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Questions_Error_LastInputs */
var da_staff_questions_error_last = () => {
	return `Et sæt skal have mindst ét spørgsmål i brug.`;
};
var en_staff_questions_error_last = () => {
	return `A set needs at least one question in use.`;
};
/**
* | output |
* | --- |
* | "A set needs at least one question in use." |
*
* @param {Staff_Questions_Error_LastInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_questions_error_last = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_questions_error_last(inputs);
	return da_staff_questions_error_last(inputs);
});
// src/lib/paraglide/messages/wish_error_one.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Wish_Error_OneInputs */
var da_wish_error_one = () => {
	return `Vælg én person.`;
};
var en_wish_error_one = () => {
	return `Choose one person.`;
};
/**
* | output |
* | --- |
* | "Choose one person." |
*
* @param {Wish_Error_OneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var wish_error_one = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_wish_error_one(inputs);
	return da_wish_error_one(inputs);
});
// src/lib/paraglide/messages/wish_error_role_practical.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Wish_Error_Role_PracticalInputs */
var da_wish_error_role_practical = () => {
	return `Vælg, hvem der skal hjælpe med det praktiske.`;
};
var en_wish_error_role_practical = () => {
	return `Choose who should help with practical things.`;
};
/**
* | output |
* | --- |
* | "Choose who should help with practical things." |
*
* @param {Wish_Error_Role_PracticalInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var wish_error_role_practical = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_wish_error_role_practical(inputs);
	return da_wish_error_role_practical(inputs);
});
// src/lib/paraglide/messages/wish_error_role_personal.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Wish_Error_Role_PersonalInputs */
var da_wish_error_role_personal = () => {
	return `Vælg, hvem der skal hjælpe med det personlige.`;
};
var en_wish_error_role_personal = () => {
	return `Choose who should help with personal things.`;
};
/**
* | output |
* | --- |
* | "Choose who should help with personal things." |
*
* @param {Wish_Error_Role_PersonalInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var wish_error_role_personal = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_wish_error_role_personal(inputs);
	return da_wish_error_role_personal(inputs);
});
// src/lib/paraglide/messages/wish_error_role_plan.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Wish_Error_Role_PlanInputs */
var da_wish_error_role_plan = () => {
	return `Vælg, hvem der skal lave planen med dig.`;
};
var en_wish_error_role_plan = () => {
	return `Choose who should make the plan with you.`;
};
/**
* | output |
* | --- |
* | "Choose who should make the plan with you." |
*
* @param {Wish_Error_Role_PlanInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var wish_error_role_plan = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_wish_error_role_plan(inputs);
	return da_wish_error_role_plan(inputs);
});
// src/lib/paraglide/messages/wish_error_team_size.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Wish_Error_Team_SizeInputs */
var da_wish_error_team_size = () => {
	return `Et team er 2 til 4 forskellige personer.`;
};
var en_wish_error_team_size = () => {
	return `A team is 2 to 4 different people.`;
};
/**
* | output |
* | --- |
* | "A team is 2 to 4 different people." |
*
* @param {Wish_Error_Team_SizeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var wish_error_team_size = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_wish_error_team_size(inputs);
	return da_wish_error_team_size(inputs);
});
// src/lib/paraglide/messages/wish_error_main.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Wish_Error_MainInputs */
var da_wish_error_main = () => {
	return `Vælg, hvem du skal kontakte først.`;
};
var en_wish_error_main = () => {
	return `Choose who you should contact first.`;
};
/**
* | output |
* | --- |
* | "Choose who you should contact first." |
*
* @param {Wish_Error_MainInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var wish_error_main = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_wish_error_main(inputs);
	return da_wish_error_main(inputs);
});
// src/lib/paraglide/messages/wish_error_worker.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Wish_Error_WorkerInputs */
var da_wish_error_worker = () => {
	return `Vælg en medarbejder fra listen.`;
};
var en_wish_error_worker = () => {
	return `Choose someone from the list.`;
};
/**
* | output |
* | --- |
* | "Choose someone from the list." |
*
* @param {Wish_Error_WorkerInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var wish_error_worker = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_wish_error_worker(inputs);
	return da_wish_error_worker(inputs);
});
// src/lib/paraglide/messages/wish_error_waiting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Wish_Error_WaitingInputs */
var da_wish_error_waiting = () => {
	return `Du kan ikke vælge endnu.`;
};
var en_wish_error_waiting = () => {
	return `You cannot choose yet.`;
};
/**
* | output |
* | --- |
* | "You cannot choose yet." |
*
* @param {Wish_Error_WaitingInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var wish_error_waiting = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_wish_error_waiting(inputs);
	return da_wish_error_waiting(inputs);
});
// src/lib/paraglide/messages/wish_error_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Wish_Error_OpenInputs */
var da_wish_error_open = () => {
	return `Du har allerede et ønske, der venter på svar.`;
};
var en_wish_error_open = () => {
	return `You already have a wish waiting for an answer.`;
};
/**
* | output |
* | --- |
* | "You already have a wish waiting for an answer." |
*
* @param {Wish_Error_OpenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var wish_error_open = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_wish_error_open(inputs);
	return da_wish_error_open(inputs);
});
// src/lib/paraglide/messages/wish_error_reason_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Wish_Error_Reason_LongInputs */
var da_wish_error_reason_long = () => {
	return `Skriv højst 1000 tegn.`;
};
var en_wish_error_reason_long = () => {
	return `Write at most 1000 characters.`;
};
/**
* | output |
* | --- |
* | "Write at most 1000 characters." |
*
* @param {Wish_Error_Reason_LongInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var wish_error_reason_long = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_wish_error_reason_long(inputs);
	return da_wish_error_reason_long(inputs);
});
// src/lib/paraglide/messages/wish_error_helper.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Wish_Error_HelperInputs */
var da_wish_error_helper = () => {
	return `Vælg en fra listen.`;
};
var en_wish_error_helper = () => {
	return `Choose one from the list.`;
};
/**
* | output |
* | --- |
* | "Choose one from the list." |
*
* @param {Wish_Error_HelperInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var wish_error_helper = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_wish_error_helper(inputs);
	return da_wish_error_helper(inputs);
});
// src/lib/paraglide/messages/staff_wish_error_date.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_Error_DateInputs */
var da_staff_wish_error_date = () => {
	return `Vælg en startdato fra i dag.`;
};
var en_staff_wish_error_date = () => {
	return `Choose a start date from today on.`;
};
/**
* | output |
* | --- |
* | "Choose a start date from today on." |
*
* @param {Staff_Wish_Error_DateInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_error_date = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_error_date(inputs);
	return da_staff_wish_error_date(inputs);
});
// src/lib/paraglide/messages/staff_wish_error_over.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_Error_OverInputs */
var da_staff_wish_error_over = () => {
	return `En medarbejder får flere borgere end sin grænse. Sæt kryds, hvis det er i orden.`;
};
var en_staff_wish_error_over = () => {
	return `A worker gets more citizens than their maximum. Tick the box if that is fine.`;
};
/**
* | output |
* | --- |
* | "A worker gets more citizens than their maximum. Tick the box if that is fine." |
*
* @param {Staff_Wish_Error_OverInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_error_over = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_error_over(inputs);
	return da_staff_wish_error_over(inputs);
});
// src/lib/paraglide/messages/staff_wish_error_reason.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_Error_ReasonInputs */
var da_staff_wish_error_reason = () => {
	return `Vælg en grund.`;
};
var en_staff_wish_error_reason = () => {
	return `Choose a reason.`;
};
/**
* | output |
* | --- |
* | "Choose a reason." |
*
* @param {Staff_Wish_Error_ReasonInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_error_reason = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_error_reason(inputs);
	return da_staff_wish_error_reason(inputs);
});
// src/lib/paraglide/messages/staff_wish_error_instead.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_Error_InsteadInputs */
var da_staff_wish_error_instead = () => {
	return `Skriv, hvad der kan ske i stedet.`;
};
var en_staff_wish_error_instead = () => {
	return `Write what can happen instead.`;
};
/**
* | output |
* | --- |
* | "Write what can happen instead." |
*
* @param {Staff_Wish_Error_InsteadInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_error_instead = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_error_instead(inputs);
	return da_staff_wish_error_instead(inputs);
});
// src/lib/paraglide/messages/staff_wish_error_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_Error_LongInputs */
var da_staff_wish_error_long = () => {
	return `Skriv højst 1000 tegn.`;
};
var en_staff_wish_error_long = () => {
	return `Write at most 1000 characters.`;
};
/**
* | output |
* | --- |
* | "Write at most 1000 characters." |
*
* @param {Staff_Wish_Error_LongInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_error_long = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_error_long(inputs);
	return da_staff_wish_error_long(inputs);
});
// src/lib/paraglide/messages/staff_wish_error_gone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Wish_Error_GoneInputs */
var da_staff_wish_error_gone = () => {
	return `Ønsket er allerede besvaret eller trukket tilbage.`;
};
var en_staff_wish_error_gone = () => {
	return `The wish has already been answered or withdrawn.`;
};
/**
* | output |
* | --- |
* | "The wish has already been answered or withdrawn." |
*
* @param {Staff_Wish_Error_GoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_wish_error_gone = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_wish_error_gone(inputs);
	return da_staff_wish_error_gone(inputs);
});
// src/lib/paraglide/messages/staff_profile_error_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Profile_Error_LongInputs */
var da_staff_profile_error_long = () => {
	return `Skriv højst 300 tegn.`;
};
var en_staff_profile_error_long = () => {
	return `Write at most 300 characters.`;
};
/**
* | output |
* | --- |
* | "Write at most 300 characters." |
*
* @param {Staff_Profile_Error_LongInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_profile_error_long = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_profile_error_long(inputs);
	return da_staff_profile_error_long(inputs);
});
// src/lib/paraglide/messages/staff_profile_error_capacity.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Profile_Error_CapacityInputs */
var da_staff_profile_error_capacity = () => {
	return `Skriv et tal fra 0 til 50.`;
};
var en_staff_profile_error_capacity = () => {
	return `Write a number from 0 to 50.`;
};
/**
* | output |
* | --- |
* | "Write a number from 0 to 50." |
*
* @param {Staff_Profile_Error_CapacityInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_profile_error_capacity = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_profile_error_capacity(inputs);
	return da_staff_profile_error_capacity(inputs);
});
// src/lib/paraglide/messages/staff_photo_error_file.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Photo_Error_FileInputs */
var da_staff_photo_error_file = () => {
	return `Vælg en billedfil.`;
};
var en_staff_photo_error_file = () => {
	return `Choose an image file.`;
};
/**
* | output |
* | --- |
* | "Choose an image file." |
*
* @param {Staff_Photo_Error_FileInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_photo_error_file = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_photo_error_file(inputs);
	return da_staff_photo_error_file(inputs);
});
// src/lib/paraglide/messages/staff_photo_error_large.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Photo_Error_LargeInputs */
var da_staff_photo_error_large = () => {
	return `Fotoet er for stort. Det må højst fylde 5 MB.`;
};
var en_staff_photo_error_large = () => {
	return `The photo is too big. At most 5 MB.`;
};
/**
* | output |
* | --- |
* | "The photo is too big. At most 5 MB." |
*
* @param {Staff_Photo_Error_LargeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_photo_error_large = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_photo_error_large(inputs);
	return da_staff_photo_error_large(inputs);
});
// src/lib/paraglide/messages/staff_photo_error_image.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Photo_Error_ImageInputs */
var da_staff_photo_error_image = () => {
	return `Filen er ikke et billede, vi kan læse.`;
};
var en_staff_photo_error_image = () => {
	return `The file is not an image we can read.`;
};
/**
* | output |
* | --- |
* | "The file is not an image we can read." |
*
* @param {Staff_Photo_Error_ImageInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_photo_error_image = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_photo_error_image(inputs);
	return da_staff_photo_error_image(inputs);
});
// src/lib/paraglide/messages/staff_photo_error_alt.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Photo_Error_AltInputs */
var da_staff_photo_error_alt = () => {
	return `Beskriv fotoet med ord (højst 200 tegn).`;
};
var en_staff_photo_error_alt = () => {
	return `Describe the photo in words (at most 200 characters).`;
};
/**
* | output |
* | --- |
* | "Describe the photo in words (at most 200 characters)." |
*
* @param {Staff_Photo_Error_AltInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_photo_error_alt = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_photo_error_alt(inputs);
	return da_staff_photo_error_alt(inputs);
});
// src/lib/paraglide/messages/staff_suggest_contact_error_worker.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Suggest_Contact_Error_WorkerInputs */
var da_staff_suggest_contact_error_worker = () => {
	return `Vælg en kollega.`;
};
var en_staff_suggest_contact_error_worker = () => {
	return `Choose a colleague.`;
};
/**
* | output |
* | --- |
* | "Choose a colleague." |
*
* @param {Staff_Suggest_Contact_Error_WorkerInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_suggest_contact_error_worker = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_suggest_contact_error_worker(inputs);
	return da_staff_suggest_contact_error_worker(inputs);
});
// src/lib/paraglide/messages/staff_suggest_contact_error_words.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Suggest_Contact_Error_WordsInputs */
var da_staff_suggest_contact_error_words = () => {
	return `Skriv et par ord til borgeren (højst 300 tegn).`;
};
var en_staff_suggest_contact_error_words = () => {
	return `Write a few words to the citizen (at most 300 characters).`;
};
/**
* | output |
* | --- |
* | "Write a few words to the citizen (at most 300 characters)." |
*
* @param {Staff_Suggest_Contact_Error_WordsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_suggest_contact_error_words = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_suggest_contact_error_words(inputs);
	return da_staff_suggest_contact_error_words(inputs);
});
// src/lib/paraglide/messages/meeting_error_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Error_TextInputs */
var da_meeting_error_text = () => {
	return `Skriv noget først.`;
};
var en_meeting_error_text = () => {
	return `Write something first.`;
};
/**
* | output |
* | --- |
* | "Write something first." |
*
* @param {Meeting_Error_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_error_text = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_error_text(inputs);
	return da_meeting_error_text(inputs);
});
// src/lib/paraglide/messages/meeting_error_long.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Meeting_Error_LongInputs */
var da_meeting_error_long = () => {
	return `Skriv højst 1000 tegn.`;
};
var en_meeting_error_long = () => {
	return `Write at most 1000 characters.`;
};
/**
* | output |
* | --- |
* | "Write at most 1000 characters." |
*
* @param {Meeting_Error_LongInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var meeting_error_long = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_meeting_error_long(inputs);
	return da_meeting_error_long(inputs);
});
// src/lib/paraglide/messages/staff_meeting_error_type.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Meeting_Error_TypeInputs */
var da_staff_meeting_error_type = () => {
	return `Vælg slags møde.`;
};
var en_staff_meeting_error_type = () => {
	return `Choose the kind of meeting.`;
};
/**
* | output |
* | --- |
* | "Choose the kind of meeting." |
*
* @param {Staff_Meeting_Error_TypeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_meeting_error_type = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_meeting_error_type(inputs);
	return da_staff_meeting_error_type(inputs);
});
// src/lib/paraglide/messages/staff_meeting_error_when.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Meeting_Error_WhenInputs */
var da_staff_meeting_error_when = () => {
	return `Skriv dato og klokkeslæt.`;
};
var en_staff_meeting_error_when = () => {
	return `Write the date and the time.`;
};
/**
* | output |
* | --- |
* | "Write the date and the time." |
*
* @param {Staff_Meeting_Error_WhenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_meeting_error_when = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_meeting_error_when(inputs);
	return da_staff_meeting_error_when(inputs);
});
// src/lib/paraglide/messages/staff_meeting_error_place.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Meeting_Error_PlaceInputs */
var da_staff_meeting_error_place = () => {
	return `Skriv et sted (højst 200 tegn).`;
};
var en_staff_meeting_error_place = () => {
	return `Write a place (at most 200 characters).`;
};
/**
* | output |
* | --- |
* | "Write a place (at most 200 characters)." |
*
* @param {Staff_Meeting_Error_PlaceInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_meeting_error_place = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_meeting_error_place(inputs);
	return da_staff_meeting_error_place(inputs);
});
// src/lib/paraglide/messages/staff_summary_error.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Summary_ErrorInputs */
var da_staff_summary_error = () => {
	return `Skriv et kort referat (højst 3000 tegn).`;
};
var en_staff_summary_error = () => {
	return `Write a short summary (at most 3000 characters).`;
};
/**
* | output |
* | --- |
* | "Write a short summary (at most 3000 characters)." |
*
* @param {Staff_Summary_ErrorInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_summary_error = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_summary_error(inputs);
	return da_staff_summary_error(inputs);
});
// src/lib/paraglide/messages/staff_summary_error_not_held.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Summary_Error_Not_HeldInputs */
var da_staff_summary_error_not_held = () => {
	return `Mødet er ikke begyndt endnu. Skriv referatet, når mødet er holdt.`;
};
var en_staff_summary_error_not_held = () => {
	return `The meeting has not started yet. Write the summary when the meeting has been held.`;
};
/**
* | output |
* | --- |
* | "The meeting has not started yet. Write the summary when the meeting has been held." |
*
* @param {Staff_Summary_Error_Not_HeldInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_summary_error_not_held = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_summary_error_not_held(inputs);
	return da_staff_summary_error_not_held(inputs);
});
// src/lib/paraglide/messages/staff_settings_error_days.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Settings_Error_DaysInputs */
var da_staff_settings_error_days = () => {
	return `Skriv et helt tal fra 1 til 365.`;
};
var en_staff_settings_error_days = () => {
	return `Write a whole number from 1 to 365.`;
};
/**
* | output |
* | --- |
* | "Write a whole number from 1 to 365." |
*
* @param {Staff_Settings_Error_DaysInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_settings_error_days = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_settings_error_days(inputs);
	return da_staff_settings_error_days(inputs);
});
// src/lib/paraglide/messages/staff_settings_error_months.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Settings_Error_MonthsInputs */
var da_staff_settings_error_months = () => {
	return `Skriv et helt tal fra 6 til 120.`;
};
var en_staff_settings_error_months = () => {
	return `Write a whole number from 6 to 120.`;
};
/**
* | output |
* | --- |
* | "Write a whole number from 6 to 120." |
*
* @param {Staff_Settings_Error_MonthsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_settings_error_months = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_settings_error_months(inputs);
	return da_staff_settings_error_months(inputs);
});
// src/lib/paraglide/messages/staff_settings_error_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Settings_Error_TextInputs */
var da_staff_settings_error_text = () => {
	return `Skriv højst 500 tegn.`;
};
var en_staff_settings_error_text = () => {
	return `Write at most 500 characters.`;
};
/**
* | output |
* | --- |
* | "Write at most 500 characters." |
*
* @param {Staff_Settings_Error_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_settings_error_text = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_settings_error_text(inputs);
	return da_staff_settings_error_text(inputs);
});
// src/lib/paraglide/messages/staff_new_citizen_error_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_New_Citizen_Error_NameInputs */
var da_staff_new_citizen_error_name = () => {
	return `Skriv borgerens navn (højst 80 tegn).`;
};
var en_staff_new_citizen_error_name = () => {
	return `Write the citizen’s name (at most 80 characters).`;
};
/**
* | output |
* | --- |
* | "Write the citizen’s name (at most 80 characters)." |
*
* @param {Staff_New_Citizen_Error_NameInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_citizen_error_name = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_citizen_error_name(inputs);
	return da_staff_new_citizen_error_name(inputs);
});
// src/lib/paraglide/messages/staff_new_citizen_error_hours.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_New_Citizen_Error_HoursInputs */
var da_staff_new_citizen_error_hours = () => {
	return `Vælg timer pr. uge.`;
};
var en_staff_new_citizen_error_hours = () => {
	return `Choose hours a week.`;
};
/**
* | output |
* | --- |
* | "Choose hours a week." |
*
* @param {Staff_New_Citizen_Error_HoursInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_citizen_error_hours = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_citizen_error_hours(inputs);
	return da_staff_new_citizen_error_hours(inputs);
});
// src/lib/paraglide/messages/staff_new_citizen_error_basis.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_New_Citizen_Error_BasisInputs */
var da_staff_new_citizen_error_basis = () => {
	return `Vælg lovgrundlag.`;
};
var en_staff_new_citizen_error_basis = () => {
	return `Choose the legal basis.`;
};
/**
* | output |
* | --- |
* | "Choose the legal basis." |
*
* @param {Staff_New_Citizen_Error_BasisInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_citizen_error_basis = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_citizen_error_basis(inputs);
	return da_staff_new_citizen_error_basis(inputs);
});
// src/lib/paraglide/messages/staff_new_citizen_error_start.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_New_Citizen_Error_StartInputs */
var da_staff_new_citizen_error_start = () => {
	return `Skriv en startdato.`;
};
var en_staff_new_citizen_error_start = () => {
	return `Write a start date.`;
};
/**
* | output |
* | --- |
* | "Write a start date." |
*
* @param {Staff_New_Citizen_Error_StartInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_citizen_error_start = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_citizen_error_start(inputs);
	return da_staff_new_citizen_error_start(inputs);
});
// src/lib/paraglide/messages/staff_new_citizen_error_worker.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_New_Citizen_Error_WorkerInputs */
var da_staff_new_citizen_error_worker = () => {
	return `Vælg en midlertidig kontaktperson.`;
};
var en_staff_new_citizen_error_worker = () => {
	return `Choose a temporary contact person.`;
};
/**
* | output |
* | --- |
* | "Choose a temporary contact person." |
*
* @param {Staff_New_Citizen_Error_WorkerInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_citizen_error_worker = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_citizen_error_worker(inputs);
	return da_staff_new_citizen_error_worker(inputs);
});
// src/lib/paraglide/messages/staff_end_support_error.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_End_Support_ErrorInputs */
var da_staff_end_support_error = () => {
	return `Skriv en dato.`;
};
var en_staff_end_support_error = () => {
	return `Write a date.`;
};
/**
* | output |
* | --- |
* | "Write a date." |
*
* @param {Staff_End_Support_ErrorInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_end_support_error = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_end_support_error(inputs);
	return da_staff_end_support_error(inputs);
});
// src/lib/paraglide/messages/staff_new_staff_error_name.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_New_Staff_Error_NameInputs */
var da_staff_new_staff_error_name = () => {
	return `Skriv et navn (højst 80 tegn).`;
};
var en_staff_new_staff_error_name = () => {
	return `Write a name (at most 80 characters).`;
};
/**
* | output |
* | --- |
* | "Write a name (at most 80 characters)." |
*
* @param {Staff_New_Staff_Error_NameInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_staff_error_name = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_staff_error_name(inputs);
	return da_staff_new_staff_error_name(inputs);
});
// src/lib/paraglide/messages/staff_new_staff_error_role.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_New_Staff_Error_RoleInputs */
var da_staff_new_staff_error_role = () => {
	return `Vælg en rolle.`;
};
var en_staff_new_staff_error_role = () => {
	return `Choose a role.`;
};
/**
* | output |
* | --- |
* | "Choose a role." |
*
* @param {Staff_New_Staff_Error_RoleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_new_staff_error_role = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_new_staff_error_role(inputs);
	return da_staff_new_staff_error_role(inputs);
});
// src/lib/i18n/form-errors.ts
/** Message keys that validation and actions may return, and the words for each. */
var formErrors = {
	login_error_name_required,
	login_error_password_required,
	login_error_failed,
	login_error_limited,
	login_error_too_long,
	activate_error_code_required,
	activate_error_code_format,
	activate_error_code_invalid,
	activate_error_code_expired,
	activate_error_code_used,
	activate_error_code_not_yet,
	activate_error_limited,
	activate_error_login_name_required,
	activate_error_login_name_format,
	activate_error_login_name_taken,
	activate_error_password_short,
	activate_error_password_long,
	helpers_error_areas,
	helpers_error_areas_none,
	helpers_error_date,
	helpers_error_kind,
	helpers_error_name,
	helpers_error_name_long,
	invite_error_wrong_role,
	invite_error_invalid,
	invite_error_expired,
	invite_error_used,
	password_error_current,
	passkeys_failed,
	data_error_message_long,
	staff_request_error_answer,
	dreams_error_text,
	dreams_error_text_long,
	dreams_error_area,
	dreams_error_visibility,
	dreams_error_conflict,
	plan_error_conflict,
	plan_error_goal,
	plan_error_goal_long,
	plan_error_step,
	plan_error_owner,
	plan_error_progress,
	collab_error_empty,
	collab_error_answer,
	collab_error_comment_long,
	collab_error_conflict,
	staff_questions_error_name,
	staff_questions_error_questions,
	staff_questions_error_last,
	wish_error_one,
	wish_error_role_practical,
	wish_error_role_personal,
	wish_error_role_plan,
	wish_error_team_size,
	wish_error_main,
	wish_error_worker,
	wish_error_waiting,
	wish_error_open,
	wish_error_reason_long,
	wish_error_helper,
	staff_wish_error_date,
	staff_wish_error_over,
	staff_wish_error_reason,
	staff_wish_error_instead,
	staff_wish_error_long,
	staff_wish_error_gone,
	staff_profile_error_long,
	staff_profile_error_capacity,
	staff_photo_error_file,
	staff_photo_error_large,
	staff_photo_error_image,
	staff_photo_error_alt,
	staff_suggest_contact_error_worker,
	staff_suggest_contact_error_words,
	meeting_error_text,
	meeting_error_long,
	staff_meeting_error_type,
	staff_meeting_error_when,
	staff_meeting_error_place,
	staff_summary_error,
	staff_summary_error_not_held,
	staff_settings_error_days,
	staff_settings_error_months,
	staff_settings_error_text,
	staff_new_citizen_error_name,
	staff_new_citizen_error_hours,
	staff_new_citizen_error_basis,
	staff_new_citizen_error_start,
	staff_new_citizen_error_worker,
	staff_end_support_error,
	staff_new_staff_error_name,
	staff_new_staff_error_role
};
/** The text for an error key; an unknown key shows the generic "something went wrong". */
function formErrorText(key) {
	return key in formErrors ? formErrors[key]() : error_generic_text();
}
/** Every error key of a form turned into words, in the language of the request or page. */
function formErrorTexts(errors) {
	return Object.fromEntries(Object.entries(errors).map(([field, key]) => [field, formErrorText(key)]));
}
export { formErrorTexts as n, invite_error_wrong_role as r, formErrorText as t };

//# sourceMappingURL=form-errors.js.map