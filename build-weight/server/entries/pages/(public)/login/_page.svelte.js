import { f as attr, i as derived, m as escape_html, s as head } from "../../../../chunks/server2.js";
import { t as Icon } from "../../../../chunks/icon.js";
import { t as app_name } from "../../../../chunks/app_name.js";
import "../../../../chunks/forms.js";
import { l as localizeHref, r as getLocale } from "../../../../chunks/runtime.js";
import { n as routes } from "../../../../chunks/routes.js";
import { t as Error_summary } from "../../../../chunks/error-summary.js";
import { t as Text_field } from "../../../../chunks/text-field.js";
import { t as Show_password } from "../../../../chunks/show-password.js";
import "../../../../chunks/index-server.js";
// src/lib/paraglide/messages/login_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_TitleInputs */
var da_login_title = () => {
	return `Log ind`;
};
var en_login_title = () => {
	return `Log in`;
};
/**
* | output |
* | --- |
* | "Log in" |
*
* @param {Login_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var login_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_title(inputs);
	return da_login_title(inputs);
});
// src/lib/paraglide/messages/login_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_IntroInputs */
var da_login_intro = () => {
	return `Skriv dit brugernavn og din adgangskode.`;
};
var en_login_intro = () => {
	return `Write your user name and your password.`;
};
/**
* | output |
* | --- |
* | "Write your user name and your password." |
*
* @param {Login_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var login_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_intro(inputs);
	return da_login_intro(inputs);
});
// src/lib/paraglide/messages/login_name_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Name_LabelInputs */
var da_login_name_label = () => {
	return `Brugernavn`;
};
var en_login_name_label = () => {
	return `User name`;
};
/**
* | output |
* | --- |
* | "User name" |
*
* @param {Login_Name_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var login_name_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_name_label(inputs);
	return da_login_name_label(inputs);
});
// src/lib/paraglide/messages/login_password_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Password_LabelInputs */
var da_login_password_label = () => {
	return `Adgangskode`;
};
var en_login_password_label = () => {
	return `Password`;
};
/**
* | output |
* | --- |
* | "Password" |
*
* @param {Login_Password_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var login_password_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_password_label(inputs);
	return da_login_password_label(inputs);
});
// src/lib/paraglide/messages/login_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_SubmitInputs */
var da_login_submit = () => {
	return `Log ind`;
};
var en_login_submit = () => {
	return `Log in`;
};
/**
* | output |
* | --- |
* | "Log in" |
*
* @param {Login_SubmitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var login_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_submit(inputs);
	return da_login_submit(inputs);
});
// src/lib/paraglide/messages/login_no_account.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_No_AccountInputs */
var da_login_no_account = () => {
	return `Har du fået et brev med en kode?`;
};
var en_login_no_account = () => {
	return `Did you get a letter with a code?`;
};
/**
* | output |
* | --- |
* | "Did you get a letter with a code?" |
*
* @param {Login_No_AccountInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var login_no_account = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_no_account(inputs);
	return da_login_no_account(inputs);
});
// src/lib/paraglide/messages/login_no_account_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_No_Account_LinkInputs */
var da_login_no_account_link = () => {
	return `Kom i gang med koden fra brevet`;
};
var en_login_no_account_link = () => {
	return `Get started with the code from the letter`;
};
/**
* | output |
* | --- |
* | "Get started with the code from the letter" |
*
* @param {Login_No_Account_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var login_no_account_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_no_account_link(inputs);
	return da_login_no_account_link(inputs);
});
// src/lib/paraglide/messages/login_forgot_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Forgot_TitleInputs */
var da_login_forgot_title = () => {
	return `Glemt adgangskoden?`;
};
var en_login_forgot_title = () => {
	return `Forgot your password?`;
};
/**
* | output |
* | --- |
* | "Forgot your password?" |
*
* @param {Login_Forgot_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var login_forgot_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_forgot_title(inputs);
	return da_login_forgot_title(inputs);
});
// src/lib/paraglide/messages/login_forgot_citizen.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Forgot_CitizenInputs */
var da_login_forgot_citizen = () => {
	return `Bed din kontaktperson om et nyt brev med en kode.`;
};
var en_login_forgot_citizen = () => {
	return `Ask your contact person for a new letter with a code.`;
};
/**
* | output |
* | --- |
* | "Ask your contact person for a new letter with a code." |
*
* @param {Login_Forgot_CitizenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var login_forgot_citizen = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_forgot_citizen(inputs);
	return da_login_forgot_citizen(inputs);
});
// src/lib/paraglide/messages/login_forgot_passkey.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Forgot_PasskeyInputs */
var da_login_forgot_passkey = () => {
	return `Har du sat fingeraftryk eller ansigt op? Så kan du logge ind med det uden adgangskode.`;
};
var en_login_forgot_passkey = () => {
	return `Have you set up your fingerprint or face? Then you can log in with it, without a password.`;
};
/**
* | output |
* | --- |
* | "Have you set up your fingerprint or face? Then you can log in with it, without a password." |
*
* @param {Login_Forgot_PasskeyInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var login_forgot_passkey = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_forgot_passkey(inputs);
	return da_login_forgot_passkey(inputs);
});
// src/lib/paraglide/messages/login_forgot_staff.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Forgot_StaffInputs */
var da_login_forgot_staff = () => {
	return `Er du ansat? Så spørg din leder.`;
};
var en_login_forgot_staff = () => {
	return `Are you staff? Then ask your leader.`;
};
/**
* | output |
* | --- |
* | "Are you staff? Then ask your leader." |
*
* @param {Login_Forgot_StaffInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var login_forgot_staff = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_forgot_staff(inputs);
	return da_login_forgot_staff(inputs);
});
// src/lib/paraglide/messages/login_not_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Not_SavedInputs */
var da_login_not_saved = () => {
	return `Du var logget ud. Derfor blev det, du sendte, ikke gemt. Log ind, og send det igen.`;
};
var en_login_not_saved = () => {
	return `You were logged out, so what you sent was not saved. Log in and send it again.`;
};
/**
* | output |
* | --- |
* | "You were logged out, so what you sent was not saved. Log in and send it again." |
*
* @param {Login_Not_SavedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var login_not_saved = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_not_saved(inputs);
	return da_login_not_saved(inputs);
});
// src/lib/paraglide/messages/login_access_ended.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Login_Access_EndedInputs */
var da_login_access_ended = () => {
	return `Din adgang er slut. Derfor er du logget ud. Du kan ikke længere se det, du blev inviteret til at se.`;
};
var en_login_access_ended = () => {
	return `Your access has ended. That is why you were logged out. You can no longer see what you were invited to see.`;
};
/**
* | output |
* | --- |
* | "Your access has ended. That is why you were logged out. You can no longer see what you were invited to see." |
*
* @param {Login_Access_EndedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var login_access_ended = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_login_access_ended(inputs);
	return da_login_access_ended(inputs);
});
// src/routes/(public)/login/passkey-login.svelte
function Passkey_login($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { next } = $$props;
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
// src/routes/(public)/login/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const errors = derived(() => form?.errors ?? {});
		head("iv8lg3", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(login_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(login_title())}</h1> `);
		Error_summary($$renderer, {
			errors: errors(),
			fieldIds: { form: "field-loginName" }
		});
		$$renderer.push(`<!----> `);
		if (data.wasNotSaved) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(login_not_saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.hasAccessEnded) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(login_access_ended())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p class="lead">${escape_html(login_intro())}</p> `);
		Passkey_login($$renderer, { next: data.next });
		$$renderer.push(`<!----> <form method="POST" novalidate="">`);
		if (data.next) $$renderer.push(`<!--[0--><input type="hidden" name="next"${attr("value", data.next)}/>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		Text_field($$renderer, {
			name: "loginName",
			label: login_name_label(),
			value: form?.values?.loginName ?? "",
			error: errors().loginName,
			autocomplete: "username webauthn",
			autocapitalize: "none",
			spellcheck: "false",
			required: true
		});
		$$renderer.push(`<!----> `);
		Text_field($$renderer, {
			name: "password",
			type: "password",
			label: login_password_label(),
			error: errors().password,
			autocomplete: "current-password",
			required: true
		});
		$$renderer.push(`<!----> `);
		Show_password($$renderer, { field: "field-password" });
		$$renderer.push(`<!----> <button class="button button--large" type="submit">`);
		Icon($$renderer, {
			name: "log-in",
			size: 28
		});
		$$renderer.push(`<!---->${escape_html(login_submit())}</button></form> <h2>${escape_html(login_forgot_title())}</h2> <p>${escape_html(login_forgot_citizen())}</p> <p>${escape_html(login_forgot_passkey())}</p> <p>${escape_html(login_forgot_staff())}</p> <p>${escape_html(login_no_account())} <a${attr("href", localizeHref(routes.activate()))}>${escape_html(login_no_account_link())}</a></p>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map