import "./runtime.js";
import "./server2.js";
import "./index-server.js";
import "./icon.js";
// src/lib/components/ui/show-password/show-password.svelte
function Show_password($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** The id of the password field this button shows and hides. */
		let { field } = $$props;
		$$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]-->`);
	});
}
export { Show_password as t };

//# sourceMappingURL=show-password.js.map