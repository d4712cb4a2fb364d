import { r as getLocale } from "./runtime.js";
import { f as attr, i as derived, m as escape_html, o as ensure_array_like, t as attr_class } from "./server2.js";
import { t as Icon } from "./icon.js";
import { n as formatDate, r as formatTime, t as dayOf } from "./format.js";
// src/lib/paraglide/messages/log_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_EmptyInputs */
var da_log_empty = () => {
	return `Ingen andre har set dine oplysninger endnu.`;
};
var en_log_empty = () => {
	return `Nobody else has seen your information yet.`;
};
/**
* | output |
* | --- |
* | "Nobody else has seen your information yet." |
*
* @param {Log_EmptyInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_empty = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_empty(inputs);
	return da_log_empty(inputs);
});
// src/lib/paraglide/messages/log_filter_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Filter_LabelInputs */
var da_log_filter_label = () => {
	return `Vis kun én person`;
};
var en_log_filter_label = () => {
	return `Show only one person`;
};
/**
* | output |
* | --- |
* | "Show only one person" |
*
* @param {Log_Filter_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_filter_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_filter_label(inputs);
	return da_log_filter_label(inputs);
});
// src/lib/paraglide/messages/log_filter_all.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Filter_AllInputs */
var da_log_filter_all = () => {
	return `Alle`;
};
var en_log_filter_all = () => {
	return `Everyone`;
};
/**
* | output |
* | --- |
* | "Everyone" |
*
* @param {Log_Filter_AllInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_filter_all = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_filter_all(inputs);
	return da_log_filter_all(inputs);
});
// src/lib/paraglide/messages/log_filter_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Filter_SubmitInputs */
var da_log_filter_submit = () => {
	return `Vis`;
};
var en_log_filter_submit = () => {
	return `Show`;
};
/**
* | output |
* | --- |
* | "Show" |
*
* @param {Log_Filter_SubmitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_filter_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_filter_submit(inputs);
	return da_log_filter_submit(inputs);
});
// src/lib/paraglide/messages/log_pages_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Pages_LabelInputs */
var da_log_pages_label = () => {
	return `Flere linjer`;
};
var en_log_pages_label = () => {
	return `More lines`;
};
/**
* | output |
* | --- |
* | "More lines" |
*
* @param {Log_Pages_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_pages_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_pages_label(inputs);
	return da_log_pages_label(inputs);
});
// src/lib/paraglide/messages/log_page_newer.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Page_NewerInputs */
var da_log_page_newer = () => {
	return `Nyere`;
};
var en_log_page_newer = () => {
	return `Newer`;
};
/**
* | output |
* | --- |
* | "Newer" |
*
* @param {Log_Page_NewerInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_page_newer = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_page_newer(inputs);
	return da_log_page_newer(inputs);
});
// src/lib/paraglide/messages/log_page_older.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Page_OlderInputs */
var da_log_page_older = () => {
	return `Ældre`;
};
var en_log_page_older = () => {
	return `Older`;
};
/**
* | output |
* | --- |
* | "Older" |
*
* @param {Log_Page_OlderInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_page_older = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_page_older(inputs);
	return da_log_page_older(inputs);
});
// src/lib/paraglide/messages/log_page_older_notice.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Page_Older_NoticeInputs */
var da_log_page_older_notice = () => {
	return `Du ser ældre linjer. Tryk på Nyere for at se nyere linjer.`;
};
var en_log_page_older_notice = () => {
	return `You are looking at older lines. Press Newer to see newer lines.`;
};
/**
* | output |
* | --- |
* | "You are looking at older lines. Press Newer to see newer lines." |
*
* @param {Log_Page_Older_NoticeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_page_older_notice = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_page_older_notice(inputs);
	return da_log_page_older_notice(inputs);
});
// src/lib/paraglide/messages/log_role_contact.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Role_ContactInputs */
var da_log_role_contact = () => {
	return `din kontaktperson`;
};
var en_log_role_contact = () => {
	return `your contact person`;
};
/**
* | output |
* | --- |
* | "your contact person" |
*
* @param {Log_Role_ContactInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_role_contact = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_role_contact(inputs);
	return da_log_role_contact(inputs);
});
// src/lib/paraglide/messages/log_role_worker.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Role_WorkerInputs */
var da_log_role_worker = () => {
	return `medarbejder`;
};
var en_log_role_worker = () => {
	return `staff member`;
};
/**
* | output |
* | --- |
* | "staff member" |
*
* @param {Log_Role_WorkerInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_role_worker = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_role_worker(inputs);
	return da_log_role_worker(inputs);
});
// src/lib/paraglide/messages/log_role_leader.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Role_LeaderInputs */
var da_log_role_leader = () => {
	return `leder`;
};
var en_log_role_leader = () => {
	return `leader`;
};
/**
* | output |
* | --- |
* | "leader" |
*
* @param {Log_Role_LeaderInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_role_leader = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_role_leader(inputs);
	return da_log_role_leader(inputs);
});
// src/lib/paraglide/messages/log_role_relative.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Role_RelativeInputs */
var da_log_role_relative = () => {
	return `pårørende`;
};
var en_log_role_relative = () => {
	return `relative`;
};
/**
* | output |
* | --- |
* | "relative" |
*
* @param {Log_Role_RelativeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_role_relative = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_role_relative(inputs);
	return da_log_role_relative(inputs);
});
// src/lib/paraglide/messages/log_role_guide.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Role_GuideInputs */
var da_log_role_guide = () => {
	return `brugerguide`;
};
var en_log_role_guide = () => {
	return `peer guide`;
};
/**
* | output |
* | --- |
* | "peer guide" |
*
* @param {Log_Role_GuideInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_role_guide = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_role_guide(inputs);
	return da_log_role_guide(inputs);
});
// src/lib/paraglide/messages/log_role_citizen.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Role_CitizenInputs */
var da_log_role_citizen = () => {
	return `dig selv`;
};
var en_log_role_citizen = () => {
	return `you`;
};
/**
* | output |
* | --- |
* | "you" |
*
* @param {Log_Role_CitizenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_role_citizen = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_role_citizen(inputs);
	return da_log_role_citizen(inputs);
});
// src/lib/paraglide/messages/log_unknown_person.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Unknown_PersonInputs */
var da_log_unknown_person = () => {
	return `En ukendt person`;
};
var en_log_unknown_person = () => {
	return `An unknown person`;
};
/**
* | output |
* | --- |
* | "An unknown person" |
*
* @param {Log_Unknown_PersonInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_unknown_person = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_unknown_person(inputs);
	return da_log_unknown_person(inputs);
});
// src/lib/paraglide/messages/log_entry_read.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, role: NonNullable<unknown>, area: NonNullable<unknown>, time: NonNullable<unknown> }} Log_Entry_ReadInputs */
var da_log_entry_read = (i) => {
	return `${i?.name} (${i?.role}) så ${i?.area} klokken ${i?.time}.`;
};
var en_log_entry_read = (i) => {
	return `${i?.name} (${i?.role}) saw ${i?.area} at ${i?.time}.`;
};
/**
* | output |
* | --- |
* | "{name} ({role}) saw {area} at {time}." |
*
* @param {Log_Entry_ReadInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_entry_read = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_entry_read(inputs);
	return da_log_entry_read(inputs);
});
// src/lib/paraglide/messages/log_entry_create.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, role: NonNullable<unknown>, area: NonNullable<unknown>, time: NonNullable<unknown> }} Log_Entry_CreateInputs */
var da_log_entry_create = (i) => {
	return `${i?.name} (${i?.role}) lavede noget nyt i ${i?.area} klokken ${i?.time}.`;
};
var en_log_entry_create = (i) => {
	return `${i?.name} (${i?.role}) made something new in ${i?.area} at ${i?.time}.`;
};
/**
* | output |
* | --- |
* | "{name} ({role}) made something new in {area} at {time}." |
*
* @param {Log_Entry_CreateInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_entry_create = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_entry_create(inputs);
	return da_log_entry_create(inputs);
});
// src/lib/paraglide/messages/log_entry_update.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, role: NonNullable<unknown>, area: NonNullable<unknown>, time: NonNullable<unknown> }} Log_Entry_UpdateInputs */
var da_log_entry_update = (i) => {
	return `${i?.name} (${i?.role}) ændrede ${i?.area} klokken ${i?.time}.`;
};
var en_log_entry_update = (i) => {
	return `${i?.name} (${i?.role}) changed ${i?.area} at ${i?.time}.`;
};
/**
* | output |
* | --- |
* | "{name} ({role}) changed {area} at {time}." |
*
* @param {Log_Entry_UpdateInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_entry_update = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_entry_update(inputs);
	return da_log_entry_update(inputs);
});
// src/lib/paraglide/messages/log_entry_delete.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, role: NonNullable<unknown>, area: NonNullable<unknown>, time: NonNullable<unknown> }} Log_Entry_DeleteInputs */
var da_log_entry_delete = (i) => {
	return `${i?.name} (${i?.role}) slettede noget i ${i?.area} klokken ${i?.time}.`;
};
var en_log_entry_delete = (i) => {
	return `${i?.name} (${i?.role}) deleted something in ${i?.area} at ${i?.time}.`;
};
/**
* | output |
* | --- |
* | "{name} ({role}) deleted something in {area} at {time}." |
*
* @param {Log_Entry_DeleteInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_entry_delete = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_entry_delete(inputs);
	return da_log_entry_delete(inputs);
});
// src/lib/paraglide/messages/log_entry_export.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, role: NonNullable<unknown>, area: NonNullable<unknown>, time: NonNullable<unknown> }} Log_Entry_ExportInputs */
var da_log_entry_export = (i) => {
	return `${i?.name} (${i?.role}) hentede ${i?.area} klokken ${i?.time}.`;
};
var en_log_entry_export = (i) => {
	return `${i?.name} (${i?.role}) downloaded ${i?.area} at ${i?.time}.`;
};
/**
* | output |
* | --- |
* | "{name} ({role}) downloaded {area} at {time}." |
*
* @param {Log_Entry_ExportInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_entry_export = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_entry_export(inputs);
	return da_log_entry_export(inputs);
});
// src/lib/paraglide/messages/log_entry_denied.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, role: NonNullable<unknown>, area: NonNullable<unknown>, time: NonNullable<unknown> }} Log_Entry_DeniedInputs */
var da_log_entry_denied = (i) => {
	return `${i?.name} (${i?.role}) prøvede at se ${i?.area} klokken ${i?.time}. Det fik personen ikke lov til.`;
};
var en_log_entry_denied = (i) => {
	return `${i?.name} (${i?.role}) tried to see ${i?.area} at ${i?.time}. They were not allowed.`;
};
/**
* | output |
* | --- |
* | "{name} ({role}) tried to see {area} at {time}. They were not allowed." |
*
* @param {Log_Entry_DeniedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_entry_denied = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_entry_denied(inputs);
	return da_log_entry_denied(inputs);
});
// src/lib/paraglide/messages/log_entry_denied_repeated.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, role: NonNullable<unknown>, area: NonNullable<unknown>, count: NonNullable<unknown>, time: NonNullable<unknown>, last: NonNullable<unknown> }} Log_Entry_Denied_RepeatedInputs */
var da_log_entry_denied_repeated = (i) => {
	return `${i?.name} (${i?.role}) prøvede at se ${i?.area} ${i?.count} gange. Første gang klokken ${i?.time}, sidste gang ${i?.last}. Det fik personen ikke lov til.`;
};
var en_log_entry_denied_repeated = (i) => {
	return `${i?.name} (${i?.role}) tried to see ${i?.area} ${i?.count} times. First at ${i?.time}, last at ${i?.last}. They were not allowed.`;
};
/**
* | output |
* | --- |
* | "{name} ({role}) tried to see {area} {count} times. First at {time}, last at {last}. They were not allowed." |
*
* @param {Log_Entry_Denied_RepeatedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_entry_denied_repeated = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_entry_denied_repeated(inputs);
	return da_log_entry_denied_repeated(inputs);
});
// src/lib/paraglide/messages/log_entry_read_repeated.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, role: NonNullable<unknown>, area: NonNullable<unknown>, count: NonNullable<unknown>, time: NonNullable<unknown>, last: NonNullable<unknown> }} Log_Entry_Read_RepeatedInputs */
var da_log_entry_read_repeated = (i) => {
	return `${i?.name} (${i?.role}) så ${i?.area} ${i?.count} gange. Første gang klokken ${i?.time}, sidste gang ${i?.last}.`;
};
var en_log_entry_read_repeated = (i) => {
	return `${i?.name} (${i?.role}) saw ${i?.area} ${i?.count} times. First at ${i?.time}, last at ${i?.last}.`;
};
/**
* | output |
* | --- |
* | "{name} ({role}) saw {area} {count} times. First at {time}, last at {last}." |
*
* @param {Log_Entry_Read_RepeatedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_entry_read_repeated = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_entry_read_repeated(inputs);
	return da_log_entry_read_repeated(inputs);
});
// src/lib/paraglide/messages/log_entry_create_repeated.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, role: NonNullable<unknown>, area: NonNullable<unknown>, count: NonNullable<unknown>, time: NonNullable<unknown>, last: NonNullable<unknown> }} Log_Entry_Create_RepeatedInputs */
var da_log_entry_create_repeated = (i) => {
	return `${i?.name} (${i?.role}) lavede noget nyt i ${i?.area} ${i?.count} gange. Første gang klokken ${i?.time}, sidste gang ${i?.last}.`;
};
var en_log_entry_create_repeated = (i) => {
	return `${i?.name} (${i?.role}) made something new in ${i?.area} ${i?.count} times. First at ${i?.time}, last at ${i?.last}.`;
};
/**
* | output |
* | --- |
* | "{name} ({role}) made something new in {area} {count} times. First at {time}, last at {last}." |
*
* @param {Log_Entry_Create_RepeatedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_entry_create_repeated = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_entry_create_repeated(inputs);
	return da_log_entry_create_repeated(inputs);
});
// src/lib/paraglide/messages/log_entry_update_repeated.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, role: NonNullable<unknown>, area: NonNullable<unknown>, count: NonNullable<unknown>, time: NonNullable<unknown>, last: NonNullable<unknown> }} Log_Entry_Update_RepeatedInputs */
var da_log_entry_update_repeated = (i) => {
	return `${i?.name} (${i?.role}) ændrede ${i?.area} ${i?.count} gange. Første gang klokken ${i?.time}, sidste gang ${i?.last}.`;
};
var en_log_entry_update_repeated = (i) => {
	return `${i?.name} (${i?.role}) changed ${i?.area} ${i?.count} times. First at ${i?.time}, last at ${i?.last}.`;
};
/**
* | output |
* | --- |
* | "{name} ({role}) changed {area} {count} times. First at {time}, last at {last}." |
*
* @param {Log_Entry_Update_RepeatedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_entry_update_repeated = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_entry_update_repeated(inputs);
	return da_log_entry_update_repeated(inputs);
});
// src/lib/paraglide/messages/log_entry_delete_repeated.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, role: NonNullable<unknown>, area: NonNullable<unknown>, count: NonNullable<unknown>, time: NonNullable<unknown>, last: NonNullable<unknown> }} Log_Entry_Delete_RepeatedInputs */
var da_log_entry_delete_repeated = (i) => {
	return `${i?.name} (${i?.role}) slettede noget i ${i?.area} ${i?.count} gange. Første gang klokken ${i?.time}, sidste gang ${i?.last}.`;
};
var en_log_entry_delete_repeated = (i) => {
	return `${i?.name} (${i?.role}) deleted something in ${i?.area} ${i?.count} times. First at ${i?.time}, last at ${i?.last}.`;
};
/**
* | output |
* | --- |
* | "{name} ({role}) deleted something in {area} {count} times. First at {time}, last at {last}." |
*
* @param {Log_Entry_Delete_RepeatedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_entry_delete_repeated = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_entry_delete_repeated(inputs);
	return da_log_entry_delete_repeated(inputs);
});
// src/lib/paraglide/messages/log_entry_export_repeated.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, role: NonNullable<unknown>, area: NonNullable<unknown>, count: NonNullable<unknown>, time: NonNullable<unknown>, last: NonNullable<unknown> }} Log_Entry_Export_RepeatedInputs */
var da_log_entry_export_repeated = (i) => {
	return `${i?.name} (${i?.role}) hentede ${i?.area} ${i?.count} gange. Første gang klokken ${i?.time}, sidste gang ${i?.last}.`;
};
var en_log_entry_export_repeated = (i) => {
	return `${i?.name} (${i?.role}) downloaded ${i?.area} ${i?.count} times. First at ${i?.time}, last at ${i?.last}.`;
};
/**
* | output |
* | --- |
* | "{name} ({role}) downloaded {area} {count} times. First at {time}, last at {last}." |
*
* @param {Log_Entry_Export_RepeatedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_entry_export_repeated = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_entry_export_repeated(inputs);
	return da_log_entry_export_repeated(inputs);
});
// src/lib/paraglide/messages/log_entry_reset.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, role: NonNullable<unknown>, time: NonNullable<unknown> }} Log_Entry_ResetInputs */
var da_log_entry_reset = (i) => {
	return `${i?.name} (${i?.role}) nulstillede din adgang klokken ${i?.time}.`;
};
var en_log_entry_reset = (i) => {
	return `${i?.name} (${i?.role}) reset your access at ${i?.time}.`;
};
/**
* | output |
* | --- |
* | "{name} ({role}) reset your access at {time}." |
*
* @param {Log_Entry_ResetInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_entry_reset = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_entry_reset(inputs);
	return da_log_entry_reset(inputs);
});
// src/lib/paraglide/messages/log_area_overview.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Area_OverviewInputs */
var da_log_area_overview = () => {
	return `dine oplysninger`;
};
var en_log_area_overview = () => {
	return `your information`;
};
/**
* | output |
* | --- |
* | "your information" |
*
* @param {Log_Area_OverviewInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_area_overview = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_area_overview(inputs);
	return da_log_area_overview(inputs);
});
// src/lib/paraglide/messages/log_area_dreams.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Area_DreamsInputs */
var da_log_area_dreams = () => {
	return `dine drømme`;
};
var en_log_area_dreams = () => {
	return `your dreams`;
};
/**
* | output |
* | --- |
* | "your dreams" |
*
* @param {Log_Area_DreamsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_area_dreams = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_area_dreams(inputs);
	return da_log_area_dreams(inputs);
});
// src/lib/paraglide/messages/log_area_plan.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Area_PlanInputs */
var da_log_area_plan = () => {
	return `din plan`;
};
var en_log_area_plan = () => {
	return `your plan`;
};
/**
* | output |
* | --- |
* | "your plan" |
*
* @param {Log_Area_PlanInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_area_plan = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_area_plan(inputs);
	return da_log_area_plan(inputs);
});
// src/lib/paraglide/messages/log_area_meetings.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Area_MeetingsInputs */
var da_log_area_meetings = () => {
	return `dine møder`;
};
var en_log_area_meetings = () => {
	return `your meetings`;
};
/**
* | output |
* | --- |
* | "your meetings" |
*
* @param {Log_Area_MeetingsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_area_meetings = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_area_meetings(inputs);
	return da_log_area_meetings(inputs);
});
// src/lib/paraglide/messages/log_area_ratings.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Area_RatingsInputs */
var da_log_area_ratings = () => {
	return `dine svar om samarbejdet`;
};
var en_log_area_ratings = () => {
	return `your answers about how it is going`;
};
/**
* | output |
* | --- |
* | "your answers about how it is going" |
*
* @param {Log_Area_RatingsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_area_ratings = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_area_ratings(inputs);
	return da_log_area_ratings(inputs);
});
// src/lib/paraglide/messages/log_area_network.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Area_NetworkInputs */
var da_log_area_network = () => {
	return `dit netværk`;
};
var en_log_area_network = () => {
	return `your network`;
};
/**
* | output |
* | --- |
* | "your network" |
*
* @param {Log_Area_NetworkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_area_network = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_area_network(inputs);
	return da_log_area_network(inputs);
});
// src/lib/paraglide/messages/log_area_helpers.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Area_HelpersInputs */
var da_log_area_helpers = () => {
	return `dine hjælpere`;
};
var en_log_area_helpers = () => {
	return `your helpers`;
};
/**
* | output |
* | --- |
* | "your helpers" |
*
* @param {Log_Area_HelpersInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_area_helpers = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_area_helpers(inputs);
	return da_log_area_helpers(inputs);
});
// src/lib/paraglide/messages/log_area_access_log.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Area_Access_LogInputs */
var da_log_area_access_log = () => {
	return `listen over, hvem der har set dine oplysninger`;
};
var en_log_area_access_log = () => {
	return `the list of who has seen your information`;
};
/**
* | output |
* | --- |
* | "the list of who has seen your information" |
*
* @param {Log_Area_Access_LogInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_area_access_log = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_area_access_log(inputs);
	return da_log_area_access_log(inputs);
});
// src/lib/paraglide/messages/log_area_account.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Area_AccountInputs */
var da_log_area_account = () => {
	return `din konto`;
};
var en_log_area_account = () => {
	return `your account`;
};
/**
* | output |
* | --- |
* | "your account" |
*
* @param {Log_Area_AccountInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_area_account = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_area_account(inputs);
	return da_log_area_account(inputs);
});
// src/lib/paraglide/messages/log_area_data.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Area_DataInputs */
var da_log_area_data = () => {
	return `alle dine oplysninger`;
};
var en_log_area_data = () => {
	return `all your information`;
};
/**
* | output |
* | --- |
* | "all your information" |
*
* @param {Log_Area_DataInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_area_data = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_area_data(inputs);
	return da_log_area_data(inputs);
});
// src/lib/paraglide/messages/log_area_deletion_request.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Area_Deletion_RequestInputs */
var da_log_area_deletion_request = () => {
	return `din besked om at slette dine oplysninger`;
};
var en_log_area_deletion_request = () => {
	return `your request to delete your information`;
};
/**
* | output |
* | --- |
* | "your request to delete your information" |
*
* @param {Log_Area_Deletion_RequestInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_area_deletion_request = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_area_deletion_request(inputs);
	return da_log_area_deletion_request(inputs);
});
// src/lib/paraglide/messages/log_area_contact_person.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Log_Area_Contact_PersonInputs */
var da_log_area_contact_person = () => {
	return `dit valg af kontaktperson`;
};
var en_log_area_contact_person = () => {
	return `your choice of contact person`;
};
/**
* | output |
* | --- |
* | "your choice of contact person" |
*
* @param {Log_Area_Contact_PersonInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var log_area_contact_person = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_log_area_contact_person(inputs);
	return da_log_area_contact_person(inputs);
});
// src/lib/components/access-log/access-log-list.svelte
function Access_log_list($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Where "Ældre" and "Nyere" lead (a cursor for the address); null when there is nothing more. */
		let { entries, people, selectedPerson, olderCursor = null, newerCursor = null } = $$props;
		const relationWords = {
			contact: log_role_contact,
			worker: log_role_worker,
			leader: log_role_leader,
			relative: log_role_relative,
			guide: log_role_guide,
			citizen: log_role_citizen
		};
		const areaWords = {
			overview: log_area_overview,
			dreams: log_area_dreams,
			plan: log_area_plan,
			meetings: log_area_meetings,
			ratings: log_area_ratings,
			"contact-person": log_area_contact_person,
			network: log_area_network,
			helpers: log_area_helpers,
			"access-log": log_area_access_log,
			account: log_area_account,
			data: log_area_data,
			"deletion-request": log_area_deletion_request
		};
		const sentences = {
			read: log_entry_read,
			create: log_entry_create,
			update: log_entry_update,
			delete: log_entry_delete,
			export: log_entry_export,
			denied: log_entry_denied,
			reset: log_entry_reset
		};
		const repeatedSentences = {
			read: log_entry_read_repeated,
			create: log_entry_create_repeated,
			update: log_entry_update_repeated,
			delete: log_entry_delete_repeated,
			export: log_entry_export_repeated,
			denied: log_entry_denied_repeated
		};
		function describe(entry) {
			const words = {
				name: entry.actorName ?? log_unknown_person(),
				role: relationWords[entry.relation](),
				area: (areaWords[entry.area ?? "overview"] ?? log_area_overview)(),
				time: formatTime(entry.at)
			};
			const repeated = repeatedSentences[entry.action];
			if (repeated && entry.repeatCount > 1) return repeated({
				...words,
				count: entry.repeatCount,
				last: formatTime(entry.lastAt ?? entry.at)
			});
			return (sentences[entry.action] ?? log_entry_read)(words);
		}
		/** A link to another page of the log that keeps the person filter. */
		function pageHref(direction, cursor) {
			const query = new URLSearchParams(selectedPerson ? { person: selectedPerson } : {});
			query.set(direction, cursor);
			return `?${query}`;
		}
		/** Entries grouped by calendar day, newest day first (entries arrive newest first). */
		const days = derived(() => {
			const groups = [];
			for (const entry of entries) {
				const day = dayOf(entry.at);
				if (groups.at(-1)?.day !== day) groups.push({
					day,
					entries: []
				});
				groups.at(-1).entries.push(entry);
			}
			return groups;
		});
		if (people.length > 1) {
			$$renderer.push(`<!--[0--><form method="GET" class="filter"><label for="log-person">${escape_html(log_filter_label())}</label> <select id="log-person" name="person">`);
			$$renderer.option({ value: "" }, ($$renderer) => {
				$$renderer.push(`${escape_html(log_filter_all())}`);
			});
			$$renderer.push(`<!--[-->`);
			const each_array = ensure_array_like(people);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let person = each_array[$$index];
				$$renderer.option({
					value: person.id,
					selected: person.id === selectedPerson
				}, ($$renderer) => {
					$$renderer.push(`${escape_html(person.name ?? log_unknown_person())} (${escape_html(relationWords[person.relation]())})`);
				});
			}
			$$renderer.push(`<!--]--></select> <button class="button button--secondary" type="submit">${escape_html(log_filter_submit())}</button></form>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (newerCursor) $$renderer.push(`<!--[0--><p class="notice">${escape_html(log_page_older_notice())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (entries.length === 0) $$renderer.push(`<!--[0--><p class="notice">${escape_html(log_empty())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><!--[-->`);
			const each_array_1 = ensure_array_like(days());
			for (let $$index_2 = 0, $$length = each_array_1.length; $$index_2 < $$length; $$index_2++) {
				let group = each_array_1[$$index_2];
				$$renderer.push(`<h2>${escape_html(formatDate(group.day))}</h2> <ul class="log-list"><!--[-->`);
				const each_array_2 = ensure_array_like(group.entries);
				for (let $$index_1 = 0, $$length = each_array_2.length; $$index_1 < $$length; $$index_1++) {
					let entry = each_array_2[$$index_1];
					$$renderer.push(`<li${attr_class("", void 0, { "log-list__denied": entry.action === "denied" })}>${escape_html(describe(entry))}</li>`);
				}
				$$renderer.push(`<!--]--></ul>`);
			}
			$$renderer.push(`<!--]-->`);
		}
		$$renderer.push(`<!--]--> `);
		if (olderCursor || newerCursor) {
			$$renderer.push(`<!--[0--><nav class="actions log-pager"${attr("aria-label", log_pages_label())}>`);
			if (newerCursor) {
				$$renderer.push(`<!--[0--><a class="button button--secondary"${attr("href", pageHref("after", newerCursor))} rel="prev">`);
				Icon($$renderer, {
					name: "arrow-left",
					size: 24
				});
				$$renderer.push(`<!---->${escape_html(log_page_newer())}</a>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (olderCursor) {
				$$renderer.push(`<!--[0--><a class="button button--secondary"${attr("href", pageHref("before", olderCursor))} rel="next">${escape_html(log_page_older())}`);
				Icon($$renderer, {
					name: "arrow-right",
					size: 24
				});
				$$renderer.push(`<!----></a>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></nav>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
export { Access_log_list as t };

//# sourceMappingURL=access-log-list.js.map