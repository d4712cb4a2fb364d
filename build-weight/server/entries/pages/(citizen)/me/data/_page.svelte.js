import { f as attr, i as derived, m as escape_html, o as ensure_array_like, s as head } from "../../../../../chunks/server2.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import { t as Text_area } from "../../../../../chunks/text-area.js";
import { i as data_request_open, n as data_request_declined, r as data_request_completed, t as data_request_answer } from "../../../../../chunks/data_request_answer.js";
import { t as Icon } from "../../../../../chunks/icon.js";
import "../../../../../chunks/keep-draft.js";
import { l as localizeHref, r as getLocale } from "../../../../../chunks/runtime.js";
import { n as formatDate, t as dayOf } from "../../../../../chunks/format.js";
import { t as Error_summary } from "../../../../../chunks/error-summary.js";
// src/lib/paraglide/messages/data_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Data_TitleInputs */
var da_data_title = () => {
	return `Mine oplysninger`;
};
var en_data_title = () => {
	return `My information`;
};
/**
* | output |
* | --- |
* | "My information" |
*
* @param {Data_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var data_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_data_title(inputs);
	return da_data_title(inputs);
});
// src/lib/paraglide/messages/data_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Data_IntroInputs */
var da_data_intro = () => {
	return `Du kan hente alt, vi har gemt om dig. Du kan også bede os om at slette det.`;
};
var en_data_intro = () => {
	return `You can get everything we have saved about you. You can also ask us to delete it.`;
};
/**
* | output |
* | --- |
* | "You can get everything we have saved about you. You can also ask us to delete it." |
*
* @param {Data_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var data_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_data_intro(inputs);
	return da_data_intro(inputs);
});
// src/lib/paraglide/messages/data_download.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Data_DownloadInputs */
var da_data_download = () => {
	return `Hent alt som en fil`;
};
var en_data_download = () => {
	return `Get everything as a file`;
};
/**
* | output |
* | --- |
* | "Get everything as a file" |
*
* @param {Data_DownloadInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var data_download = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_data_download(inputs);
	return da_data_download(inputs);
});
// src/lib/paraglide/messages/data_download_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Data_Download_HintInputs */
var da_data_download_hint = () => {
	return `Filen er til computerprogrammer. Vil du selv læse det? Så vælg Se alt på én side.`;
};
var en_data_download_hint = () => {
	return `The file is for computer programs. Do you want to read it yourself? Then choose See everything on one page.`;
};
/**
* | output |
* | --- |
* | "The file is for computer programs. Do you want to read it yourself? Then choose See everything on one page." |
*
* @param {Data_Download_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var data_download_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_data_download_hint(inputs);
	return da_data_download_hint(inputs);
});
// src/lib/paraglide/messages/data_print.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Data_PrintInputs */
var da_data_print = () => {
	return `Se alt på én side`;
};
var en_data_print = () => {
	return `See everything on one page`;
};
/**
* | output |
* | --- |
* | "See everything on one page" |
*
* @param {Data_PrintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var data_print = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_data_print(inputs);
	return da_data_print(inputs);
});
// src/lib/paraglide/messages/data_print_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Data_Print_HintInputs */
var da_data_print_hint = () => {
	return `Siden kan du læse og printe.`;
};
var en_data_print_hint = () => {
	return `You can read and print the page.`;
};
/**
* | output |
* | --- |
* | "You can read and print the page." |
*
* @param {Data_Print_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var data_print_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_data_print_hint(inputs);
	return da_data_print_hint(inputs);
});
// src/lib/paraglide/messages/data_delete_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Data_Delete_TitleInputs */
var da_data_delete_title = () => {
	return `Bed om at få slettet dine oplysninger`;
};
var en_data_delete_title = () => {
	return `Ask to have your information deleted`;
};
/**
* | output |
* | --- |
* | "Ask to have your information deleted" |
*
* @param {Data_Delete_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var data_delete_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_data_delete_title(inputs);
	return da_data_delete_title(inputs);
});
// src/lib/paraglide/messages/data_delete_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Data_Delete_TextInputs */
var da_data_delete_text = () => {
	return `Din leder får besked. Lederen sletter dine oplysninger eller forklarer, hvorfor det ikke kan ske endnu.`;
};
var en_data_delete_text = () => {
	return `Your leader is told. The leader deletes your information or explains why it cannot happen yet.`;
};
/**
* | output |
* | --- |
* | "Your leader is told. The leader deletes your information or explains why it cannot happen yet." |
*
* @param {Data_Delete_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var data_delete_text = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_data_delete_text(inputs);
	return da_data_delete_text(inputs);
});
// src/lib/paraglide/messages/data_delete_message_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Data_Delete_Message_LabelInputs */
var da_data_delete_message_label = () => {
	return `Vil du skrive noget til lederen? (Du behøver ikke)`;
};
var en_data_delete_message_label = () => {
	return `Do you want to write something to the leader? (You do not have to)`;
};
/**
* | output |
* | --- |
* | "Do you want to write something to the leader? (You do not have to)" |
*
* @param {Data_Delete_Message_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var data_delete_message_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_data_delete_message_label(inputs);
	return da_data_delete_message_label(inputs);
});
// src/lib/paraglide/messages/data_delete_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Data_Delete_SubmitInputs */
var da_data_delete_submit = () => {
	return `Bed om sletning`;
};
var en_data_delete_submit = () => {
	return `Ask for deletion`;
};
/**
* | output |
* | --- |
* | "Ask for deletion" |
*
* @param {Data_Delete_SubmitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var data_delete_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_data_delete_submit(inputs);
	return da_data_delete_submit(inputs);
});
// src/lib/paraglide/messages/data_delete_sent.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Data_Delete_SentInputs */
var da_data_delete_sent = () => {
	return `Din besked er sendt til lederen.`;
};
var en_data_delete_sent = () => {
	return `Your message has been sent to the leader.`;
};
/**
* | output |
* | --- |
* | "Your message has been sent to the leader." |
*
* @param {Data_Delete_SentInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var data_delete_sent = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_data_delete_sent(inputs);
	return da_data_delete_sent(inputs);
});
// src/lib/paraglide/messages/data_requests_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Data_Requests_TitleInputs */
var da_data_requests_title = () => {
	return `Dine ønsker om sletning`;
};
var en_data_requests_title = () => {
	return `Your requests for deletion`;
};
/**
* | output |
* | --- |
* | "Your requests for deletion" |
*
* @param {Data_Requests_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var data_requests_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_data_requests_title(inputs);
	return da_data_requests_title(inputs);
});
// src/routes/(citizen)/me/data/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const errors = derived(() => form?.errors ?? {});
		const requestText = {
			open: data_request_open,
			completed: data_request_completed,
			declined: data_request_declined
		};
		head("13aych4", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(data_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(data_title())}</h1> <p class="lead">${escape_html(data_intro())}</p> <ul class="choice-list"><li><a class="button button--large" href="/me/data/export.json" download="" data-sveltekit-reload="">`);
		Icon($$renderer, {
			name: "file-down",
			size: 28
		});
		$$renderer.push(`<!---->${escape_html(data_download())}</a> <p class="field__hint">${escape_html(data_download_hint())}</p></li> <li><a class="button button--large button--secondary"${attr("href", localizeHref("/me/data/print"))}>`);
		Icon($$renderer, {
			name: "eye",
			size: 28
		});
		$$renderer.push(`<!---->${escape_html(data_print())}</a> <p class="field__hint">${escape_html(data_print_hint())}</p></li></ul> `);
		if (data.requests.length > 0) {
			$$renderer.push(`<!--[0--><h2>${escape_html(data_requests_title())}</h2> <ul class="plain-list"><!--[-->`);
			const each_array = ensure_array_like(data.requests);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let request = each_array[$$index];
				$$renderer.push(`<li class="card"><p>${escape_html(requestText[request.status]({ date: formatDate(dayOf(request.requestedAt)) }))}</p> `);
				if (request.answer) $$renderer.push(`<!--[0--><p>${escape_html(data_request_answer({ answer: request.answer }))}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <h2>${escape_html(data_delete_title())}</h2> <p>${escape_html(data_delete_text())}</p> `);
		if (form?.sent) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(data_delete_sent())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		Error_summary($$renderer, { errors: errors() });
		$$renderer.push(`<!----> <form method="POST" action="?/requestDeletion" novalidate="">`);
		Text_area($$renderer, {
			name: "message",
			label: data_delete_message_label(),
			value: form?.message ?? "",
			error: errors().message,
			maxlength: 1e3
		});
		$$renderer.push(`<!----> <button class="button button--secondary" type="submit">`);
		Icon($$renderer, {
			name: "trash-2",
			size: 24
		});
		$$renderer.push(`<!---->${escape_html(data_delete_submit())}</button></form>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map