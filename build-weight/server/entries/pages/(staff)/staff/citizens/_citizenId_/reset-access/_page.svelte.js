import { f as attr, i as derived, m as escape_html, s as head } from "../../../../../../../chunks/server2.js";
import "../../../../../../../chunks/forms.js";
import { t as app_name } from "../../../../../../../chunks/app_name.js";
import { t as staff_go_to_citizen } from "../../../../../../../chunks/staff_go_to_citizen.js";
import { t as Icon } from "../../../../../../../chunks/icon.js";
import { l as localizeHref, r as getLocale } from "../../../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../../../chunks/routes.js";
import { t as Invitation_letter } from "../../../../../../../chunks/invitation-letter.js";
import "../../../../../../../chunks/index-server.js";
// src/lib/paraglide/messages/staff_reset_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Staff_Reset_TitleInputs */
var da_staff_reset_title = (i) => {
	return `Nulstil adgang for ${i?.name}`;
};
var en_staff_reset_title = (i) => {
	return `Reset access for ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Reset access for {name}" |
*
* @param {Staff_Reset_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_reset_title = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_reset_title(inputs);
	return da_staff_reset_title(inputs);
});
// src/lib/paraglide/messages/staff_reset_text_1.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Reset_Text_1Inputs */
var da_staff_reset_text_1 = () => {
	return `Borgeren får et brev med en ny kode. Koden står kun på det udskrevne brev.`;
};
var en_staff_reset_text_1 = () => {
	return `The citizen gets a letter with a new code. The code is only on the printed letter.`;
};
/**
* | output |
* | --- |
* | "The citizen gets a letter with a new code. The code is only on the printed letter." |
*
* @param {Staff_Reset_Text_1Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_reset_text_1 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_reset_text_1(inputs);
	return da_staff_reset_text_1(inputs);
});
// src/lib/paraglide/messages/staff_reset_text_2.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Reset_Text_2Inputs */
var da_staff_reset_text_2 = () => {
	return `Koden virker først et døgn senere, og kun én gang. Ældre koder holder op med at virke.`;
};
var en_staff_reset_text_2 = () => {
	return `The code works only from a day later, and only once. Older codes stop working.`;
};
/**
* | output |
* | --- |
* | "The code works only from a day later, and only once. Older codes stop working." |
*
* @param {Staff_Reset_Text_2Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_reset_text_2 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_reset_text_2(inputs);
	return da_staff_reset_text_2(inputs);
});
// src/lib/paraglide/messages/staff_reset_text_3.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Reset_Text_3Inputs */
var da_staff_reset_text_3 = () => {
	return `Borgerens log-in virker, indtil koden bliver brugt. Borgeren kan se i sin log, at du har gjort det.`;
};
var en_staff_reset_text_3 = () => {
	return `The citizen's log-in works until the code is used. The citizen can see in their log that you did it.`;
};
/**
* | output |
* | --- |
* | "The citizen's log-in works until the code is used. The citizen can see in their log that you did it." |
*
* @param {Staff_Reset_Text_3Inputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_reset_text_3 = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_reset_text_3(inputs);
	return da_staff_reset_text_3(inputs);
});
// src/lib/paraglide/messages/staff_reset_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Reset_SubmitInputs */
var da_staff_reset_submit = () => {
	return `Nulstil og lav brevet`;
};
var en_staff_reset_submit = () => {
	return `Reset and make the letter`;
};
/**
* | output |
* | --- |
* | "Reset and make the letter" |
*
* @param {Staff_Reset_SubmitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_reset_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_reset_submit(inputs);
	return da_staff_reset_submit(inputs);
});
// src/lib/paraglide/messages/staff_reset_done.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Reset_DoneInputs */
var da_staff_reset_done = () => {
	return `Brevet er klar. Koden står kun på det udskrevne brev. Udskriv det nu, for det vises kun denne ene gang.`;
};
var en_staff_reset_done = () => {
	return `The letter is ready. The code is only on the printed letter. Print it now: it is shown only this once.`;
};
/**
* | output |
* | --- |
* | "The letter is ready. The code is only on the printed letter. Print it now: it is shown only this once." |
*
* @param {Staff_Reset_DoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_reset_done = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_reset_done(inputs);
	return da_staff_reset_done(inputs);
});
// src/lib/paraglide/messages/staff_reset_print_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Reset_Print_HintInputs */
var da_staff_reset_print_hint = () => {
	return `Du kan også trykke Ctrl+P eller vælge Udskriv i browserens menu.`;
};
var en_staff_reset_print_hint = () => {
	return `You can also press Ctrl+P or choose Print in the browser's menu.`;
};
/**
* | output |
* | --- |
* | "You can also press Ctrl+P or choose Print in the browser's menu." |
*
* @param {Staff_Reset_Print_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_reset_print_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_reset_print_hint(inputs);
	return da_staff_reset_print_hint(inputs);
});
// src/lib/paraglide/messages/staff_reset_not_activated.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Reset_Not_ActivatedInputs */
var da_staff_reset_not_activated = () => {
	return `Borgeren har ikke aktiveret sin konto endnu. Lav en ny kode på borgerens side.`;
};
var en_staff_reset_not_activated = () => {
	return `The citizen has not activated their account yet. Make a new code on the citizen's page.`;
};
/**
* | output |
* | --- |
* | "The citizen has not activated their account yet. Make a new code on the citizen's page." |
*
* @param {Staff_Reset_Not_ActivatedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_reset_not_activated = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_reset_not_activated(inputs);
	return da_staff_reset_not_activated(inputs);
});
// src/routes/(staff)/staff/citizens/[citizenId]/reset-access/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const letter = derived(() => form && "letter" in form && form.letter && form.address && form.reset ? {
			letter: form.letter,
			address: form.address,
			reset: form.reset
		} : null);
		head("1d9ewr4", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(staff_reset_title({ name: data.name }))} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<div class="no-print"><p><a class="line-link"${attr("href", localizeHref(routes.staffCitizen(data.citizenId)))}>`);
		Icon($$renderer, {
			name: "arrow-left",
			size: 20
		});
		$$renderer.push(`<!----> ${escape_html(staff_go_to_citizen())}</a></p> <h1>${escape_html(staff_reset_title({ name: data.name }))}</h1> `);
		if (!data.isActivated || form && "notActivated" in form) $$renderer.push(`<!--[0--><p class="notice">${escape_html(staff_reset_not_activated())}</p>`);
		else if (letter()) {
			$$renderer.push(`<!--[1--><div class="notice" role="status"><p>${escape_html(staff_reset_done())}</p> <p>${escape_html(staff_reset_print_hint())}</p></div> `);
			$$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]-->`);
		} else {
			$$renderer.push(`<!--[-1--><p>${escape_html(staff_reset_text_1())}</p> <p>${escape_html(staff_reset_text_2())}</p> <p>${escape_html(staff_reset_text_3())}</p> <form method="POST"><button class="button button--danger" type="submit">`);
			Icon($$renderer, {
				name: "key-round",
				size: 24
			});
			$$renderer.push(`<!---->${escape_html(staff_reset_submit())}</button></form>`);
		}
		$$renderer.push(`<!--]--></div> `);
		if (letter()) {
			$$renderer.push(`<!--[0--><div class="print-only">`);
			Invitation_letter($$renderer, {
				name: data.name,
				letter: letter().letter,
				address: letter().address,
				reset: letter().reset
			});
			$$renderer.push(`<!----></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map