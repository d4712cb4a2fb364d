import { f as attr, i as derived, l as stringify, m as escape_html, s as head, t as attr_class } from "../../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../../chunks/app_name.js";
import "../../../../../../chunks/forms.js";
import { t as staff_citizen_back } from "../../../../../../chunks/staff_citizen_back.js";
import { t as staff_workers_title } from "../../../../../../chunks/staff_workers_title.js";
import "../../../../../../chunks/keep-draft.js";
import { l as localizeHref, r as getLocale } from "../../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../../chunks/routes.js";
import { t as Error_summary } from "../../../../../../chunks/error-summary.js";
import { t as Text_field } from "../../../../../../chunks/text-field.js";
// src/lib/paraglide/messages/staff_profile_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Staff_Profile_TitleInputs */
var da_staff_profile_title = (i) => {
	return `Profil: ${i?.name}`;
};
var en_staff_profile_title = (i) => {
	return `Profile: ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Profile: {name}" |
*
* @param {Staff_Profile_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_profile_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_profile_title(inputs);
	return da_staff_profile_title(inputs);
});
// src/lib/paraglide/messages/staff_profile_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Profile_IntroInputs */
var da_staff_profile_intro = () => {
	return `Borgerne ser profilen i Mød medarbejderne. Skriv kort og med hverdagsord.`;
};
var en_staff_profile_intro = () => {
	return `Citizens see the profile in Meet the staff. Write briefly, in everyday words.`;
};
/**
* | output |
* | --- |
* | "Citizens see the profile in Meet the staff. Write briefly, in everyday words." |
*
* @param {Staff_Profile_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_profile_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_profile_intro(inputs);
	return da_staff_profile_intro(inputs);
});
// src/lib/paraglide/messages/staff_profile_good_at.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Profile_Good_AtInputs */
var da_staff_profile_good_at = () => {
	return `Jeg er god til`;
};
var en_staff_profile_good_at = () => {
	return `I am good at`;
};
/**
* | output |
* | --- |
* | "I am good at" |
*
* @param {Staff_Profile_Good_AtInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_profile_good_at = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_profile_good_at(inputs);
	return da_staff_profile_good_at(inputs);
});
// src/lib/paraglide/messages/staff_profile_interests.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Profile_InterestsInputs */
var da_staff_profile_interests = () => {
	return `Det kan jeg lide`;
};
var en_staff_profile_interests = () => {
	return `I like`;
};
/**
* | output |
* | --- |
* | "I like" |
*
* @param {Staff_Profile_InterestsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_profile_interests = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_profile_interests(inputs);
	return da_staff_profile_interests(inputs);
});
// src/lib/paraglide/messages/staff_profile_languages.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Profile_LanguagesInputs */
var da_staff_profile_languages = () => {
	return `Sprog`;
};
var en_staff_profile_languages = () => {
	return `Languages`;
};
/**
* | output |
* | --- |
* | "Languages" |
*
* @param {Staff_Profile_LanguagesInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_profile_languages = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_profile_languages(inputs);
	return da_staff_profile_languages(inputs);
});
// src/lib/paraglide/messages/staff_profile_days.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Profile_DaysInputs */
var da_staff_profile_days = () => {
	return `Jeg arbejder`;
};
var en_staff_profile_days = () => {
	return `I work`;
};
/**
* | output |
* | --- |
* | "I work" |
*
* @param {Staff_Profile_DaysInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_profile_days = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_profile_days(inputs);
	return da_staff_profile_days(inputs);
});
// src/lib/paraglide/messages/staff_profile_background.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Profile_BackgroundInputs */
var da_staff_profile_background = () => {
	return `Min baggrund`;
};
var en_staff_profile_background = () => {
	return `My background`;
};
/**
* | output |
* | --- |
* | "My background" |
*
* @param {Staff_Profile_BackgroundInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_profile_background = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_profile_background(inputs);
	return da_staff_profile_background(inputs);
});
// src/lib/paraglide/messages/staff_profile_capacity.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Profile_CapacityInputs */
var da_staff_profile_capacity = () => {
	return `Højst antal borgere`;
};
var en_staff_profile_capacity = () => {
	return `Maximum number of citizens`;
};
/**
* | output |
* | --- |
* | "Maximum number of citizens" |
*
* @param {Staff_Profile_CapacityInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_profile_capacity = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_profile_capacity(inputs);
	return da_staff_profile_capacity(inputs);
});
// src/lib/paraglide/messages/staff_profile_capacity_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Profile_Capacity_HintInputs */
var da_staff_profile_capacity_hint = () => {
	return `Sættes af lederen.`;
};
var en_staff_profile_capacity_hint = () => {
	return `Set by the leader.`;
};
/**
* | output |
* | --- |
* | "Set by the leader." |
*
* @param {Staff_Profile_Capacity_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_profile_capacity_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_profile_capacity_hint(inputs);
	return da_staff_profile_capacity_hint(inputs);
});
// src/lib/paraglide/messages/staff_profile_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Profile_SaveInputs */
var da_staff_profile_save = () => {
	return `Gem profilen`;
};
var en_staff_profile_save = () => {
	return `Save the profile`;
};
/**
* | output |
* | --- |
* | "Save the profile" |
*
* @param {Staff_Profile_SaveInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_profile_save = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_profile_save(inputs);
	return da_staff_profile_save(inputs);
});
// src/lib/paraglide/messages/staff_profile_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Profile_SavedInputs */
var da_staff_profile_saved = () => {
	return `Profilen er gemt.`;
};
var en_staff_profile_saved = () => {
	return `The profile is saved.`;
};
/**
* | output |
* | --- |
* | "The profile is saved." |
*
* @param {Staff_Profile_SavedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_profile_saved = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_profile_saved(inputs);
	return da_staff_profile_saved(inputs);
});
// src/lib/paraglide/messages/staff_photo_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Photo_TitleInputs */
var da_staff_photo_title = () => {
	return `Foto`;
};
var en_staff_photo_title = () => {
	return `Photo`;
};
/**
* | output |
* | --- |
* | "Photo" |
*
* @param {Staff_Photo_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_photo_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_photo_title(inputs);
	return da_staff_photo_title(inputs);
});
// src/lib/paraglide/messages/staff_photo_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Photo_NoneInputs */
var da_staff_photo_none = () => {
	return `Der er intet foto.`;
};
var en_staff_photo_none = () => {
	return `There is no photo.`;
};
/**
* | output |
* | --- |
* | "There is no photo." |
*
* @param {Staff_Photo_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_photo_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_photo_none(inputs);
	return da_staff_photo_none(inputs);
});
// src/lib/paraglide/messages/staff_photo_file.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Photo_FileInputs */
var da_staff_photo_file = () => {
	return `Vælg et foto (JPEG, PNG eller WebP, højst 5 MB)`;
};
var en_staff_photo_file = () => {
	return `Choose a photo (JPEG, PNG or WebP, at most 5 MB)`;
};
/**
* | output |
* | --- |
* | "Choose a photo (JPEG, PNG or WebP, at most 5 MB)" |
*
* @param {Staff_Photo_FileInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_photo_file = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_photo_file(inputs);
	return da_staff_photo_file(inputs);
});
// src/lib/paraglide/messages/staff_photo_alt.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Photo_AltInputs */
var da_staff_photo_alt = () => {
	return `Beskriv fotoet med ord`;
};
var en_staff_photo_alt = () => {
	return `Describe the photo in words`;
};
/**
* | output |
* | --- |
* | "Describe the photo in words" |
*
* @param {Staff_Photo_AltInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_photo_alt = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_photo_alt(inputs);
	return da_staff_photo_alt(inputs);
});
// src/lib/paraglide/messages/staff_photo_alt_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Photo_Alt_HintInputs */
var da_staff_photo_alt_hint = () => {
	return `For eksempel: Mette smiler og har en rød trøje på.`;
};
var en_staff_photo_alt_hint = () => {
	return `For example: Mette smiles and wears a red sweater.`;
};
/**
* | output |
* | --- |
* | "For example: Mette smiles and wears a red sweater." |
*
* @param {Staff_Photo_Alt_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_photo_alt_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_photo_alt_hint(inputs);
	return da_staff_photo_alt_hint(inputs);
});
// src/lib/paraglide/messages/staff_photo_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Photo_SaveInputs */
var da_staff_photo_save = () => {
	return `Gem foto`;
};
var en_staff_photo_save = () => {
	return `Save photo`;
};
/**
* | output |
* | --- |
* | "Save photo" |
*
* @param {Staff_Photo_SaveInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_photo_save = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_photo_save(inputs);
	return da_staff_photo_save(inputs);
});
// src/lib/paraglide/messages/staff_photo_remove.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Photo_RemoveInputs */
var da_staff_photo_remove = () => {
	return `Fjern foto`;
};
var en_staff_photo_remove = () => {
	return `Remove photo`;
};
/**
* | output |
* | --- |
* | "Remove photo" |
*
* @param {Staff_Photo_RemoveInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_photo_remove = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_photo_remove(inputs);
	return da_staff_photo_remove(inputs);
});
// src/lib/paraglide/messages/staff_photo_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Photo_SavedInputs */
var da_staff_photo_saved = () => {
	return `Fotoet er gemt.`;
};
var en_staff_photo_saved = () => {
	return `The photo is saved.`;
};
/**
* | output |
* | --- |
* | "The photo is saved." |
*
* @param {Staff_Photo_SavedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_photo_saved = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_photo_saved(inputs);
	return da_staff_photo_saved(inputs);
});
// src/lib/paraglide/messages/staff_photo_removed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Photo_RemovedInputs */
var da_staff_photo_removed = () => {
	return `Fotoet er fjernet.`;
};
var en_staff_photo_removed = () => {
	return `The photo is removed.`;
};
/**
* | output |
* | --- |
* | "The photo is removed." |
*
* @param {Staff_Photo_RemovedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_photo_removed = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_photo_removed(inputs);
	return da_staff_photo_removed(inputs);
});
// src/routes/(staff)/staff/workers/[workerId]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const errors = derived(() => form && "errors" in form ? form.errors ?? {} : {});
		const values = derived(() => form && "values" in form ? form.values ?? {} : {});
		const profileValue = (field) => form?.action === "profile" && field in values() ? values()[field] : data.worker[field];
		head("1yw7x8d", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(staff_profile_title({ name: data.worker.name }))} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<p><a${attr("href", localizeHref(data.isLeader ? routes.staffWorkers() : routes.staffHome()))}>`);
		Icon($$renderer, {
			name: "arrow-left",
			size: 20
		});
		$$renderer.push(`<!----> ${escape_html(data.isLeader ? staff_workers_title() : staff_citizen_back())}</a></p> <h1>${escape_html(staff_profile_title({ name: data.worker.name }))}</h1> <p>${escape_html(staff_profile_intro())}</p> `);
		if (form && "saved" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(form.action === "profile" ? staff_profile_saved() : form.action === "photo" ? staff_photo_saved() : staff_photo_removed())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		Error_summary($$renderer, { errors: errors() });
		$$renderer.push(`<!----> <form method="POST" action="?/profile" novalidate="">`);
		Text_field($$renderer, {
			name: "goodAt",
			label: staff_profile_good_at(),
			value: profileValue("goodAt"),
			error: errors().goodAt,
			autocomplete: "off"
		});
		$$renderer.push(`<!----> `);
		Text_field($$renderer, {
			name: "interests",
			label: staff_profile_interests(),
			value: profileValue("interests"),
			error: errors().interests,
			autocomplete: "off"
		});
		$$renderer.push(`<!----> `);
		Text_field($$renderer, {
			name: "languages",
			label: staff_profile_languages(),
			value: profileValue("languages"),
			error: errors().languages,
			autocomplete: "off"
		});
		$$renderer.push(`<!----> `);
		Text_field($$renderer, {
			name: "workDays",
			label: staff_profile_days(),
			value: profileValue("workDays"),
			error: errors().workDays,
			autocomplete: "off"
		});
		$$renderer.push(`<!----> `);
		Text_field($$renderer, {
			name: "background",
			label: staff_profile_background(),
			value: profileValue("background"),
			error: errors().background,
			autocomplete: "off"
		});
		$$renderer.push(`<!----> `);
		if (data.isLeader) {
			$$renderer.push("<!--[0-->");
			Text_field($$renderer, {
				name: "capacity",
				label: staff_profile_capacity(),
				hint: staff_profile_capacity_hint(),
				value: form?.action === "profile" && values().capacity !== void 0 ? values().capacity : String(data.worker.capacity),
				error: errors().capacity,
				inputmode: "numeric",
				autocomplete: "off"
			});
		} else $$renderer.push(`<!--[-1--><p>${escape_html(staff_profile_capacity())}: ${escape_html(data.worker.capacity)} (${escape_html(staff_profile_capacity_hint())})</p>`);
		$$renderer.push(`<!--]--> <button class="button" type="submit">`);
		Icon($$renderer, {
			name: "save",
			size: 24
		});
		$$renderer.push(`<!---->${escape_html(staff_profile_save())}</button></form> <h2>${escape_html(staff_photo_title())}</h2> `);
		if (data.photoAlt) {
			$$renderer.push(`<!--[0--><img class="profile-photo svelte-1yw7x8d"${attr("src", `${stringify(routes.workerPhoto(data.worker.id))}?v=${stringify(data.photoVersion)}`)}${attr("alt", data.photoAlt)} width="160" height="160"/> <form method="POST" action="?/removePhoto"><button class="button button--secondary" type="submit">`);
			Icon($$renderer, {
				name: "trash-2",
				size: 24
			});
			$$renderer.push(`<!---->${escape_html(staff_photo_remove())}</button></form>`);
		} else $$renderer.push(`<!--[-1--><p>${escape_html(staff_photo_none())}</p>`);
		$$renderer.push(`<!--]--> <form method="POST" action="?/photo" enctype="multipart/form-data" novalidate=""><div${attr_class("field", void 0, { "field--error": !!errors().photo })}><label for="field-photo">${escape_html(staff_photo_file())}</label> `);
		if (errors().photo) $$renderer.push(`<!--[0--><p class="field__error" id="field-photo-error">${escape_html(errors().photo)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <input id="field-photo" type="file" name="photo" accept="image/jpeg,image/png,image/webp"${attr("aria-describedby", errors().photo ? "field-photo-error" : void 0)}/></div> `);
		Text_field($$renderer, {
			name: "alt",
			label: staff_photo_alt(),
			hint: staff_photo_alt_hint(),
			value: values().alt ?? data.photoAlt ?? "",
			error: errors().alt,
			autocomplete: "off"
		});
		$$renderer.push(`<!----> <button class="button" type="submit">`);
		Icon($$renderer, {
			name: "save",
			size: 24
		});
		$$renderer.push(`<!---->${escape_html(staff_photo_save())}</button></form>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map