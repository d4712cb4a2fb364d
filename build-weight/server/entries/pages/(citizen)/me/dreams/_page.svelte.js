import { f as attr, m as escape_html, o as ensure_array_like, s as head } from "../../../../../chunks/server2.js";
import { t as app_name } from "../../../../../chunks/app_name.js";
import { t as dreams_title } from "../../../../../chunks/dreams_title.js";
import { t as Icon } from "../../../../../chunks/icon.js";
import "../../../../../chunks/forms.js";
import { l as localizeHref, r as getLocale } from "../../../../../chunks/runtime.js";
import { r as visibilityLabel } from "../../../../../chunks/dream-labels.js";
import { t as Dream_card } from "../../../../../chunks/dream-card.js";
// src/lib/paraglide/messages/dreams_intro.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_IntroInputs */
var da_dreams_intro = () => {
	return `Skriv dine ønsker, håb og drømme. Med dine egne ord.`;
};
var en_dreams_intro = () => {
	return `Write your wishes, hopes and dreams. In your own words.`;
};
/**
* | output |
* | --- |
* | "Write your wishes, hopes and dreams. In your own words." |
*
* @param {Dreams_IntroInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_intro = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_intro(inputs);
	return da_dreams_intro(inputs);
});
// src/lib/paraglide/messages/dreams_empty.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_EmptyInputs */
var da_dreams_empty = () => {
	return `Du har ikke skrevet noget endnu. Hvad drømmer du om?`;
};
var en_dreams_empty = () => {
	return `You have not written anything yet. What do you dream about?`;
};
/**
* | output |
* | --- |
* | "You have not written anything yet. What do you dream about?" |
*
* @param {Dreams_EmptyInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_empty = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_empty(inputs);
	return da_dreams_empty(inputs);
});
// src/lib/paraglide/messages/dreams_add.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_AddInputs */
var da_dreams_add = () => {
	return `Skriv en ny drøm`;
};
var en_dreams_add = () => {
	return `Write a new dream`;
};
/**
* | output |
* | --- |
* | "Write a new dream" |
*
* @param {Dreams_AddInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_add = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_add(inputs);
	return da_dreams_add(inputs);
});
// src/lib/paraglide/messages/dreams_deleted.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_DeletedInputs */
var da_dreams_deleted = () => {
	return `Drømmen er slettet.`;
};
var en_dreams_deleted = () => {
	return `The dream is deleted.`;
};
/**
* | output |
* | --- |
* | "The dream is deleted." |
*
* @param {Dreams_DeletedInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_deleted = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_deleted(inputs);
	return da_dreams_deleted(inputs);
});
// src/lib/paraglide/messages/dreams_undo.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_UndoInputs */
var da_dreams_undo = () => {
	return `Fortryd`;
};
var en_dreams_undo = () => {
	return `Undo`;
};
/**
* | output |
* | --- |
* | "Undo" |
*
* @param {Dreams_UndoInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_undo = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_undo(inputs);
	return da_dreams_undo(inputs);
});
// src/lib/paraglide/messages/dreams_restored.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Dreams_RestoredInputs */
var da_dreams_restored = () => {
	return `Drømmen er tilbage.`;
};
var en_dreams_restored = () => {
	return `The dream is back.`;
};
/**
* | output |
* | --- |
* | "The dream is back." |
*
* @param {Dreams_RestoredInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var dreams_restored = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_dreams_restored(inputs);
	return da_dreams_restored(inputs);
});
// src/routes/(citizen)/me/dreams/+page.svelte
function _page($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { data, form } = $$props;
		head("47f4zc", $$renderer, ($$renderer) => {
			$$renderer.title(($$renderer) => {
				$$renderer.push(`<title>${escape_html(dreams_title())} – ${escape_html(app_name())}</title>`);
			});
		});
		$$renderer.push(`<h1>${escape_html(dreams_title())}</h1> `);
		if (data.deletedId && !form?.restored) {
			$$renderer.push(`<!--[0--><div class="notice" role="status"><p>${escape_html(dreams_deleted())}</p> <form method="POST" action="?/restore"><input type="hidden" name="dreamId"${attr("value", data.deletedId)}/> <button class="button button--secondary" type="submit">`);
			Icon($$renderer, {
				name: "undo-2",
				size: 24
			});
			$$renderer.push(`<!---->${escape_html(dreams_undo())}</button></form></div>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (form?.restored) $$renderer.push(`<!--[0--><p class="notice" role="status">${escape_html(dreams_restored())}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p class="lead">${escape_html(dreams_intro())}</p> <p><a class="button button--large"${attr("href", localizeHref("/me/dreams/new"))}>`);
		Icon($$renderer, {
			name: "plus",
			size: 28
		});
		$$renderer.push(`<!---->${escape_html(dreams_add())}</a></p> `);
		if (data.dreams.length === 0) $$renderer.push(`<!--[0--><p class="notice">${escape_html(dreams_empty())}</p>`);
		else {
			$$renderer.push(`<!--[-1--><ul class="plain-list"><!--[-->`);
			const each_array = ensure_array_like(data.dreams);
			for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
				let dream = each_array[$$index];
				Dream_card($$renderer, {
					dream,
					href: localizeHref(`/me/dreams/${dream.id}`),
					children: ($$renderer) => {
						$$renderer.push(`<p class="muted">${escape_html(visibilityLabel(dream.visibility))}</p>`);
					},
					$$slots: { default: true }
				});
			}
			$$renderer.push(`<!--]--></ul>`);
		}
		$$renderer.push(`<!--]-->`);
	});
}
export { _page as default };

//# sourceMappingURL=_page.svelte.js.map