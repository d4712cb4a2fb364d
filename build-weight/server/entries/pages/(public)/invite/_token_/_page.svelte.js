import { i as derived, m as escape_html, o as ensure_array_like, s as head } from "../../../../../chunks/server2.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import { t as Icon } from "../../../../../chunks/icon.js";
import "../../../../../chunks/forms.js";
import { n as activate_login_name_hint, r as activate_login_name_label, t as activate_password_label } from "../../../../../chunks/activate_password_label.js";
import { t as activate_password_hint } from "../../../../../chunks/activate_password_hint.js";
import { t as areaLabel } from "../../../../../chunks/labels.js";
import { r as invite_error_wrong_role, t as formErrorText } from "../../../../../chunks/form-errors.js";
import { t as Error_summary } from "../../../../../chunks/error-summary.js";
import { t as Text_field } from "../../../../../chunks/text-field.js";
import { t as Show_password } from "../../../../../chunks/show-password.js";
import { r as getLocale } from "../../../../../chunks/runtime.js";
// src/lib/paraglide/messages/invite_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Invite_TitleInputs */
var da_invite_title = () => {
	return `Du er inviteret`;
};
var en_invite_title = () => {
	return `You are invited`;
};
/**
* | output |
* | --- |
* | "You are invited" |
*
* @param {Invite_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var invite_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_invite_title(inputs);
	return da_invite_title(inputs);
});
// src/lib/paraglide/messages/invite_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ citizen: NonNullable<unknown>, kind: NonNullable<unknown> }} Invite_TextInputs */
var da_invite_text = (i) => {
	return `${i?.citizen} har inviteret dig som ${i?.kind}.`;
};
var en_invite_text = (i) => {
	return `${i?.citizen} has invited you as a ${i?.kind}.`;
};
/**
* | output |
* | --- |
* | "{citizen} has invited you as a {kind}." |
*
* @param {Invite_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var invite_text = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_invite_text(inputs);
	return da_invite_text(inputs);
});
// src/lib/paraglide/messages/invite_kind_relative.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Invite_Kind_RelativeInputs */
var da_invite_kind_relative = () => {
	return `pårørende`;
};
var en_invite_kind_relative = () => {
	return `relative`;
};
/**
* | output |
* | --- |
* | "relative" |
*
* @param {Invite_Kind_RelativeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var invite_kind_relative = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_invite_kind_relative(inputs);
	return da_invite_kind_relative(inputs);
});
// src/lib/paraglide/messages/invite_kind_guide.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Invite_Kind_GuideInputs */
var da_invite_kind_guide = () => {
	return `brugerguide`;
};
var en_invite_kind_guide = () => {
	return `peer guide`;
};
/**
* | output |
* | --- |
* | "peer guide" |
*
* @param {Invite_Kind_GuideInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var invite_kind_guide = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_invite_kind_guide(inputs);
	return da_invite_kind_guide(inputs);
});
// src/lib/paraglide/messages/invite_may_see.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Invite_May_SeeInputs */
var da_invite_may_see = () => {
	return `Du må se:`;
};
var en_invite_may_see = () => {
	return `You may see:`;
};
/**
* | output |
* | --- |
* | "You may see:" |
*
* @param {Invite_May_SeeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var invite_may_see = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_invite_may_see(inputs);
	return da_invite_may_see(inputs);
});
// src/lib/paraglide/messages/invite_account_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Invite_Account_IntroInputs */
var da_invite_account_intro = () => {
	return `Lav en konto. Skriv dit navn, et brugernavn og en adgangskode.`;
};
var en_invite_account_intro = () => {
	return `Make an account. Write your name, a user name and a password.`;
};
/**
* | output |
* | --- |
* | "Make an account. Write your name, a user name and a password." |
*
* @param {Invite_Account_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var invite_account_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_invite_account_intro(inputs);
	return da_invite_account_intro(inputs);
});
// src/lib/paraglide/messages/invite_name_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Invite_Name_LabelInputs */
var da_invite_name_label = () => {
	return `Dit navn`;
};
var en_invite_name_label = () => {
	return `Your name`;
};
/**
* | output |
* | --- |
* | "Your name" |
*
* @param {Invite_Name_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var invite_name_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_invite_name_label(inputs);
	return da_invite_name_label(inputs);
});
// src/lib/paraglide/messages/invite_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Invite_SubmitInputs */
var da_invite_submit = () => {
	return `Tag imod og log ind`;
};
var en_invite_submit = () => {
	return `Accept and log in`;
};
/**
* | output |
* | --- |
* | "Accept and log in" |
*
* @param {Invite_SubmitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var invite_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_invite_submit(inputs);
	return da_invite_submit(inputs);
});
// src/lib/paraglide/messages/invite_existing.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Invite_ExistingInputs */
var da_invite_existing = (i) => {
	return `Du er logget ind som ${i?.name}.`;
};
var en_invite_existing = (i) => {
	return `You are logged in as ${i?.name}.`;
};
/**
* | output |
* | --- |
* | "You are logged in as {name}." |
*
* @param {Invite_ExistingInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var invite_existing = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_invite_existing(inputs);
	return da_invite_existing(inputs);
});
// src/lib/paraglide/messages/invite_existing_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Invite_Existing_SubmitInputs */
var da_invite_existing_submit = () => {
	return `Tag imod invitationen`;
};
var en_invite_existing_submit = () => {
	return `Accept the invitation`;
};
/**
* | output |
* | --- |
* | "Accept the invitation" |
*
* @param {Invite_Existing_SubmitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var invite_existing_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_invite_existing_submit(inputs);
	return da_invite_existing_submit(inputs);
});
// src/routes/(public)/invite/[token]/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const errors = derived(() => form?.errors ?? {});
		head("7jjnp9", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(invite_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(invite_title())}</h1> `);
		if (!data.invitation) $$renderer.push(`<!--[0--><p class="notice">${escape_html(formErrorText(data.problem ?? "invite_error_invalid"))}</p>`);
		else {
			$$renderer.push("<!--[-1-->");
			const invitation = data.invitation;
			$$renderer.push(`<p class="lead">${escape_html(invite_text({
				citizen: invitation.citizenName,
				kind: invitation.kind === "guide" ? invite_kind_guide() : invite_kind_relative()
			}))}</p> <p>${escape_html(invite_may_see())}</p> <ul><!--[-->`);
			const each_array = ensure_array_like(invitation.areas);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let area = each_array[$$index];
				$$renderer.push(`<li>${escape_html(areaLabel(area))}</li>`);
			}
			$$renderer.push(`<!--]--></ul> `);
			Error_summary($$renderer, { errors: errors() });
			$$renderer.push(`<!----> `);
			if (data.me) {
				$$renderer.push(`<!--[0--><p>${escape_html(invite_existing({ name: data.me.name }))}</p> `);
				if (data.me.canAccept) {
					$$renderer.push(`<!--[0--><form method="POST" action="?/join"><button class="button button--large" type="submit">`);
					Icon($$renderer, {
						name: "check",
						size: 28
					});
					$$renderer.push(`<!---->${escape_html(invite_existing_submit())}</button></form>`);
				} else $$renderer.push(`<!--[-1--><p class="notice">${escape_html(invite_error_wrong_role())}</p>`);
				$$renderer.push(`<!--]-->`);
			} else {
				$$renderer.push(`<!--[-1--><p>${escape_html(invite_account_intro())}</p> <form method="POST" action="?/create" novalidate="">`);
				Text_field($$renderer, {
					name: "displayName",
					label: invite_name_label(),
					value: form?.values?.displayName ?? invitation.suggestedName,
					error: errors().displayName,
					autocomplete: "name",
					required: true
				});
				$$renderer.push(`<!----> `);
				Text_field($$renderer, {
					name: "loginName",
					label: activate_login_name_label(),
					hint: activate_login_name_hint(),
					value: form?.values?.loginName ?? "",
					error: errors().loginName,
					autocomplete: "username",
					autocapitalize: "none",
					spellcheck: "false",
					required: true
				});
				$$renderer.push(`<!----> `);
				Text_field($$renderer, {
					name: "password",
					type: "password",
					label: activate_password_label(),
					hint: activate_password_hint(),
					error: errors().password,
					autocomplete: "new-password",
					required: true
				});
				$$renderer.push(`<!----> `);
				Show_password($$renderer, { field: "field-password" });
				$$renderer.push(`<!----> <button class="button button--large" type="submit">`);
				Icon($$renderer, {
					name: "check",
					size: 28
				});
				$$renderer.push(`<!---->${escape_html(invite_submit())}</button></form>`);
			}
			$$renderer.push(`<!--]-->`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map