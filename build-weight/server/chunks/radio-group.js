import { m as escape_html, n as attributes, o as ensure_array_like } from "./server2.js";
import { t as Choice_fieldset } from "./choice-fieldset.js";
import { t as Icon } from "./icon.js";
// src/lib/components/ui/radio-group/radio-group.svelte
function Radio_group($$renderer, $$props) {
	/** When the same field name is on the page more than once (see ChoiceFieldset). */
	let { name, legend, hint, options, checked, error, id } = $$props;
	{
		function children($$renderer, id) {
			$$renderer.push(`<!--[-->`);
			const each_array = ensure_array_like(options);
			for (let index = 0, $$length = each_array.length; index < $$length; index++) {
				let option = each_array[index];
				$$renderer.push(`<label class="choice"><input${attributes({
					type: "radio",
					name,
					value: option.value,
					id: index === 0 ? id : void 0,
					defaultchecked: checked === option.value
				}, void 0, void 0, void 0, 4)}/> `);
				if (option.icon) {
					$$renderer.push("<!--[0-->");
					Icon($$renderer, {
						name: option.icon,
						size: 24
					});
				} else $$renderer.push("<!--[-1-->");
				$$renderer.push(`<!--]--> <span>${escape_html(option.label)}</span></label>`);
			}
			$$renderer.push(`<!--]-->`);
		}
		Choice_fieldset($$renderer, {
			name,
			legend,
			hint,
			error,
			id,
			children,
			$$slots: { default: true }
		});
	}
}
export { Radio_group as t };

//# sourceMappingURL=radio-group.js.map