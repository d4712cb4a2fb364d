import { f as attr, l as stringify, t as attr_class } from "./server2.js";
// src/lib/components/ui/icon/icon.svelte
function Icon($$renderer, $$props) {
	let { name, size = 24 } = $$props;
	$$renderer.push(`<svg${attr_class(`icon icon--${stringify(size)}`)} aria-hidden="true" focusable="false"><use${attr("href", `/icons/sprite.svg#${stringify(name)}`)}></use></svg>`);
}
export { Icon as t };

//# sourceMappingURL=icon.js.map