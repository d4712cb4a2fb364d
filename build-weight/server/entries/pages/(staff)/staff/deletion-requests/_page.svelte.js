import { f as attr, l as stringify, m as escape_html, o as ensure_array_like, s as head } from "../../../../../chunks/server2.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import { t as Text_area } from "../../../../../chunks/text-area.js";
import { i as data_request_open, n as data_request_declined, r as data_request_completed, t as data_request_answer } from "../../../../../chunks/data_request_answer.js";
import { t as Error_summary } from "../../../../../chunks/error-summary.js";
import "../../../../../chunks/keep-draft.js";
import { n as formatDate, t as dayOf } from "../../../../../chunks/format.js";
import { r as getLocale } from "../../../../../chunks/runtime.js";
// src/lib/paraglide/messages/staff_requests_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Requests_TitleInputs */
var da_staff_requests_title = () => {
	return `Ønsker om sletning`;
};
var en_staff_requests_title = () => {
	return `Requests for deletion`;
};
/**
* | output |
* | --- |
* | "Requests for deletion" |
*
* @param {Staff_Requests_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_requests_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_requests_title(inputs);
	return da_staff_requests_title(inputs);
});
// src/lib/paraglide/messages/staff_requests_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Requests_IntroInputs */
var da_staff_requests_intro = () => {
	return `Borgere, der har bedt om at få slettet deres data. Svar hver borger.`;
};
var en_staff_requests_intro = () => {
	return `Citizens who have asked to have their data deleted. Answer each citizen.`;
};
/**
* | output |
* | --- |
* | "Citizens who have asked to have their data deleted. Answer each citizen." |
*
* @param {Staff_Requests_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_requests_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_requests_intro(inputs);
	return da_staff_requests_intro(inputs);
});
// src/lib/paraglide/messages/staff_requests_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Requests_EmptyInputs */
var da_staff_requests_empty = () => {
	return `Ingen ønsker om sletning.`;
};
var en_staff_requests_empty = () => {
	return `No requests for deletion.`;
};
/**
* | output |
* | --- |
* | "No requests for deletion." |
*
* @param {Staff_Requests_EmptyInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_requests_empty = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_requests_empty(inputs);
	return da_staff_requests_empty(inputs);
});
// src/lib/paraglide/messages/staff_request_from.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, date: NonNullable<unknown> }} Staff_Request_FromInputs */
var da_staff_request_from = (i) => {
	return `${i?.name} bad om sletning ${i?.date}.`;
};
var en_staff_request_from = (i) => {
	return `${i?.name} asked for deletion on ${i?.date}.`;
};
/**
* | output |
* | --- |
* | "{name} asked for deletion on {date}." |
*
* @param {Staff_Request_FromInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_request_from = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_request_from(inputs);
	return da_staff_request_from(inputs);
});
// src/lib/paraglide/messages/staff_request_message.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ message: NonNullable<unknown> }} Staff_Request_MessageInputs */
var da_staff_request_message = (i) => {
	return `Borgerens ord: ${i?.message}`;
};
var en_staff_request_message = (i) => {
	return `The citizen's words: ${i?.message}`;
};
/**
* | output |
* | --- |
* | "The citizen's words: {message}" |
*
* @param {Staff_Request_MessageInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_request_message = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_request_message(inputs);
	return da_staff_request_message(inputs);
});
// src/lib/paraglide/messages/staff_request_answer_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Request_Answer_LabelInputs */
var da_staff_request_answer_label = () => {
	return `Dit svar til borgeren`;
};
var en_staff_request_answer_label = () => {
	return `Your answer to the citizen`;
};
/**
* | output |
* | --- |
* | "Your answer to the citizen" |
*
* @param {Staff_Request_Answer_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_request_answer_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_request_answer_label(inputs);
	return da_staff_request_answer_label(inputs);
});
// src/lib/paraglide/messages/staff_request_answer_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Request_Answer_HintInputs */
var da_staff_request_answer_hint = () => {
	return `Skriv kort og enkelt. Borgeren ser svaret.`;
};
var en_staff_request_answer_hint = () => {
	return `Write short and simple. The citizen sees the answer.`;
};
/**
* | output |
* | --- |
* | "Write short and simple. The citizen sees the answer." |
*
* @param {Staff_Request_Answer_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_request_answer_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_request_answer_hint(inputs);
	return da_staff_request_answer_hint(inputs);
});
// src/lib/paraglide/messages/staff_request_complete.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Request_CompleteInputs */
var da_staff_request_complete = () => {
	return `Data er slettet`;
};
var en_staff_request_complete = () => {
	return `Data is deleted`;
};
/**
* | output |
* | --- |
* | "Data is deleted" |
*
* @param {Staff_Request_CompleteInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_request_complete = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_request_complete(inputs);
	return da_staff_request_complete(inputs);
});
// src/lib/paraglide/messages/staff_request_decline.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Request_DeclineInputs */
var da_staff_request_decline = () => {
	return `Kan ikke slettes endnu`;
};
var en_staff_request_decline = () => {
	return `Cannot be deleted yet`;
};
/**
* | output |
* | --- |
* | "Cannot be deleted yet" |
*
* @param {Staff_Request_DeclineInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_request_decline = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_request_decline(inputs);
	return da_staff_request_decline(inputs);
});
// src/lib/paraglide/messages/staff_request_answered.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Staff_Request_AnsweredInputs */
var da_staff_request_answered = () => {
	return `Svaret er sendt til borgeren.`;
};
var en_staff_request_answered = () => {
	return `The answer has been sent to the citizen.`;
};
/**
* | output |
* | --- |
* | "The answer has been sent to the citizen." |
*
* @param {Staff_Request_AnsweredInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var staff_request_answered = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_staff_request_answered(inputs);
	return da_staff_request_answered(inputs);
});
// src/routes/(staff)/staff/deletion-requests/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		const requestText = {
			open: data_request_open,
			completed: data_request_completed,
			declined: data_request_declined
		};
		head("1jthjqr", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(staff_requests_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(staff_requests_title())}</h1> <p>${escape_html(staff_requests_intro())}</p> `);
		if (form?.answered) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(staff_request_answered())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.requests.length === 0) $$renderer.push(`<!--[0--><p class="notice">${escape_html(staff_requests_empty())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <!--[-->`);
		const each_array = ensure_array_like(data.requests);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let request = each_array[$$index];
			const error = form?.requestId === request.id ? form?.errors?.answer ?? form?.errors?.status : void 0;
			$$renderer.push(`<section class="card"${attr("aria-labelledby", `request-${stringify(request.id)}`)}><h2${attr("id", `request-${stringify(request.id)}`)}>${escape_html(staff_request_from({
				name: request.name,
				date: formatDate(dayOf(request.requestedAt))
			}))}</h2> `);
			if (request.message) $$renderer.push(`<!--[0--><p>${escape_html(staff_request_message({ message: request.message }))}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--> `);
			if (request.status === "open") {
				$$renderer.push("<!--[0-->");
				if (error) {
					$$renderer.push("<!--[0-->");
					Error_summary($$renderer, {
						errors: { answer: error },
						fieldIds: { answer: `answer-${request.id}` }
					});
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <form method="POST" action="?/answer" novalidate=""><input type="hidden" name="requestId"${attr("value", request.id)}/> `);
				Text_area($$renderer, {
					id: `answer-${stringify(request.id)}`,
					name: "answer",
					label: staff_request_answer_label(),
					hint: staff_request_answer_hint(),
					error,
					rows: 3,
					maxlength: 1e3
				});
				$$renderer.push(`<!----> <button class="button" type="submit" name="status" value="completed">${escape_html(staff_request_complete())}</button> <button class="button button--secondary" type="submit" name="status" value="declined">${escape_html(staff_request_decline())}</button></form>`);
			} else {
				$$renderer.push(`<!--[-1--><p>${escape_html(requestText[request.status]({ date: formatDate(dayOf(request.requestedAt)) }))}</p> `);
				if (request.answer) $$renderer.push(`<!--[0--><p>${escape_html(data_request_answer({ answer: request.answer }))}</p>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]-->`);
			}
			$$renderer.push(`<!--]--></section>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map