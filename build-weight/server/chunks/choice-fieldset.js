import { f as attr, i as derived, l as stringify, m as escape_html, t as attr_class } from "./server2.js";
import { t as Field_error } from "./field-error.js";
// src/lib/components/ui/choice-fieldset/choice-fieldset.svelte
function Choice_fieldset($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** A group of radios or checkboxes: legend, hint and error, described for screen readers. */
		/** The problem with the group, in words, if any. */
		/** The choices; the first should carry `id`, so the error summary can link to it. */
		/** When the same field name is on the page more than once. Defaults to `field-<name>`. */
		let { name, legend, hint, error, children, id: givenId } = $$props;
		const id = derived(() => givenId ?? `field-${name}`);
		const describedBy = derived(() => [hint ? `${id()}-hint` : null, error ? `${id()}-error` : null].filter(Boolean).join(" ") || void 0);
		$$renderer.push(`<fieldset${attr_class("field", void 0, { "field--error": !!error })}${attr("aria-describedby", describedBy())}><legend>${escape_html(legend)}</legend> `);
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
		$$renderer.push(`<!--]--> `);
		children($$renderer, id());
		$$renderer.push(`<!----></fieldset>`);
	});
}
export { Choice_fieldset as t };

//# sourceMappingURL=choice-fieldset.js.map