import { t as grantableAreas } from "./areas.js";
import { r as getLocale } from "./runtime.js";
import { t as areaLabel } from "./labels.js";
import { f as attr, m as escape_html, u as html } from "./server2.js";
import "./index-server.js";
import "./icon.js";
import { t as Text_field } from "./text-field.js";
import { t as Checkbox } from "./checkbox.js";
import { t as Checkbox_group } from "./checkbox-group.js";
// src/lib/paraglide/messages/helpers_areas_legend.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Areas_LegendInputs */
var da_helpers_areas_legend = () => {
	return `Hvad må personen se?`;
};
var en_helpers_areas_legend = () => {
	return `What may the person see?`;
};
/**
* | output |
* | --- |
* | "What may the person see?" |
*
* @param {Helpers_Areas_LegendInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_areas_legend = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_areas_legend(inputs);
	return da_helpers_areas_legend(inputs);
});
// src/lib/paraglide/messages/helpers_areas_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Areas_HintInputs */
var da_helpers_areas_hint = () => {
	return `Sæt flueben ved det, personen må se.`;
};
var en_helpers_areas_hint = () => {
	return `Tick what the person may see.`;
};
/**
* | output |
* | --- |
* | "Tick what the person may see." |
*
* @param {Helpers_Areas_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_areas_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_areas_hint(inputs);
	return da_helpers_areas_hint(inputs);
});
// src/lib/paraglide/messages/helpers_write_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Write_LabelInputs */
var da_helpers_write_label = () => {
	return `Må skrive til jeres møder`;
};
var en_helpers_write_label = () => {
	return `May write for your meetings`;
};
/**
* | output |
* | --- |
* | "May write for your meetings" |
*
* @param {Helpers_Write_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_write_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_write_label(inputs);
	return da_helpers_write_label(inputs);
});
// src/lib/paraglide/messages/helpers_write_hint.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Write_HintInputs */
var da_helpers_write_hint = () => {
	return `Personen kan skrive det, de vil sige til mødet.`;
};
var en_helpers_write_hint = () => {
	return `The person can write what they want to say at the meeting.`;
};
/**
* | output |
* | --- |
* | "The person can write what they want to say at the meeting." |
*
* @param {Helpers_Write_HintInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_write_hint = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_write_hint(inputs);
	return da_helpers_write_hint(inputs);
});
// src/lib/paraglide/messages/helpers_ends_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Ends_LabelInputs */
var da_helpers_ends_label = () => {
	return `Sidste dag med adgang`;
};
var en_helpers_ends_label = () => {
	return `Last day of access`;
};
/**
* | output |
* | --- |
* | "Last day of access" |
*
* @param {Helpers_Ends_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_ends_label = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_ends_label(inputs);
	return da_helpers_ends_label(inputs);
});
// src/lib/paraglide/messages/helpers_ends_hint_relative.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Ends_Hint_RelativeInputs */
var da_helpers_ends_hint_relative = () => {
	return `Vælg ingen dag, hvis adgangen ikke skal slutte.`;
};
var en_helpers_ends_hint_relative = () => {
	return `Choose no day if the access should not end.`;
};
/**
* | output |
* | --- |
* | "Choose no day if the access should not end." |
*
* @param {Helpers_Ends_Hint_RelativeInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_ends_hint_relative = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_ends_hint_relative(inputs);
	return da_helpers_ends_hint_relative(inputs);
});
// src/lib/paraglide/messages/helpers_ends_hint_guide.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Ends_Hint_GuideInputs */
var da_helpers_ends_hint_guide = () => {
	return `En brugerguide har normalt adgang i 30 dage.`;
};
var en_helpers_ends_hint_guide = () => {
	return `A peer guide usually has access for 30 days.`;
};
/**
* | output |
* | --- |
* | "A peer guide usually has access for 30 days." |
*
* @param {Helpers_Ends_Hint_GuideInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_ends_hint_guide = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_ends_hint_guide(inputs);
	return da_helpers_ends_hint_guide(inputs);
});
// src/lib/paraglide/messages/helpers_link_title.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{}} Helpers_Link_TitleInputs */
var da_helpers_link_title = () => {
	return `Send invitationen`;
};
var en_helpers_link_title = () => {
	return `Send the invitation`;
};
/**
* | output |
* | --- |
* | "Send the invitation" |
*
* @param {Helpers_Link_TitleInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_link_title = ((inputs = {}, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_link_title(inputs);
	return da_helpers_link_title(inputs);
});
// src/lib/paraglide/messages/helpers_link_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Helpers_Link_TextInputs */
var da_helpers_link_text = (i) => {
	return `Send linket til ${i?.name}. Linket virker i 7 dage og kun én gang.`;
};
var en_helpers_link_text = (i) => {
	return `Send the link to ${i?.name}. The link works for 7 days and only once.`;
};
/**
* | output |
* | --- |
* | "Send the link to {name}. The link works for 7 days and only once." |
*
* @param {Helpers_Link_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_link_text = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_link_text(inputs);
	return da_helpers_link_text(inputs);
});
// src/lib/paraglide/messages/helpers_link_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Helpers_Link_LabelInputs */
var da_helpers_link_label = (i) => {
	return `Link til ${i?.name}`;
};
var en_helpers_link_label = (i) => {
	return `Link for ${i?.name}`;
};
/**
* | output |
* | --- |
* | "Link for {name}" |
*
* @param {Helpers_Link_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_link_label = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_link_label(inputs);
	return da_helpers_link_label(inputs);
});
// src/lib/paraglide/messages/helpers_qr_text.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Helpers_Qr_TextInputs */
var da_helpers_qr_text = (i) => {
	return `Eller lad ${i?.name} scanne QR-koden med kameraet på sin telefon. QR-koden er firkanten herunder.`;
};
var en_helpers_qr_text = (i) => {
	return `Or let ${i?.name} scan the QR code with the camera on their phone. The QR code is the square below.`;
};
/**
* | output |
* | --- |
* | "Or let {name} scan the QR code with the camera on their phone. The QR code is the square below." |
*
* @param {Helpers_Qr_TextInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_qr_text = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_qr_text(inputs);
	return da_helpers_qr_text(inputs);
});
// src/lib/paraglide/messages/helpers_qr_label.js
/** @typedef {import('../runtime.js').LocalizedString} LocalizedString */
/** @typedef {{ name: NonNullable<unknown> }} Helpers_Qr_LabelInputs */
var da_helpers_qr_label = (i) => {
	return `QR-kode med linket til ${i?.name}`;
};
var en_helpers_qr_label = (i) => {
	return `QR code with the link for ${i?.name}`;
};
/**
* | output |
* | --- |
* | "QR code with the link for {name}" |
*
* @param {Helpers_Qr_LabelInputs} inputs
* @param {{ locale?: "da" | "en" }} options
* @returns {LocalizedString}
*/
var helpers_qr_label = ((inputs, options = {}) => {
	if ((options.locale ?? getLocale()) === "en") return en_helpers_qr_label(inputs);
	return da_helpers_qr_label(inputs);
});
// src/lib/components/helpers/invitation-share.svelte
function Invitation_share($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { name, link, qrSvg } = $$props;
		/** Said in the status line after "Kopiér"; empty until then, so the live region exists before it speaks. */
		let copyStatus = "";
		$$renderer.push(`<section class="notice" aria-labelledby="share-title"><h2 id="share-title">${escape_html(helpers_link_title())}</h2> <p>${escape_html(helpers_link_text({ name }))}</p> <p class="field__hint" id="invitation-link-label">${escape_html(helpers_link_label({ name }))}</p> <p class="link-box"><a${attr("href", link)} aria-describedby="invitation-link-label">${escape_html(link)}</a></p> `);
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <p role="status">${escape_html(copyStatus)}</p> <p>${escape_html(helpers_qr_text({ name }))}</p> <div class="qr" role="img"${attr("aria-label", helpers_qr_label({ name }))}>${html(qrSvg)}</div></section>`);
	});
}
// src/lib/components/helpers/grant-settings-fields.svelte
function Grant_settings_fields($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The choices a citizen makes for a helper: areas, writing, last day. Shared by invite, edit and accept. */
		let { kind, areas, canWriteInput, endsOn, today, errors } = $$props;
		const options = grantableAreas.map((value) => ({
			value,
			label: areaLabel(value)
		}));
		Checkbox_group($$renderer, {
			name: "areas",
			legend: helpers_areas_legend(),
			hint: helpers_areas_hint(),
			options,
			checked: areas,
			error: errors.areas
		});
		$$renderer.push(`<!----> `);
		Checkbox($$renderer, {
			name: "canWriteInput",
			label: helpers_write_label(),
			hint: helpers_write_hint(),
			checked: canWriteInput
		});
		$$renderer.push(`<!----> `);
		Text_field($$renderer, {
			name: "endsOn",
			type: "date",
			label: helpers_ends_label(),
			hint: kind === "guide" ? helpers_ends_hint_guide() : helpers_ends_hint_relative(),
			value: endsOn,
			min: today,
			error: errors.endsOn
		});
		$$renderer.push(`<!---->`);
	});
}
export { Invitation_share as n, Grant_settings_fields as t };

//# sourceMappingURL=grant-settings-fields.js.map