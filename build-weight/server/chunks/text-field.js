import { f as attr, i as derived, m as escape_html, n as attributes, t as attr_class } from "./server2.js";
import { t as Field_error } from "./field-error.js";
// src/lib/components/ui/text-field/text-field.svelte
function Text_field($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Message key of the problem with this field, if any. */
		let { name, label, value = "", hint, error, type = "text", autocomplete, autocapitalize, spellcheck, required, inputmode, min } = $$props;
		const id = derived(() => `field-${name}`);
		const describedBy = derived(() => [hint ? `${id()}-hint` : null, error ? `${id()}-error` : null].filter(Boolean).join(" ") || void 0);
		$$renderer.push(`<div${attr_class("field", void 0, { "field--error": !!error })}><label${attr("for", id())}>${escape_html(label)}</label> `);
		if (hint) $$renderer.push(`<!--[0--><p class="field__hint"${attr("id", `${id()}-hint`)}>${escape_html(hint)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (error) {
			$$renderer.push("<!--[0-->");
			Field_error($$renderer, {
				id: `${id()}-error`,
				error
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <input${attributes({
			id: id(),
			name,
			type,
			defaultvalue: value,
			autocomplete,
			autocapitalize,
			spellcheck,
			required,
			inputmode,
			min,
			"aria-invalid": error ? "true" : void 0,
			"aria-describedby": describedBy()
		}, void 0, void 0, void 0, 4)}/></div>`);
	});
}
export { Text_field as t };

//# sourceMappingURL=text-field.js.map