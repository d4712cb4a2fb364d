import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/staff_basis_sel85.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Basis_Sel85Inputs */
var da_staff_basis_sel85 = () => {
	return `§ 85`;
};
var en_staff_basis_sel85 = () => {
	return `§ 85`;
};
/**
* | output |
* | --- |
* | "§ 85" |
*
* @param {Staff_Basis_Sel85Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_basis_sel85 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_basis_sel85(inputs);
	return da_staff_basis_sel85(inputs);
});
// src/lib/paraglide/messages/staff_basis_sel99.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Basis_Sel99Inputs */
var da_staff_basis_sel99 = () => {
	return `§ 99`;
};
var en_staff_basis_sel99 = () => {
	return `§ 99`;
};
/**
* | output |
* | --- |
* | "§ 99" |
*
* @param {Staff_Basis_Sel99Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_basis_sel99 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_basis_sel99(inputs);
	return da_staff_basis_sel99(inputs);
});
// src/lib/paraglide/messages/role_contact.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Role_ContactInputs */
var da_role_contact = () => {
	return `Kontaktperson`;
};
var en_role_contact = () => {
	return `Contact person`;
};
/**
* | output |
* | --- |
* | "Contact person" |
*
* @param {Role_ContactInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var role_contact = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_role_contact(inputs);
	return da_role_contact(inputs);
});
// src/lib/paraglide/messages/role_practical.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Role_PracticalInputs */
var da_role_practical = () => {
	return `Praktisk`;
};
var en_role_practical = () => {
	return `Practical`;
};
/**
* | output |
* | --- |
* | "Practical" |
*
* @param {Role_PracticalInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var role_practical = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_role_practical(inputs);
	return da_role_practical(inputs);
});
// src/lib/paraglide/messages/role_personal.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Role_PersonalInputs */
var da_role_personal = () => {
	return `Personlig`;
};
var en_role_personal = () => {
	return `Personal`;
};
/**
* | output |
* | --- |
* | "Personal" |
*
* @param {Role_PersonalInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var role_personal = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_role_personal(inputs);
	return da_role_personal(inputs);
});
// src/lib/paraglide/messages/role_plan.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Role_PlanInputs */
var da_role_plan = () => {
	return `Planen`;
};
var en_role_plan = () => {
	return `The plan`;
};
/**
* | output |
* | --- |
* | "The plan" |
*
* @param {Role_PlanInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var role_plan = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_role_plan(inputs);
	return da_role_plan(inputs);
});
// src/lib/paraglide/messages/role_cover.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Role_CoverInputs */
var da_role_cover = () => {
	return `Vikar`;
};
var en_role_cover = () => {
	return `Stand-in`;
};
/**
* | output |
* | --- |
* | "Stand-in" |
*
* @param {Role_CoverInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var role_cover = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_role_cover(inputs);
	return da_role_cover(inputs);
});
// src/lib/paraglide/messages/area_overview.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Area_OverviewInputs */
var da_area_overview = () => {
	return `Oversigt`;
};
var en_area_overview = () => {
	return `Overview`;
};
/**
* | output |
* | --- |
* | "Overview" |
*
* @param {Area_OverviewInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var area_overview = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_area_overview(inputs);
	return da_area_overview(inputs);
});
// src/lib/paraglide/messages/area_dreams.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Area_DreamsInputs */
var da_area_dreams = () => {
	return `Drømme`;
};
var en_area_dreams = () => {
	return `Dreams`;
};
/**
* | output |
* | --- |
* | "Dreams" |
*
* @param {Area_DreamsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var area_dreams = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_area_dreams(inputs);
	return da_area_dreams(inputs);
});
// src/lib/paraglide/messages/area_plan.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Area_PlanInputs */
var da_area_plan = () => {
	return `Plan`;
};
var en_area_plan = () => {
	return `Plan`;
};
/**
* | output |
* | --- |
* | "Plan" |
*
* @param {Area_PlanInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var area_plan = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_area_plan(inputs);
	return da_area_plan(inputs);
});
// src/lib/paraglide/messages/area_meetings.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Area_MeetingsInputs */
var da_area_meetings = () => {
	return `Møder`;
};
var en_area_meetings = () => {
	return `Meetings`;
};
/**
* | output |
* | --- |
* | "Meetings" |
*
* @param {Area_MeetingsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var area_meetings = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_area_meetings(inputs);
	return da_area_meetings(inputs);
});
// src/lib/paraglide/messages/area_ratings.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Area_RatingsInputs */
var da_area_ratings = () => {
	return `Svar om samarbejdet`;
};
var en_area_ratings = () => {
	return `Answers about how it is going`;
};
/**
* | output |
* | --- |
* | "Answers about how it is going" |
*
* @param {Area_RatingsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var area_ratings = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_area_ratings(inputs);
	return da_area_ratings(inputs);
});
// src/lib/paraglide/messages/area_network.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Area_NetworkInputs */
var da_area_network = () => {
	return `Netværk`;
};
var en_area_network = () => {
	return `Network`;
};
/**
* | output |
* | --- |
* | "Network" |
*
* @param {Area_NetworkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var area_network = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_area_network(inputs);
	return da_area_network(inputs);
});
// src/lib/paraglide/messages/area_helpers.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Area_HelpersInputs */
var da_area_helpers = () => {
	return `Hjælpere`;
};
var en_area_helpers = () => {
	return `Helpers`;
};
/**
* | output |
* | --- |
* | "Helpers" |
*
* @param {Area_HelpersInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var area_helpers = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_area_helpers(inputs);
	return da_area_helpers(inputs);
});
// src/lib/paraglide/messages/area_access_log.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Area_Access_LogInputs */
var da_area_access_log = () => {
	return `Hvem har set oplysningerne`;
};
var en_area_access_log = () => {
	return `Who has seen the information`;
};
/**
* | output |
* | --- |
* | "Who has seen the information" |
*
* @param {Area_Access_LogInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var area_access_log = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_area_access_log(inputs);
	return da_area_access_log(inputs);
});
// src/lib/paraglide/messages/area_account.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Area_AccountInputs */
var da_area_account = () => {
	return `Konto`;
};
var en_area_account = () => {
	return `Account`;
};
/**
* | output |
* | --- |
* | "Account" |
*
* @param {Area_AccountInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var area_account = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_area_account(inputs);
	return da_area_account(inputs);
});
// src/lib/paraglide/messages/area_data.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Area_DataInputs */
var da_area_data = () => {
	return `Alle oplysninger`;
};
var en_area_data = () => {
	return `All information`;
};
/**
* | output |
* | --- |
* | "All information" |
*
* @param {Area_DataInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var area_data = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_area_data(inputs);
	return da_area_data(inputs);
});
// src/lib/paraglide/messages/print_basis_sel85.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Basis_Sel85Inputs */
var da_print_basis_sel85 = () => {
	return `Hjælp og støtte i hverdagen`;
};
var en_print_basis_sel85 = () => {
	return `Help and support in daily life`;
};
/**
* | output |
* | --- |
* | "Help and support in daily life" |
*
* @param {Print_Basis_Sel85Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_basis_sel85 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_basis_sel85(inputs);
	return da_print_basis_sel85(inputs);
});
// src/lib/paraglide/messages/print_basis_sel99.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Print_Basis_Sel99Inputs */
var da_print_basis_sel99 = () => {
	return `En støtte- og kontaktperson`;
};
var en_print_basis_sel99 = () => {
	return `A support and contact person`;
};
/**
* | output |
* | --- |
* | "A support and contact person" |
*
* @param {Print_Basis_Sel99Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var print_basis_sel99 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_print_basis_sel99(inputs);
	return da_print_basis_sel99(inputs);
});
// src/lib/paraglide/messages/area_contact_person.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Area_Contact_PersonInputs */
var da_area_contact_person = () => {
	return `Valg af kontaktperson`;
};
var en_area_contact_person = () => {
	return `Choice of contact person`;
};
/**
* | output |
* | --- |
* | "Choice of contact person" |
*
* @param {Area_Contact_PersonInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var area_contact_person = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_area_contact_person(inputs);
	return da_area_contact_person(inputs);
});
// src/lib/paraglide/messages/role_member.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Role_MemberInputs */
var da_role_member = () => {
	return `Også i teamet`;
};
var en_role_member = () => {
	return `Also in the team`;
};
/**
* | output |
* | --- |
* | "Also in the team" |
*
* @param {Role_MemberInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var role_member = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_role_member(inputs);
	return da_role_member(inputs);
});
// src/lib/i18n/labels.ts
/** Words for the assignment roles, shared by the citizen and staff pages. */
function roleLabel(role) {
	return {
		contact: role_contact,
		practical: role_practical,
		personal: role_personal,
		plan: role_plan,
		member: role_member,
		cover: role_cover
	}[role]();
}
/** The legal basis as staff name it ("§ 85"). */
function legalBasisLabel(basis) {
	return basis === "sel85" ? staff_basis_sel85() : staff_basis_sel99();
}
/** The legal basis in a citizen's words: the kind of support, no paragraph number. */
function supportKindLabel(basis) {
	return basis === "sel85" ? print_basis_sel85() : print_basis_sel99();
}
var areaLabels = {
	overview: area_overview,
	dreams: area_dreams,
	plan: area_plan,
	meetings: area_meetings,
	ratings: area_ratings,
	"contact-person": area_contact_person,
	network: area_network,
	helpers: area_helpers,
	"access-log": area_access_log,
	account: area_account,
	data: area_data
};
/** The name of an area of a citizen's data; an unknown key (an area added later) shows as itself. */
function areaLabel(area) {
	return area in areaLabels ? areaLabels[area]() : area;
}
export { supportKindLabel as i, legalBasisLabel as n, roleLabel as r, areaLabel as t };

//# sourceMappingURL=labels.js.map