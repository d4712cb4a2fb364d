import { f as attr, i as derived, m as escape_html, n as attributes } from "./server2.js";
// src/lib/components/ui/checkbox/checkbox.svelte
function Checkbox($$renderer, $$props) {
	let { name, label, hint, checked, value = "yes" } = $$props;
	const id = derived(() => `field-${name}`);
	$$renderer.push(`<div class="field"><label class="choice"${attr("for", id())}><input${attributes({
		type: "checkbox",
		id: id(),
		name,
		value,
		defaultchecked: checked,
		"aria-describedby": hint ? `${id()}-hint` : void 0
	}, void 0, void 0, void 0, 4)}/> <span>${escape_html(label)}</span></label> `);
	if (hint) $$renderer.push(`<!--[0--><p class="field__hint"${attr("id", `${id()}-hint`)}>${escape_html(hint)}</p>`);
	else $$renderer.push("<!--[-1-->");
	$$renderer.push(`<!--]--></div>`);
}
export { Checkbox as t };

//# sourceMappingURL=checkbox.js.map