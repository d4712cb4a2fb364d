import { r as getLocale } from "./runtime.js";
import { m as escape_html } from "./server2.js";
import { t as Icon } from "./icon.js";
import { t as neverArrived } from "./send-result.js";
// src/lib/paraglide/messages/offline_change_kept.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Offline_Change_KeptInputs */
var da_offline_change_kept = () => {
	return `Du er ikke på nettet. Det, du skrev, er gemt på telefonen. Tryk på knappen igen, når du er på nettet.`;
};
var en_offline_change_kept = () => {
	return `You are not online. What you wrote is saved on your phone. Press the button again when you are online.`;
};
/**
* | output |
* | --- |
* | "You are not online. What you wrote is saved on your phone. Press the button again when you are online." |
*
* @param {Offline_Change_KeptInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var offline_change_kept = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_offline_change_kept(inputs);
	return da_offline_change_kept(inputs);
});
// src/lib/components/offline/offline-notice.svelte
function Offline_notice($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		$$renderer.push(`<p class="notice notice--offline" role="alert">`);
		Icon($$renderer, {
			name: "wifi-off",
			size: 24
		});
		$$renderer.push(`<!----> ${escape_html(offline_change_kept())}</p>`);
	});
}
// src/lib/offline/send-keeping-draft.ts
/**
* For a form that changes what is already stored, where waiting in a queue could overwrite a
* newer change: sent only with a network. Without one nothing is sent, the draft stays on the
* phone, and the page says so. Give it to keepDraft, which removes the draft once the server has
* the change.
*/
function sendKeepingDraft(options) {
	return ({ cancel }) => {
		if (!navigator.onLine) {
			cancel();
			options.onOffline(true);
			return;
		}
		options.onOffline(false);
		return async ({ result, update }) => {
			if (neverArrived(result)) return options.onOffline(true);
			await update({ reset: options.reset ?? false });
		};
	};
}
export { Offline_notice as n, sendKeepingDraft as t };

//# sourceMappingURL=send-keeping-draft.js.map