import { f as attr, m as escape_html, s as head } from "../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import { l as localizeHref, r as getLocale } from "../../../../../chunks/runtime.js";
import { t as collab_title } from "../../../../../chunks/collab_title.js";
import { n as collab_intro_one, t as collab_intro_none } from "../../../../../chunks/collab_intro_none.js";
import { t as collab_history_caption } from "../../../../../chunks/collab_history_caption.js";
import { n as routes } from "../../../../../chunks/routes.js";
import { n as formatDate } from "../../../../../chunks/format.js";
import { t as Rating_history } from "../../../../../chunks/rating-history.js";
// src/lib/paraglide/messages/collab_openness.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_OpennessInputs */
var da_collab_openness = () => {
	return `Det, du svarer, kan din kontaktperson og lederen også se. De ser det samme som dig.`;
};
var en_collab_openness = () => {
	return `Your contact person and the leader can see what you answer. They see the same as you.`;
};
/**
* | output |
* | --- |
* | "Your contact person and the leader can see what you answer. They see the same as you." |
*
* @param {Collab_OpennessInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_openness = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_openness(inputs);
	return da_collab_openness(inputs);
});
// src/lib/paraglide/messages/collab_rate_link.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Rate_LinkInputs */
var da_collab_rate_link = () => {
	return `Sig, hvordan det går`;
};
var en_collab_rate_link = () => {
	return `Say how it is going`;
};
/**
* | output |
* | --- |
* | "Say how it is going" |
*
* @param {Collab_Rate_LinkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_rate_link = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_rate_link(inputs);
	return da_collab_rate_link(inputs);
});
// src/lib/paraglide/messages/collab_saved.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_SavedInputs */
var da_collab_saved = () => {
	return `Tak. Dit svar er gemt.`;
};
var en_collab_saved = () => {
	return `Thank you. Your answer is saved.`;
};
/**
* | output |
* | --- |
* | "Thank you. Your answer is saved." |
*
* @param {Collab_SavedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_saved = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_saved(inputs);
	return da_collab_saved(inputs);
});
// src/lib/paraglide/messages/collab_offer_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Offer_TitleInputs */
var da_collab_offer_title = () => {
	return `Vil du tale om det?`;
};
var en_collab_offer_title = () => {
	return `Do you want to talk about it?`;
};
/**
* | output |
* | --- |
* | "Do you want to talk about it?" |
*
* @param {Collab_Offer_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_offer_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_offer_title(inputs);
	return da_collab_offer_title(inputs);
});
// src/lib/paraglide/messages/collab_offer_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Offer_TextInputs */
var da_collab_offer_text = () => {
	return `Det lyder, som om det ikke går så godt. Godt, at du siger det.`;
};
var en_collab_offer_text = () => {
	return `It sounds like it is not going so well. Good that you say so.`;
};
/**
* | output |
* | --- |
* | "It sounds like it is not going so well. Good that you say so." |
*
* @param {Collab_Offer_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_offer_text = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_offer_text(inputs);
	return da_collab_offer_text(inputs);
});
// src/lib/paraglide/messages/collab_offer_talk.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Offer_TalkInputs */
var da_collab_offer_talk = () => {
	return `Ja, jeg vil tale om det`;
};
var en_collab_offer_talk = () => {
	return `Yes, I want to talk about it`;
};
/**
* | output |
* | --- |
* | "Yes, I want to talk about it" |
*
* @param {Collab_Offer_TalkInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_offer_talk = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_offer_talk(inputs);
	return da_collab_offer_talk(inputs);
});
// src/lib/paraglide/messages/collab_offer_change.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Offer_ChangeInputs */
var da_collab_offer_change = () => {
	return `Vil du vælge en anden kontaktperson?`;
};
var en_collab_offer_change = () => {
	return `Do you want to choose another contact person?`;
};
/**
* | output |
* | --- |
* | "Do you want to choose another contact person?" |
*
* @param {Collab_Offer_ChangeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_offer_change = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_offer_change(inputs);
	return da_collab_offer_change(inputs);
});
// src/lib/paraglide/messages/collab_offer_change_later.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Collab_Offer_Change_LaterInputs */
var da_collab_offer_change_later = (i) => {
	return `Du kan vælge en anden kontaktperson fra den ${i?.date}.`;
};
var en_collab_offer_change_later = (i) => {
	return `You can choose another contact person from ${i?.date}.`;
};
/**
* | output |
* | --- |
* | "You can choose another contact person from {date}." |
*
* @param {Collab_Offer_Change_LaterInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_offer_change_later = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_offer_change_later(inputs);
	return da_collab_offer_change_later(inputs);
});
// src/lib/paraglide/messages/collab_offer_change_open.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Offer_Change_OpenInputs */
var da_collab_offer_change_open = () => {
	return `Du har allerede et ønske om en ny kontaktperson. Det venter på svar.`;
};
var en_collab_offer_change_open = () => {
	return `You already have a wish for a new contact person. It is waiting for an answer.`;
};
/**
* | output |
* | --- |
* | "You already have a wish for a new contact person. It is waiting for an answer." |
*
* @param {Collab_Offer_Change_OpenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_offer_change_open = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_offer_change_open(inputs);
	return da_collab_offer_change_open(inputs);
});
// src/routes/(citizen)/me/collaboration/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("or64o1", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(collab_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>`);
		Icon($$renderer, {
			name: "message-circle-heart",
			size: 32
		});
		$$renderer.push(`<!----> ${escape_html(collab_title())}</h1> `);
		if (data.isJustSaved) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(collab_saved())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.needsOffer) {
			$$renderer.push(`<!--[0--><section class="card" aria-labelledby="offer-title"><h2 id="offer-title">${escape_html(collab_offer_title())}</h2> <p>${escape_html(collab_offer_text())}</p> <p><a class="button"${attr("href", localizeHref(routes.citizenContact(true)))}>`);
			Icon($$renderer, {
				name: "phone",
				size: 24
			});
			$$renderer.push(`<!---->${escape_html(collab_offer_talk())}</a></p> `);
			if (data.choice?.state === "may-choose") {
				$$renderer.push(`<!--[0--><p><a class="button button--secondary"${attr("href", localizeHref(routes.citizenContactPerson()))}>`);
				Icon($$renderer, {
					name: "users",
					size: 24
				});
				$$renderer.push(`<!---->${escape_html(collab_offer_change())}</a></p>`);
			} else if (data.choice?.state === "waiting") $$renderer.push(`<!--[1--><p>${escape_html(collab_offer_change_later({ date: formatDate(data.choice.from) }))}</p>`);
			else if (data.choice?.state === "wish-open") $$renderer.push(`<!--[2--><p>${escape_html(collab_offer_change_open())}</p>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p class="lead">${escape_html(data.supporterNames.length > 0 ? collab_intro_one({ names: data.supporterNames.join(", ") }) : collab_intro_none())}</p> <p>${escape_html(collab_openness())}</p> <p><a class="button button--large"${attr("href", localizeHref(routes.citizenNewRating()))}>`);
		Icon($$renderer, {
			name: "smile",
			size: 28
		});
		$$renderer.push(`<!---->${escape_html(collab_rate_link())}</a></p> <h2>${escape_html(collab_history_caption())}</h2> `);
		Rating_history($$renderer, {
			ratings: data.ratings,
			caption: collab_history_caption()
		});
		$$renderer.push(`<!---->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map