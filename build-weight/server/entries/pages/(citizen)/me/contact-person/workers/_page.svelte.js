import { f as attr, m as escape_html, o as ensure_array_like, s as head, t as attr_class } from "../../../../../../chunks/server2.js";
import { t as Icon } from "../../../../../../chunks/icon.js";
import { t as app_name } from "../../../../../../chunks/app_name.js";
import { n as routes } from "../../../../../../chunks/routes.js";
import { t as Checkbox } from "../../../../../../chunks/checkbox.js";
import { t as Text_field } from "../../../../../../chunks/text-field.js";
import { r as getLocale } from "../../../../../../chunks/runtime.js";
// src/lib/paraglide/messages/gallery_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Gallery_TitleInputs */
var da_gallery_title = () => {
	return `Mød medarbejderne`;
};
var en_gallery_title = () => {
	return `Meet the staff`;
};
/**
* | output |
* | --- |
* | "Meet the staff" |
*
* @param {Gallery_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var gallery_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_gallery_title(inputs);
	return da_gallery_title(inputs);
});
// src/lib/paraglide/messages/gallery_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Gallery_IntroInputs */
var da_gallery_intro = () => {
	return `Her kan du se, hvem der arbejder her.`;
};
var en_gallery_intro = () => {
	return `Here you can see who works here.`;
};
/**
* | output |
* | --- |
* | "Here you can see who works here." |
*
* @param {Gallery_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var gallery_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_gallery_intro(inputs);
	return da_gallery_intro(inputs);
});
// src/lib/paraglide/messages/gallery_filter_room.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Gallery_Filter_RoomInputs */
var da_gallery_filter_room = () => {
	return `Vis kun dem, der har plads`;
};
var en_gallery_filter_room = () => {
	return `Show only those who have room`;
};
/**
* | output |
* | --- |
* | "Show only those who have room" |
*
* @param {Gallery_Filter_RoomInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var gallery_filter_room = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_gallery_filter_room(inputs);
	return da_gallery_filter_room(inputs);
});
// src/lib/paraglide/messages/gallery_filter_good_at.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Gallery_Filter_Good_AtInputs */
var da_gallery_filter_good_at = () => {
	return `Hvad skal de være gode til?`;
};
var en_gallery_filter_good_at = () => {
	return `What should they be good at?`;
};
/**
* | output |
* | --- |
* | "What should they be good at?" |
*
* @param {Gallery_Filter_Good_AtInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var gallery_filter_good_at = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_gallery_filter_good_at(inputs);
	return da_gallery_filter_good_at(inputs);
});
// src/lib/paraglide/messages/gallery_filter_good_at_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Gallery_Filter_Good_At_HintInputs */
var da_gallery_filter_good_at_hint = () => {
	return `Skriv et ord. For eksempel økonomi eller musik.`;
};
var en_gallery_filter_good_at_hint = () => {
	return `Write a word. For example money or music.`;
};
/**
* | output |
* | --- |
* | "Write a word. For example money or music." |
*
* @param {Gallery_Filter_Good_At_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var gallery_filter_good_at_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_gallery_filter_good_at_hint(inputs);
	return da_gallery_filter_good_at_hint(inputs);
});
// src/lib/paraglide/messages/gallery_filter_submit.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Gallery_Filter_SubmitInputs */
var da_gallery_filter_submit = () => {
	return `Vis`;
};
var en_gallery_filter_submit = () => {
	return `Show`;
};
/**
* | output |
* | --- |
* | "Show" |
*
* @param {Gallery_Filter_SubmitInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var gallery_filter_submit = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_gallery_filter_submit(inputs);
	return da_gallery_filter_submit(inputs);
});
// src/lib/paraglide/messages/gallery_good_at.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Gallery_Good_AtInputs */
var da_gallery_good_at = () => {
	return `Jeg er god til`;
};
var en_gallery_good_at = () => {
	return `I am good at`;
};
/**
* | output |
* | --- |
* | "I am good at" |
*
* @param {Gallery_Good_AtInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var gallery_good_at = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_gallery_good_at(inputs);
	return da_gallery_good_at(inputs);
});
// src/lib/paraglide/messages/gallery_interests.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Gallery_InterestsInputs */
var da_gallery_interests = () => {
	return `Det kan jeg lide`;
};
var en_gallery_interests = () => {
	return `I like`;
};
/**
* | output |
* | --- |
* | "I like" |
*
* @param {Gallery_InterestsInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var gallery_interests = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_gallery_interests(inputs);
	return da_gallery_interests(inputs);
});
// src/lib/paraglide/messages/gallery_languages.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Gallery_LanguagesInputs */
var da_gallery_languages = () => {
	return `Sprog`;
};
var en_gallery_languages = () => {
	return `Languages`;
};
/**
* | output |
* | --- |
* | "Languages" |
*
* @param {Gallery_LanguagesInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var gallery_languages = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_gallery_languages(inputs);
	return da_gallery_languages(inputs);
});
// src/lib/paraglide/messages/gallery_days.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Gallery_DaysInputs */
var da_gallery_days = () => {
	return `Jeg arbejder`;
};
var en_gallery_days = () => {
	return `I work`;
};
/**
* | output |
* | --- |
* | "I work" |
*
* @param {Gallery_DaysInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var gallery_days = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_gallery_days(inputs);
	return da_gallery_days(inputs);
});
// src/lib/paraglide/messages/gallery_background.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Gallery_BackgroundInputs */
var da_gallery_background = () => {
	return `Min baggrund`;
};
var en_gallery_background = () => {
	return `My background`;
};
/**
* | output |
* | --- |
* | "My background" |
*
* @param {Gallery_BackgroundInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var gallery_background = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_gallery_background(inputs);
	return da_gallery_background(inputs);
});
// src/lib/paraglide/messages/gallery_has_room.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Gallery_Has_RoomInputs */
var da_gallery_has_room = () => {
	return `Har plads`;
};
var en_gallery_has_room = () => {
	return `Has room`;
};
/**
* | output |
* | --- |
* | "Has room" |
*
* @param {Gallery_Has_RoomInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var gallery_has_room = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_gallery_has_room(inputs);
	return da_gallery_has_room(inputs);
});
// src/lib/paraglide/messages/gallery_no_room.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Gallery_No_RoomInputs */
var da_gallery_no_room = () => {
	return `Har ikke plads lige nu`;
};
var en_gallery_no_room = () => {
	return `No room right now`;
};
/**
* | output |
* | --- |
* | "No room right now" |
*
* @param {Gallery_No_RoomInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var gallery_no_room = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_gallery_no_room(inputs);
	return da_gallery_no_room(inputs);
});
// src/lib/paraglide/messages/gallery_none.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Gallery_NoneInputs */
var da_gallery_none = () => {
	return `Ingen passer til det, du søgte efter.`;
};
var en_gallery_none = () => {
	return `Nobody matches what you looked for.`;
};
/**
* | output |
* | --- |
* | "Nobody matches what you looked for." |
*
* @param {Gallery_NoneInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var gallery_none = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_gallery_none(inputs);
	return da_gallery_none(inputs);
});
// src/routes/(citizen)/me/contact-person/workers/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data } = $$props;
		head("11ey7ny", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(gallery_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(gallery_title())}</h1> <p class="lead">${escape_html(gallery_intro())}</p> <form method="GET" class="card">`);
		Checkbox($$renderer, {
			name: "room",
			value: "yes",
			label: gallery_filter_room(),
			checked: data.filter.onlyWithRoom
		});
		$$renderer.push(`<!----> `);
		Text_field($$renderer, {
			name: "goodAt",
			label: gallery_filter_good_at(),
			hint: gallery_filter_good_at_hint(),
			value: data.filter.goodAt,
			autocomplete: "off"
		});
		$$renderer.push(`<!----> <button class="button" type="submit">${escape_html(gallery_filter_submit())}</button></form> `);
		if (data.workers.length === 0) $$renderer.push(`<!--[0--><p class="notice">${escape_html(gallery_none())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="gallery svelte-11ey7ny"><!--[-->`);
			const each_array = ensure_array_like(data.workers);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let worker = each_array[$$index];
				$$renderer.push(`<li class="card gallery__card svelte-11ey7ny">`);
				if (worker.hasPhoto) $$renderer.push(`<!--[0--><img class="gallery__photo svelte-11ey7ny"${attr("src", routes.workerPhoto(worker.id))}${attr("alt", worker.photoAlt)} width="160" height="160" loading="lazy"/>`);
				else {
					$$renderer.push(`<!--[-1--><span class="gallery__photo gallery__photo--none svelte-11ey7ny">`);
					Icon($$renderer, {
						name: "user-round",
						size: 40
					});
					$$renderer.push(`<!----></span>`);
				}
				$$renderer.push(`<!--]--> <h2>${escape_html(worker.name)}</h2> <p${attr_class("gallery__room svelte-11ey7ny", void 0, { "gallery__room--full": !worker.hasRoom })}>`);
				Icon($$renderer, {
					name: worker.hasRoom ? "circle-check" : "circle-alert",
					size: 24
				});
				$$renderer.push(`<!----> ${escape_html(worker.hasRoom ? gallery_has_room() : gallery_no_room())}</p> <dl class="facts svelte-11ey7ny">`);
				if (worker.goodAt) $$renderer.push(`<!--[0--><dt>${escape_html(gallery_good_at())}</dt><dd class="svelte-11ey7ny">${escape_html(worker.goodAt)}</dd>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (worker.interests) $$renderer.push(`<!--[0--><dt>${escape_html(gallery_interests())}</dt><dd class="svelte-11ey7ny">${escape_html(worker.interests)}</dd>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (worker.languages) $$renderer.push(`<!--[0--><dt>${escape_html(gallery_languages())}</dt><dd class="svelte-11ey7ny">${escape_html(worker.languages)}</dd>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (worker.workDays) $$renderer.push(`<!--[0--><dt>${escape_html(gallery_days())}</dt><dd class="svelte-11ey7ny">${escape_html(worker.workDays)}</dd>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> `);
				if (worker.background) $$renderer.push(`<!--[0--><dt>${escape_html(gallery_background())}</dt><dd class="svelte-11ey7ny">${escape_html(worker.background)}</dd>`);
				else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--></dl></li>`);
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map