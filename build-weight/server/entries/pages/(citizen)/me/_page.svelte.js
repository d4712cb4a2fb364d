import { f as attr, i as derived, m as escape_html, s as head } from "../../../../chunks/server2.js";
import { l as localizeHref, r as getLocale } from "../../../../chunks/runtime.js";
import { t as app_name } from "../../../../chunks/app_name.js";
import { t as tile_team } from "../../../../chunks/tile_team.js";
import { n as routes } from "../../../../chunks/routes.js";
import { n as formatDate, r as formatTime, t as dayOf } from "../../../../chunks/format.js";
import { t as Icon_tile } from "../../../../chunks/icon-tile.js";
import { t as Icon } from "../../../../chunks/icon.js";
// src/lib/paraglide/messages/home_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_TitleInputs */
var da_home_title = () => {
	return `Min side`;
};
var en_home_title = () => {
	return `My page`;
};
/**
* | output |
* | --- |
* | "My page" |
*
* @param {Home_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var home_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_title(inputs);
	return da_home_title(inputs);
});
// src/lib/paraglide/messages/home_greeting.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Home_GreetingInputs */
var da_home_greeting = (i) => {
	return `Hej ${i?.name}`;
};
var en_home_greeting = (i) => {
	return `Hello ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Hello {name}" |
*
* @param {Home_GreetingInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var home_greeting = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_greeting(inputs);
	return da_home_greeting(inputs);
});
// src/lib/paraglide/messages/home_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_IntroInputs */
var da_home_intro = () => {
	return `Hvad vil du gøre i dag?`;
};
var en_home_intro = () => {
	return `What do you want to do today?`;
};
/**
* | output |
* | --- |
* | "What do you want to do today?" |
*
* @param {Home_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var home_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_intro(inputs);
	return da_home_intro(inputs);
});
// src/lib/paraglide/messages/home_not_citizen.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Not_CitizenInputs */
var da_home_not_citizen = () => {
	return `Vi kan ikke finde dine oplysninger. Kontakt os.`;
};
var en_home_not_citizen = () => {
	return `We cannot find your information. Please contact us.`;
};
/**
* | output |
* | --- |
* | "We cannot find your information. Please contact us." |
*
* @param {Home_Not_CitizenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var home_not_citizen = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_not_citizen(inputs);
	return da_home_not_citizen(inputs);
});
// src/lib/paraglide/messages/home_reset_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Reset_TitleInputs */
var da_home_reset_title = () => {
	return `Din adgang er nulstillet`;
};
var en_home_reset_title = () => {
	return `Your access was reset`;
};
/**
* | output |
* | --- |
* | "Your access was reset" |
*
* @param {Home_Reset_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var home_reset_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_reset_title(inputs);
	return da_home_reset_title(inputs);
});
// src/lib/paraglide/messages/home_reset_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown>, date: NonNullable<unknown>, time: NonNullable<unknown> }} Home_Reset_TextInputs */
var da_home_reset_text = (i) => {
	return `${i?.name} nulstillede din adgang ${i?.date} klokken ${i?.time}. Der er lavet et brev med en ny kode til dig.`;
};
var en_home_reset_text = (i) => {
	return `${i?.name} reset your access on ${i?.date} at ${i?.time}. A letter with a new code was made for you.`;
};
/**
* | output |
* | --- |
* | "{name} reset your access on {date} at {time}. A letter with a new code was made for you." |
*
* @param {Home_Reset_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var home_reset_text = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_reset_text(inputs);
	return da_home_reset_text(inputs);
});
// src/lib/paraglide/messages/home_reset_ask_phone.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ phone: NonNullable<unknown> }} Home_Reset_Ask_PhoneInputs */
var da_home_reset_ask_phone = (i) => {
	return `Var det ikke dig, der bad om det? Ring til ${i?.phone}.`;
};
var en_home_reset_ask_phone = (i) => {
	return `Did you not ask for it? Call ${i?.phone}.`;
};
/**
* | output |
* | --- |
* | "Did you not ask for it? Call {phone}." |
*
* @param {Home_Reset_Ask_PhoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var home_reset_ask_phone = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_reset_ask_phone(inputs);
	return da_home_reset_ask_phone(inputs);
});
// src/lib/paraglide/messages/home_reset_ask.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Reset_AskInputs */
var da_home_reset_ask = () => {
	return `Var det ikke dig, der bad om det? Ring til din kontaktperson eller kommunen.`;
};
var en_home_reset_ask = () => {
	return `Did you not ask for it? Call your contact person or the municipality.`;
};
/**
* | output |
* | --- |
* | "Did you not ask for it? Call your contact person or the municipality." |
*
* @param {Home_Reset_AskInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var home_reset_ask = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_reset_ask(inputs);
	return da_home_reset_ask(inputs);
});
// src/lib/paraglide/messages/home_reset_seen.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Reset_SeenInputs */
var da_home_reset_seen = () => {
	return `Det har jeg læst`;
};
var en_home_reset_seen = () => {
	return `I have read this`;
};
/**
* | output |
* | --- |
* | "I have read this" |
*
* @param {Home_Reset_SeenInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var home_reset_seen = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_reset_seen(inputs);
	return da_home_reset_seen(inputs);
});
// src/lib/paraglide/messages/tile_dreams.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tile_DreamsInputs */
var da_tile_dreams = () => {
	return `Mine drømme`;
};
var en_tile_dreams = () => {
	return `My dreams`;
};
/**
* | output |
* | --- |
* | "My dreams" |
*
* @param {Tile_DreamsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var tile_dreams = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_tile_dreams(inputs);
	return da_tile_dreams(inputs);
});
// src/lib/paraglide/messages/tile_plan.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tile_PlanInputs */
var da_tile_plan = () => {
	return `Min plan`;
};
var en_tile_plan = () => {
	return `My plan`;
};
/**
* | output |
* | --- |
* | "My plan" |
*
* @param {Tile_PlanInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var tile_plan = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_tile_plan(inputs);
	return da_tile_plan(inputs);
});
// src/lib/paraglide/messages/tile_collaboration.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tile_CollaborationInputs */
var da_tile_collaboration = () => {
	return `Hvordan går vores samarbejde?`;
};
var en_tile_collaboration = () => {
	return `How is our work together going?`;
};
/**
* | output |
* | --- |
* | "How is our work together going?" |
*
* @param {Tile_CollaborationInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var tile_collaboration = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_tile_collaboration(inputs);
	return da_tile_collaboration(inputs);
});
// src/lib/paraglide/messages/tile_contact_person.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tile_Contact_PersonInputs */
var da_tile_contact_person = () => {
	return `Min kontaktperson`;
};
var en_tile_contact_person = () => {
	return `My contact person`;
};
/**
* | output |
* | --- |
* | "My contact person" |
*
* @param {Tile_Contact_PersonInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var tile_contact_person = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_tile_contact_person(inputs);
	return da_tile_contact_person(inputs);
});
// src/lib/paraglide/messages/tile_contact_person_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tile_Contact_Person_NoneInputs */
var da_tile_contact_person_none = () => {
	return `Du har ingen kontaktperson endnu.`;
};
var en_tile_contact_person_none = () => {
	return `You do not have a contact person yet.`;
};
/**
* | output |
* | --- |
* | "You do not have a contact person yet." |
*
* @param {Tile_Contact_Person_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var tile_contact_person_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_tile_contact_person_none(inputs);
	return da_tile_contact_person_none(inputs);
});
// src/lib/paraglide/messages/tile_contact_person_temporary.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tile_Contact_Person_TemporaryInputs */
var da_tile_contact_person_temporary = () => {
	return `Midlertidig kontaktperson`;
};
var en_tile_contact_person_temporary = () => {
	return `Temporary contact person`;
};
/**
* | output |
* | --- |
* | "Temporary contact person" |
*
* @param {Tile_Contact_Person_TemporaryInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var tile_contact_person_temporary = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_tile_contact_person_temporary(inputs);
	return da_tile_contact_person_temporary(inputs);
});
// src/lib/paraglide/messages/tile_meetings.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tile_MeetingsInputs */
var da_tile_meetings = () => {
	return `Mine møder`;
};
var en_tile_meetings = () => {
	return `My meetings`;
};
/**
* | output |
* | --- |
* | "My meetings" |
*
* @param {Tile_MeetingsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var tile_meetings = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_tile_meetings(inputs);
	return da_tile_meetings(inputs);
});
// src/lib/paraglide/messages/tile_helpers.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tile_HelpersInputs */
var da_tile_helpers = () => {
	return `Mine pårørende og hjælpere`;
};
var en_tile_helpers = () => {
	return `My relatives and helpers`;
};
/**
* | output |
* | --- |
* | "My relatives and helpers" |
*
* @param {Tile_HelpersInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var tile_helpers = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_tile_helpers(inputs);
	return da_tile_helpers(inputs);
});
// src/lib/paraglide/messages/tile_access_log.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tile_Access_LogInputs */
var da_tile_access_log = () => {
	return `Hvem har set mine oplysninger`;
};
var en_tile_access_log = () => {
	return `Who has seen my information`;
};
/**
* | output |
* | --- |
* | "Who has seen my information" |
*
* @param {Tile_Access_LogInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var tile_access_log = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_tile_access_log(inputs);
	return da_tile_access_log(inputs);
});
// src/lib/paraglide/messages/tile_data.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tile_DataInputs */
var da_tile_data = () => {
	return `Mine oplysninger`;
};
var en_tile_data = () => {
	return `My information`;
};
/**
* | output |
* | --- |
* | "My information" |
*
* @param {Tile_DataInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var tile_data = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_tile_data(inputs);
	return da_tile_data(inputs);
});
// src/lib/paraglide/messages/tile_contact.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Tile_ContactInputs */
var da_tile_contact = () => {
	return `Kontakt`;
};
var en_tile_contact = () => {
	return `Contact`;
};
/**
* | output |
* | --- |
* | "Contact" |
*
* @param {Tile_ContactInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var tile_contact = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_tile_contact(inputs);
	return da_tile_contact(inputs);
});
// src/lib/paraglide/messages/home_choose_from.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ date: NonNullable<unknown> }} Home_Choose_FromInputs */
var da_home_choose_from = (i) => {
	return `Fra ${i?.date} kan du selv vælge din kontaktperson.`;
};
var en_home_choose_from = (i) => {
	return `From ${i?.date} you can choose your own contact person.`;
};
/**
* | output |
* | --- |
* | "From {date} you can choose your own contact person." |
*
* @param {Home_Choose_FromInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var home_choose_from = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_choose_from(inputs);
	return da_home_choose_from(inputs);
});
// src/lib/paraglide/messages/home_choose_now.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Home_Choose_NowInputs */
var da_home_choose_now = () => {
	return `Nu kan du selv vælge din kontaktperson.`;
};
var en_home_choose_now = () => {
	return `Now you can choose your own contact person.`;
};
/**
* | output |
* | --- |
* | "Now you can choose your own contact person." |
*
* @param {Home_Choose_NowInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var home_choose_now = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_home_choose_now(inputs);
	return da_home_choose_now(inputs);
});
// src/lib/paraglide/messages/collab_prompt_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Prompt_TitleInputs */
var da_collab_prompt_title = () => {
	return `Hvordan gik det?`;
};
var en_collab_prompt_title = () => {
	return `How did it go?`;
};
/**
* | output |
* | --- |
* | "How did it go?" |
*
* @param {Collab_Prompt_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_prompt_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_prompt_title(inputs);
	return da_collab_prompt_title(inputs);
});
// src/lib/paraglide/messages/collab_prompt_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Prompt_TextInputs */
var da_collab_prompt_text = () => {
	return `Du har haft besøg. Vil du sige, hvordan det gik?`;
};
var en_collab_prompt_text = () => {
	return `You have had a visit. Do you want to say how it went?`;
};
/**
* | output |
* | --- |
* | "You have had a visit. Do you want to say how it went?" |
*
* @param {Collab_Prompt_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_prompt_text = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_prompt_text(inputs);
	return da_collab_prompt_text(inputs);
});
// src/lib/paraglide/messages/collab_prompt_yes.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Prompt_YesInputs */
var da_collab_prompt_yes = () => {
	return `Ja, det vil jeg gerne`;
};
var en_collab_prompt_yes = () => {
	return `Yes, I would like to`;
};
/**
* | output |
* | --- |
* | "Yes, I would like to" |
*
* @param {Collab_Prompt_YesInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_prompt_yes = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_prompt_yes(inputs);
	return da_collab_prompt_yes(inputs);
});
// src/lib/paraglide/messages/collab_prompt_later.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Collab_Prompt_LaterInputs */
var da_collab_prompt_later = () => {
	return `Ikke nu`;
};
var en_collab_prompt_later = () => {
	return `Not now`;
};
/**
* | output |
* | --- |
* | "Not now" |
*
* @param {Collab_Prompt_LaterInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var collab_prompt_later = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_collab_prompt_later(inputs);
	return da_collab_prompt_later(inputs);
});
// src/routes/(citizen)/me/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		const isTeam = derived(() => data.supporters.length > 1);
		const contactDetail = derived(() => data.supporters.length === 0 ? tile_contact_person_none() : data.supporters.map((s) => s.name).join(", "));
		const contactNote = derived(() => {
			if (!data.mayChooseFrom) return void 0;
			return data.mayChooseFrom <= data.today ? home_choose_now() : `${tile_contact_person_temporary()}. ${home_choose_from({ date: formatDate(data.mayChooseFrom) })}`;
		});
		const href = (area) => localizeHref(routes.citizenArea(area));
		head("b7jtrb", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(home_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(home_greeting({ name: data.name.split(" ")[0] ?? data.name }))}</h1> `);
		if (!data.hasCitizenRecord) $$renderer.push(`<!--[0--><p class="notice">${escape_html(home_not_citizen())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p class="lead">${escape_html(home_intro())}</p> `);
		if (data.resetNotice) {
			$$renderer.push("<!--[0-->");
			const notice = data.resetNotice;
			$$renderer.push(`<section class="card" aria-labelledby="reset-title"><h2 id="reset-title">`);
			Icon($$renderer, {
				name: "key-round",
				size: 28
			});
			$$renderer.push(`<!----> ${escape_html(home_reset_title())}</h2> <p>${escape_html(home_reset_text({
				name: notice.byName,
				date: formatDate(dayOf(notice.at)),
				time: formatTime(notice.at)
			}))}</p> <p>${escape_html(notice.phone ? home_reset_ask_phone({ phone: notice.phone }) : home_reset_ask())}</p> <form method="POST" action="?/resetNoticeSeen"><button class="button button--secondary" type="submit">`);
			Icon($$renderer, {
				name: "check",
				size: 24
			});
			$$renderer.push(`<!---->${escape_html(home_reset_seen())}</button></form></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (data.ratingPrompt) {
			$$renderer.push(`<!--[0--><section class="card" aria-labelledby="prompt-title"><h2 id="prompt-title">`);
			Icon($$renderer, {
				name: "message-circle-heart",
				size: 28
			});
			$$renderer.push(`<!----> ${escape_html(collab_prompt_title())}</h2> <p>${escape_html(collab_prompt_text())}</p> <div class="actions"><a class="button"${attr("href", localizeHref(routes.citizenNewRating(data.ratingPrompt.visitId ?? void 0)))}>`);
			Icon($$renderer, {
				name: "smile",
				size: 24
			});
			$$renderer.push(`<!---->${escape_html(collab_prompt_yes())}</a> <form method="POST" action="?/dismissRatingPrompt"><button class="button button--secondary" type="submit">${escape_html(collab_prompt_later())}</button></form></div></section>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <nav${attr("aria-label", home_title())}><ul class="tiles"><li>`);
		Icon_tile($$renderer, {
			href: href("dreams"),
			icon: "sparkles",
			label: tile_dreams()
		});
		$$renderer.push(`<!----></li> <li>`);
		Icon_tile($$renderer, {
			href: href("plan"),
			icon: "list-checks",
			label: tile_plan()
		});
		$$renderer.push(`<!----></li> <li>`);
		Icon_tile($$renderer, {
			href: href("contact-person"),
			icon: isTeam() ? "users" : "user-round",
			label: isTeam() ? tile_team() : tile_contact_person(),
			detail: contactDetail(),
			note: contactNote()
		});
		$$renderer.push(`<!----></li> <li>`);
		Icon_tile($$renderer, {
			href: href("collaboration"),
			icon: "message-circle-heart",
			label: tile_collaboration()
		});
		$$renderer.push(`<!----></li> <li>`);
		Icon_tile($$renderer, {
			href: href("meetings"),
			icon: "calendar-days",
			label: tile_meetings()
		});
		$$renderer.push(`<!----></li> <li>`);
		Icon_tile($$renderer, {
			href: href("helpers"),
			icon: "heart-handshake",
			label: tile_helpers()
		});
		$$renderer.push(`<!----></li> <li>`);
		Icon_tile($$renderer, {
			href: href("access-log"),
			icon: "eye",
			label: tile_access_log()
		});
		$$renderer.push(`<!----></li> <li>`);
		Icon_tile($$renderer, {
			href: href("data"),
			icon: "file-down",
			label: tile_data()
		});
		$$renderer.push(`<!----></li> <li>`);
		Icon_tile($$renderer, {
			href: href("contact"),
			icon: "phone",
			label: tile_contact()
		});
		$$renderer.push(`<!----></li></ul></nav>`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map