import { m as escape_html, n as attributes, o as ensure_array_like } from "./server2.js";
import { t as Choice_fieldset } from "./choice-fieldset.js";
// src/lib/components/ui/checkbox-group/checkbox-group.svelte
function Checkbox_group($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** Message key of the problem with the group, if any. */
		let { name, legend, hint, options, checked, error } = $$props;
		{
			function children($$renderer, id) {
				$$renderer.push(`<!--[-->`);
				const each_array = ensure_array_like(options);
				for (let index = 0, $$length = each_array.length; index < $$length; index++) {
					let option = each_array[index];
					$$renderer.push(`<label class="choice"><input${attributes({
						type: "checkbox",
						name,
						value: option.value,
						id: index === 0 ? id : void 0,
						defaultchecked: checked.includes(option.value)
					}, void 0, void 0, void 0, 4)}/> <span>${escape_html(option.label)}</span></label>`);
				}
				$$renderer.push(`<!--]-->`);
			}
			Choice_fieldset($$renderer, {
				name,
				legend,
				hint,
				error,
				children,
				$$slots: { default: true }
			});
		}
	});
}
export { Checkbox_group as t };

//# sourceMappingURL=checkbox-group.js.map