import { f as attr, m as escape_html } from "./server2.js";
import { t as Icon } from "./icon.js";
// src/lib/components/ui/icon-tile/icon-tile.svelte
function Icon_tile($$renderer, $$props) {
	/** A line under the label, e.g. the kontaktperson's name. */
	/** The icon shown above the label. */
	let { href, label, detail, note, icon } = $$props;
	$$renderer.push(`<a class="tile"${attr("href", href)}>`);
	Icon($$renderer, {
		name: icon,
		size: 32
	});
	$$renderer.push(`<!----> <span class="tile__label">${escape_html(label)}</span> `);
	if (detail) $$renderer.push(`<!--[0--><span class="tile__detail">${escape_html(detail)}</span>`);
	else $$renderer.push("<!--[-1-->");
	$$renderer.push(`<!--]--> `);
	if (note) $$renderer.push(`<!--[0--><span class="tile__note">${escape_html(note)}</span>`);
	else $$renderer.push("<!--[-1-->");
	$$renderer.push(`<!--]--></a>`);
}
export { Icon_tile as t };

//# sourceMappingURL=icon-tile.js.map