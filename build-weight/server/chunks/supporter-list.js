import { m as escape_html, o as ensure_array_like } from "./server2.js";
import { t as role_temporary } from "./role_temporary.js";
import { t as staff_role_main } from "./staff_role_main.js";
import { r as roleLabel } from "./labels.js";
// src/routes/(staff)/staff/supporter-list.svelte
function Supporter_list($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		let { supporters } = $$props;
		$$renderer.push(`<ul class="plain-list"><!--[-->`);
		const each_array = ensure_array_like(supporters);
		for (let $$index = 0, $$length = each_array.length; $$index < $$length; $$index++) {
			let supporter = each_array[$$index];
			$$renderer.push(`<li>${escape_html(supporter.name)} <span class="muted">(${escape_html(roleLabel(supporter.role))}${escape_html(supporter.isTemporary ? `, ${role_temporary()}` : "")}${escape_html(supporters.length > 1 && supporter.isMain ? `, ${staff_role_main()}` : "")})</span></li>`);
		}
		$$renderer.push(`<!--]--></ul>`);
	});
}
export { Supporter_list as t };

//# sourceMappingURL=supporter-list.js.map