import { f as attr, m as escape_html, t as attr_class } from "./server2.js";
import { t as Icon } from "./icon.js";
import { n as dreams_waiting, r as dreams_with_help, t as dreams_talk_marker } from "./dreams_talk_marker.js";
import { n as lifeAreaIcons } from "./dream-options.js";
import { n as lifeAreaLabel } from "./dream-labels.js";
// src/lib/components/dreams/dream-card.svelte
function Dream_card($$renderer, $$props) {
	$$renderer.component(($$renderer) => {
		/** One dream as a card: its life area, its words (a link where it can be opened), and who helped. */
		/** Extra lines, e.g. who may see it. */
		let { dream, href, children } = $$props;
		$$renderer.push(`<li${attr_class("card dream", void 0, { "card--link": !!href })}><p class="dream__area">`);
		Icon($$renderer, {
			name: lifeAreaIcons[dream.lifeArea],
			size: 24
		});
		$$renderer.push(`<!----> ${escape_html(lifeAreaLabel(dream.lifeArea))}</p> <p class="dream__text">`);
		if (href) $$renderer.push(`<!--[0--><a class="card__link"${attr("href", href)}>${escape_html(dream.text)}</a>`);
		else $$renderer.push(`<!--[-1-->${escape_html(dream.text)}`);
		$$renderer.push(`<!--]--></p> `);
		children?.($$renderer);
		$$renderer.push(`<!----> `);
		if (dream.talkAtNextMeeting) $$renderer.push(`<!--[0--><p><strong>${escape_html(dreams_talk_marker())}</strong></p>`);
		else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--> `);
		if (dream.helperName) {
			$$renderer.push(`<!--[0--><p>${escape_html(dreams_with_help({ name: dream.helperName }))}`);
			if (!dream.isConfirmed) $$renderer.push(`<!--[0--> <strong>${escape_html(dreams_waiting())}</strong>`);
			else $$renderer.push("<!--[-1-->");
			$$renderer.push(`<!--]--></p>`);
		} else $$renderer.push("<!--[-1-->");
		$$renderer.push(`<!--]--></li>`);
	});
}
export { Dream_card as t };

//# sourceMappingURL=dream-card.js.map