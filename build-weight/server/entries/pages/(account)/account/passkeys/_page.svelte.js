import { f as attr, m as escape_html, o as ensure_array_like, s as head } from "../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import { t as passkeys_list_title } from "../../../../../chunks/passkeys_list_title.js";
import { t as account_back } from "../../../../../chunks/account_back.js";
import "../../../../../chunks/forms.js";
import { n as invalidateAll } from "../../../../../chunks/navigation.js";
import { l as localizeHref, r as getLocale } from "../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../chunks/routes.js";
import { n as formatDate, t as dayOf } from "../../../../../chunks/format.js";
import "../../../../../chunks/index-server.js";
// src/lib/paraglide/messages/passkeys_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Passkeys_TitleInputs */
var da_passkeys_title = () => {
	return `Log ind med fingeraftryk eller ansigt`;
};
var en_passkeys_title = () => {
	return `Log in with fingerprint or face`;
};
/**
* | output |
* | --- |
* | "Log in with fingerprint or face" |
*
* @param {Passkeys_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var passkeys_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_passkeys_title(inputs);
	return da_passkeys_title(inputs);
});
// src/lib/paraglide/messages/passkeys_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Passkeys_IntroInputs */
var da_passkeys_intro = () => {
	return `Så skal du ikke huske en adgangskode. Din telefon genkender dig.`;
};
var en_passkeys_intro = () => {
	return `Then you do not have to remember a password. Your phone knows you.`;
};
/**
* | output |
* | --- |
* | "Then you do not have to remember a password. Your phone knows you." |
*
* @param {Passkeys_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var passkeys_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_passkeys_intro(inputs);
	return da_passkeys_intro(inputs);
});
// src/lib/paraglide/messages/passkeys_welcome_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Passkeys_Welcome_TitleInputs */
var da_passkeys_welcome_title = () => {
	return `Velkommen til Samklang`;
};
var en_passkeys_welcome_title = () => {
	return `Welcome to Samklang`;
};
/**
* | output |
* | --- |
* | "Welcome to Samklang" |
*
* @param {Passkeys_Welcome_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var passkeys_welcome_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_passkeys_welcome_title(inputs);
	return da_passkeys_welcome_title(inputs);
});
// src/lib/paraglide/messages/passkeys_welcome_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Passkeys_Welcome_TextInputs */
var da_passkeys_welcome_text = () => {
	return `Vil du logge ind med fingeraftryk eller ansigt næste gang?`;
};
var en_passkeys_welcome_text = () => {
	return `Do you want to log in with fingerprint or face next time?`;
};
/**
* | output |
* | --- |
* | "Do you want to log in with fingerprint or face next time?" |
*
* @param {Passkeys_Welcome_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var passkeys_welcome_text = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_passkeys_welcome_text(inputs);
	return da_passkeys_welcome_text(inputs);
});
// src/lib/paraglide/messages/passkeys_skip.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Passkeys_SkipInputs */
var da_passkeys_skip = () => {
	return `Ikke nu. Gå til Min side.`;
};
var en_passkeys_skip = () => {
	return `Not now. Go to My page.`;
};
/**
* | output |
* | --- |
* | "Not now. Go to My page." |
*
* @param {Passkeys_SkipInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var passkeys_skip = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_passkeys_skip(inputs);
	return da_passkeys_skip(inputs);
});
// src/lib/paraglide/messages/passkeys_continue.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Passkeys_ContinueInputs */
var da_passkeys_continue = () => {
	return `Gå videre til Min side`;
};
var en_passkeys_continue = () => {
	return `Go on to My page`;
};
/**
* | output |
* | --- |
* | "Go on to My page" |
*
* @param {Passkeys_ContinueInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var passkeys_continue = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_passkeys_continue(inputs);
	return da_passkeys_continue(inputs);
});
// src/lib/paraglide/messages/passkeys_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Passkeys_NoneInputs */
var da_passkeys_none = () => {
	return `Du har ikke sat det op endnu.`;
};
var en_passkeys_none = () => {
	return `You have not set it up yet.`;
};
/**
* | output |
* | --- |
* | "You have not set it up yet." |
*
* @param {Passkeys_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var passkeys_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_passkeys_none(inputs);
	return da_passkeys_none(inputs);
});
// src/lib/paraglide/messages/passkeys_created.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Passkeys_CreatedInputs */
var da_passkeys_created = (i) => {
	return `Sat op ${i?.date}.`;
};
var en_passkeys_created = (i) => {
	return `Set up on ${i?.date}.`;
};
/**
* | output |
* | --- |
* | "Set up on {date}." |
*
* @param {Passkeys_CreatedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var passkeys_created = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_passkeys_created(inputs);
	return da_passkeys_created(inputs);
});
// src/lib/paraglide/messages/passkeys_last_used.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Passkeys_Last_UsedInputs */
var da_passkeys_last_used = (i) => {
	return `Sidst brugt ${i?.date}.`;
};
var en_passkeys_last_used = (i) => {
	return `Last used on ${i?.date}.`;
};
/**
* | output |
* | --- |
* | "Last used on {date}." |
*
* @param {Passkeys_Last_UsedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var passkeys_last_used = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_passkeys_last_used(inputs);
	return da_passkeys_last_used(inputs);
});
// src/lib/paraglide/messages/passkeys_remove.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Passkeys_RemoveInputs */
var da_passkeys_remove = (i) => {
	return `Fjern ${i?.name}`;
};
var en_passkeys_remove = (i) => {
	return `Remove ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Remove {name}" |
*
* @param {Passkeys_RemoveInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var passkeys_remove = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_passkeys_remove(inputs);
	return da_passkeys_remove(inputs);
});
// src/lib/paraglide/messages/passkeys_removed.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Passkeys_RemovedInputs */
var da_passkeys_removed = () => {
	return `Det er fjernet. Du er logget ud alle andre steder.`;
};
var en_passkeys_removed = () => {
	return `It is removed. You are logged out everywhere else.`;
};
/**
* | output |
* | --- |
* | "It is removed. You are logged out everywhere else." |
*
* @param {Passkeys_RemovedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var passkeys_removed = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_passkeys_removed(inputs);
	return da_passkeys_removed(inputs);
});
// src/routes/(account)/account/passkeys/passkey-setup.svelte
function Passkey_setup($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { onadded } = $$props;
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
// src/routes/(account)/account/passkeys/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		head("sy42oz", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(passkeys_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		if (data.isWelcome) $$renderer.push(`<!--[0--><h1>${escape_html(passkeys_welcome_title())}</h1> <p class="lead">${escape_html(passkeys_welcome_text())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><p><a class="line-link"${attr("href", localizeHref(routes.account()))}>`);
			Icon($$renderer, {
				name: "arrow-left",
				size: 20
			});
			$$renderer.push(`<!----> ${escape_html(account_back())}</a></p> <h1>`);
			Icon($$renderer, {
				name: "fingerprint",
				size: 32
			});
			$$renderer.push(`<!----> ${escape_html(passkeys_title())}</h1>`);
		}
		$$renderer.push(`<!--]--> <p class="lead">${escape_html(passkeys_intro())}</p> `);
		Passkey_setup($$renderer, { onadded: () => invalidateAll() });
		$$renderer.push(`<!----> `);
		if (data.isWelcome) {
			$$renderer.push("<!--[0-->");
			if (data.passkeys.length > 0) $$renderer.push(`<!--[0--><p><a class="button button--large"${attr("href", localizeHref(data.homePath))}>${escape_html(passkeys_continue())}</a></p>`);
			else $$renderer.push(`<!--[-1--><p><a class="button button--large button--secondary"${attr("href", localizeHref(data.homePath))}>${escape_html(passkeys_skip())}</a></p>`);
			$$renderer.push(`<!--]-->`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <h2>${escape_html(passkeys_list_title())}</h2> `);
		if (form?.removed) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(passkeys_removed())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.passkeys.length === 0) $$renderer.push(`<!--[0--><p>${escape_html(passkeys_none())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="plain-list"><!--[-->`);
			const each_array = ensure_array_like(data.passkeys);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let passkey = each_array[$$index];
				$$renderer.push(`<li class="card"><h3>${escape_html(passkey.name)}</h3> <p>${escape_html(passkeys_created({ date: formatDate(dayOf(passkey.createdAt)) }))}</p> `);
				if (passkey.lastUsedAt) $$renderer.push(`<!--[0--><p>${escape_html(passkeys_last_used({ date: formatDate(dayOf(passkey.lastUsedAt)) }))}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <form method="POST" action="?/remove"><input type="hidden" name="passkeyId"${attr("value", passkey.id)}/> <button class="button button--danger" type="submit">`);
				Icon($$renderer, {
					name: "trash-2",
					size: 24
				});
				$$renderer.push(`<!---->${escape_html(passkeys_remove({ name: passkey.name }))}</button></form></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map