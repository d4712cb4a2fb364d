import { r as getLocale } from "./runtime.js";
// src/lib/paraglide/messages/life_home.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Life_HomeInputs */
var da_life_home = () => {
	return `Bolig`;
};
var en_life_home = () => {
	return `Home`;
};
/**
* | output |
* | --- |
* | "Home" |
*
* @param {Life_HomeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var life_home = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_life_home(inputs);
	return da_life_home(inputs);
});
// src/lib/paraglide/messages/life_work.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Life_WorkInputs */
var da_life_work = () => {
	return `Arbejde og uddannelse`;
};
var en_life_work = () => {
	return `Work and education`;
};
/**
* | output |
* | --- |
* | "Work and education" |
*
* @param {Life_WorkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var life_work = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_life_work(inputs);
	return da_life_work(inputs);
});
// src/lib/paraglide/messages/life_health.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Life_HealthInputs */
var da_life_health = () => {
	return `Helbred`;
};
var en_life_health = () => {
	return `Health`;
};
/**
* | output |
* | --- |
* | "Health" |
*
* @param {Life_HealthInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var life_health = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_life_health(inputs);
	return da_life_health(inputs);
});
// src/lib/paraglide/messages/life_family.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Life_FamilyInputs */
var da_life_family = () => {
	return `Familie og venner`;
};
var en_life_family = () => {
	return `Family and friends`;
};
/**
* | output |
* | --- |
* | "Family and friends" |
*
* @param {Life_FamilyInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var life_family = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_life_family(inputs);
	return da_life_family(inputs);
});
// src/lib/paraglide/messages/life_leisure.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Life_LeisureInputs */
var da_life_leisure = () => {
	return `Fritid`;
};
var en_life_leisure = () => {
	return `Free time`;
};
/**
* | output |
* | --- |
* | "Free time" |
*
* @param {Life_LeisureInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var life_leisure = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_life_leisure(inputs);
	return da_life_leisure(inputs);
});
// src/lib/paraglide/messages/life_money.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Life_MoneyInputs */
var da_life_money = () => {
	return `Økonomi`;
};
var en_life_money = () => {
	return `Money`;
};
/**
* | output |
* | --- |
* | "Money" |
*
* @param {Life_MoneyInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var life_money = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_life_money(inputs);
	return da_life_money(inputs);
});
// src/lib/paraglide/messages/life_other.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Life_OtherInputs */
var da_life_other = () => {
	return `Andet`;
};
var en_life_other = () => {
	return `Other`;
};
/**
* | output |
* | --- |
* | "Other" |
*
* @param {Life_OtherInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var life_other = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_life_other(inputs);
	return da_life_other(inputs);
});
// src/lib/paraglide/messages/visibility_me.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Visibility_MeInputs */
var da_visibility_me = () => {
	return `Kun mig`;
};
var en_visibility_me = () => {
	return `Only me`;
};
/**
* | output |
* | --- |
* | "Only me" |
*
* @param {Visibility_MeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var visibility_me = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_visibility_me(inputs);
	return da_visibility_me(inputs);
});
// src/lib/paraglide/messages/visibility_team.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Visibility_TeamInputs */
var da_visibility_team = () => {
	return `Mig og mit team`;
};
var en_visibility_team = () => {
	return `Me and my team`;
};
/**
* | output |
* | --- |
* | "Me and my team" |
*
* @param {Visibility_TeamInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var visibility_team = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_visibility_team(inputs);
	return da_visibility_team(inputs);
});
// src/lib/paraglide/messages/visibility_relatives.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Visibility_RelativesInputs */
var da_visibility_relatives = () => {
	return `Også mine pårørende`;
};
var en_visibility_relatives = () => {
	return `Also my relatives`;
};
/**
* | output |
* | --- |
* | "Also my relatives" |
*
* @param {Visibility_RelativesInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var visibility_relatives = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_visibility_relatives(inputs);
	return da_visibility_relatives(inputs);
});
// src/lib/paraglide/messages/change_create.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Change_CreateInputs */
var da_change_create = () => {
	return `Skrevet`;
};
var en_change_create = () => {
	return `Written`;
};
/**
* | output |
* | --- |
* | "Written" |
*
* @param {Change_CreateInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var change_create = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_change_create(inputs);
	return da_change_create(inputs);
});
// src/lib/paraglide/messages/change_update.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Change_UpdateInputs */
var da_change_update = () => {
	return `Rettet`;
};
var en_change_update = () => {
	return `Changed`;
};
/**
* | output |
* | --- |
* | "Changed" |
*
* @param {Change_UpdateInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var change_update = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_change_update(inputs);
	return da_change_update(inputs);
});
// src/lib/paraglide/messages/change_delete.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Change_DeleteInputs */
var da_change_delete = () => {
	return `Slettet`;
};
var en_change_delete = () => {
	return `Deleted`;
};
/**
* | output |
* | --- |
* | "Deleted" |
*
* @param {Change_DeleteInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var change_delete = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_change_delete(inputs);
	return da_change_delete(inputs);
});
// src/lib/paraglide/messages/change_restore.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Change_RestoreInputs */
var da_change_restore = () => {
	return `Hentet tilbage`;
};
var en_change_restore = () => {
	return `Brought back`;
};
/**
* | output |
* | --- |
* | "Brought back" |
*
* @param {Change_RestoreInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var change_restore = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_change_restore(inputs);
	return da_change_restore(inputs);
});
// src/lib/paraglide/messages/change_confirm.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Change_ConfirmInputs */
var da_change_confirm = () => {
	return `Godkendt`;
};
var en_change_confirm = () => {
	return `Confirmed`;
};
/**
* | output |
* | --- |
* | "Confirmed" |
*
* @param {Change_ConfirmInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var change_confirm = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_change_confirm(inputs);
	return da_change_confirm(inputs);
});
// src/lib/i18n/dream-labels.ts
var lifeAreaWords = {
	home: life_home,
	work: life_work,
	health: life_health,
	family: life_family,
	leisure: life_leisure,
	money: life_money,
	other: life_other
};
var lifeAreaLabel = (area) => lifeAreaWords[area]();
var visibilityWords = {
	me: visibility_me,
	team: visibility_team,
	relatives: visibility_relatives
};
var visibilityLabel = (visibility) => visibilityWords[visibility]();
var changeWords = {
	create: change_create,
	update: change_update,
	delete: change_delete,
	restore: change_restore,
	confirm: change_confirm
};
/** "Skrevet", "Rettet" …: what a version of a dream did. */
var dreamChangeLabel = (change) => changeWords[change]();
export { change_restore as a, change_create as c, change_confirm as i, lifeAreaLabel as n, change_delete as o, visibilityLabel as r, change_update as s, dreamChangeLabel as t };

//# sourceMappingURL=dream-labels.js.map