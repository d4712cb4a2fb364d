import { i as derived, m as escape_html, s as head } from "../../../../../../chunks/server2.js";
import { t as app_name } from "../../../../../../chunks/app_name.js";
import { t as Icon } from "../../../../../../chunks/icon.js";
import "../../../../../../chunks/forms.js";
import { t as Error_summary } from "../../../../../../chunks/error-summary.js";
import { n as Invitation_share, t as Grant_settings_fields } from "../../../../../../chunks/grant-settings-fields.js";
import { n as helpers_suggestion_text, t as Helper_summary } from "../../../../../../chunks/helper-summary.js";
import { r as getLocale } from "../../../../../../chunks/runtime.js";
// src/lib/paraglide/messages/helpers_renew.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_RenewInputs */
var da_helpers_renew = () => {
	return `Lav et nyt link`;
};
var en_helpers_renew = () => {
	return `Make a new link`;
};
/**
* | output |
* | --- |
* | "Make a new link" |
*
* @param {Helpers_RenewInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_renew = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_renew(inputs);
	return da_helpers_renew(inputs);
});
// src/lib/paraglide/messages/helpers_renew_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Renew_HintInputs */
var da_helpers_renew_hint = () => {
	return `Brug det, hvis linket er væk eller for gammelt.`;
};
var en_helpers_renew_hint = () => {
	return `Use it if the link is lost or too old.`;
};
/**
* | output |
* | --- |
* | "Use it if the link is lost or too old." |
*
* @param {Helpers_Renew_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_renew_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_renew_hint(inputs);
	return da_helpers_renew_hint(inputs);
});
// src/lib/paraglide/messages/helpers_edit_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Helpers_Edit_TitleInputs */
var da_helpers_edit_title = (i) => {
	return `Ret hvad ${i?.name} må`;
};
var en_helpers_edit_title = (i) => {
	return `Change what ${i?.name} may do`;
};
/**
* | output |
* | --- |
* | "Change what {name} may do" |
*
* @param {Helpers_Edit_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_edit_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_edit_title(inputs);
	return da_helpers_edit_title(inputs);
});
// src/lib/paraglide/messages/helpers_save.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_SaveInputs */
var da_helpers_save = () => {
	return `Gem`;
};
var en_helpers_save = () => {
	return `Save`;
};
/**
* | output |
* | --- |
* | "Save" |
*
* @param {Helpers_SaveInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_save = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_save(inputs);
	return da_helpers_save(inputs);
});
// src/lib/paraglide/messages/helpers_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_SavedInputs */
var da_helpers_saved = () => {
	return `Det er gemt.`;
};
var en_helpers_saved = () => {
	return `It is saved.`;
};
/**
* | output |
* | --- |
* | "It is saved." |
*
* @param {Helpers_SavedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_saved = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_saved(inputs);
	return da_helpers_saved(inputs);
});
// src/lib/paraglide/messages/helpers_remove_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Helpers_Remove_TitleInputs */
var da_helpers_remove_title = (i) => {
	return `Fjern ${i?.name}`;
};
var en_helpers_remove_title = (i) => {
	return `Remove ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Remove {name}" |
*
* @param {Helpers_Remove_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_remove_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_remove_title(inputs);
	return da_helpers_remove_title(inputs);
});
// src/lib/paraglide/messages/helpers_remove_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Helpers_Remove_TextInputs */
var da_helpers_remove_text = (i) => {
	return `Så kan ${i?.name} ikke se dine oplysninger mere. Det sker med det samme.`;
};
var en_helpers_remove_text = (i) => {
	return `Then ${i?.name} cannot see your information any more. It happens at once.`;
};
/**
* | output |
* | --- |
* | "Then {name} cannot see your information any more. It happens at once." |
*
* @param {Helpers_Remove_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_remove_text = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_remove_text(inputs);
	return da_helpers_remove_text(inputs);
});
// src/lib/paraglide/messages/helpers_remove_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Helpers_Remove_SubmitInputs */
var da_helpers_remove_submit = (i) => {
	return `Fjern ${i?.name} nu`;
};
var en_helpers_remove_submit = (i) => {
	return `Remove ${i?.name} now`;
};
/**
* | output |
* | --- |
* | "Remove {name} now" |
*
* @param {Helpers_Remove_SubmitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_remove_submit = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_remove_submit(inputs);
	return da_helpers_remove_submit(inputs);
});
// src/lib/paraglide/messages/helpers_accept_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Helpers_Accept_TitleInputs */
var da_helpers_accept_title = (i) => {
	return `Vil du invitere ${i?.name}?`;
};
var en_helpers_accept_title = (i) => {
	return `Do you want to invite ${i?.name}?`;
};
/**
* | output |
* | --- |
* | "Do you want to invite {name}?" |
*
* @param {Helpers_Accept_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_accept_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_accept_title(inputs);
	return da_helpers_accept_title(inputs);
});
// src/lib/paraglide/messages/helpers_accept_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Accept_SubmitInputs */
var da_helpers_accept_submit = () => {
	return `Ja, lav en invitation`;
};
var en_helpers_accept_submit = () => {
	return `Yes, make an invitation`;
};
/**
* | output |
* | --- |
* | "Yes, make an invitation" |
*
* @param {Helpers_Accept_SubmitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_accept_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_accept_submit(inputs);
	return da_helpers_accept_submit(inputs);
});
// src/lib/paraglide/messages/helpers_decline_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Decline_SubmitInputs */
var da_helpers_decline_submit = () => {
	return `Nej tak`;
};
var en_helpers_decline_submit = () => {
	return `No thanks`;
};
/**
* | output |
* | --- |
* | "No thanks" |
*
* @param {Helpers_Decline_SubmitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_decline_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_decline_submit(inputs);
	return da_helpers_decline_submit(inputs);
});
// src/routes/(citizen)/me/helpers/[grantId]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const helper = derived(() => data.helper);
		const errors = derived(() => (form && "errors" in form ? form.errors : void 0) ?? {});
		const values = derived(() => form && "values" in form ? form.values : null);
		const invitation = derived(() => form && "invitation" in form ? form.invitation : null);
		head("2dwk99", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(helper().name)} – ${escape_html(app_name())}</title>`);
			});
		});
		if (helper().status === "suggested" && !invitation()) {
			$$renderer.push(`<!--[0--><h1>${escape_html(helpers_accept_title({ name: helper().name }))}</h1> <p class="lead">${escape_html(helpers_suggestion_text({ name: helper().name }))}</p> `);
			Error_summary($$renderer, { errors: errors() });
			$$renderer.push(`<!----> <form method="POST" action="?/accept" novalidate="">`);
			Grant_settings_fields($$renderer, {
				kind: "guide",
				areas: values()?.areas ?? [],
				canWriteInput: values()?.canWriteInput ?? false,
				endsOn: values()?.endsOn ?? "",
				today: data.today,
				errors: errors()
			});
			$$renderer.push(`<!----> <button class="button button--large" type="submit">`);
			Icon($$renderer, {
				name: "check",
				size: 28
			});
			$$renderer.push(`<!---->${escape_html(helpers_accept_submit())}</button></form> <form method="POST" action="?/remove"><button class="button button--secondary" type="submit">${escape_html(helpers_decline_submit())}</button></form>`);
		} else {
			$$renderer.push(`<!--[-1--><h1>${escape_html(helper().name)}</h1> `);
			if (invitation()) {
				$$renderer.push("<!--[0-->");
				Invitation_share($$renderer, {
					name: helper().name,
					link: invitation().link,
					qrSvg: invitation().qrSvg
				});
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <div class="card">`);
			Helper_summary($$renderer, {
				helper: helper(),
				headingLevel: 2
			});
			$$renderer.push(`<!----></div> `);
			if (helper().status === "invited" && !invitation()) {
				$$renderer.push(`<!--[0--><form method="POST" action="?/renew"><p class="field__hint">${escape_html(helpers_renew_hint())}</p> <button class="button button--secondary" type="submit">`);
				Icon($$renderer, {
					name: "link",
					size: 24
				});
				$$renderer.push(`<!---->${escape_html(helpers_renew())}</button></form>`);
			} else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> <h2>${escape_html(helpers_edit_title({ name: helper().name }))}</h2> `);
			if (form?.action === "update" && "saved" in form) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(helpers_saved())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			Error_summary($$renderer, { errors: errors() });
			$$renderer.push(`<!----> <form method="POST" action="?/update" novalidate="">`);
			Grant_settings_fields($$renderer, {
				kind: helper().kind,
				areas: values()?.areas ?? helper().areas,
				canWriteInput: values()?.canWriteInput ?? helper().canWriteInput,
				endsOn: values()?.endsOn ?? helper().endsOn ?? "",
				today: data.today,
				errors: errors()
			});
			$$renderer.push(`<!----> <button class="button" type="submit">`);
			Icon($$renderer, {
				name: "save",
				size: 24
			});
			$$renderer.push(`<!---->${escape_html(helpers_save())}</button></form> <h2>${escape_html(helpers_remove_title({ name: helper().name }))}</h2> <p>${escape_html(helpers_remove_text({ name: helper().name }))}</p> <form method="POST" action="?/remove"><button class="button button--danger" type="submit">`);
			Icon($$renderer, {
				name: "trash-2",
				size: 24
			});
			$$renderer.push(`<!---->${escape_html(helpers_remove_submit({ name: helper().name }))}</button></form>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map