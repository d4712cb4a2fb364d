import { f as attr, i as derived, l as stringify, m as escape_html, r as bind_props, t as attr_class } from "./server2.js";
import { t as Field_error } from "./field-error.js";
// src/lib/components/ui/text-area/text-area.svelte
function Text_area($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Message key of the problem with this field, if any. */
		/** Defaults to `field-<name>`; set it when one page has several fields of the same name. */
		let { name, label, hint, value = "", error, rows = 4, maxlength, id: givenId } = $$props;
		const id = derived(() => givenId ?? `field-${name}`);
		const describedBy = derived(() => [hint ? `${id()}-hint` : null, error ? `${id()}-error` : null].filter(Boolean).join(" ") || void 0);
		$$renderer.push(`<div${attr_class("field", void 0, { "field--error": !!error })}><label${attr("for", id())}>${escape_html(label)}</label> `);
		if (hint) $$renderer.push(`<!--[0--><p class="field__hint"${attr("id", `${stringify(id())}-hint`)}>${escape_html(hint)}</p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (error) {
			$$renderer.push("<!--[0-->");
			Field_error($$renderer, {
				id: `${stringify(id())}-error`,
				error
			});
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> <textarea${attr("id", id())}${attr("name", name)}${attr("rows", rows)}${attr("maxlength", maxlength)}${attr("aria-invalid", error ? "true" : void 0)}${attr("aria-describedby", describedBy())}>`);
		const $$body = escape_html(value);
		if ($$body) $$renderer.push(`${$$body}`);
		$$renderer.push(`</textarea></div>`);
		bind_props($$props, { value });
	});
}
export { Text_area as t };

//# sourceMappingURL=text-area.js.map