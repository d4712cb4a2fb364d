import { r as requireCitizenSelf } from "../../../../../chunks/guards.js";
import { C as listRatings, a as supportTeam, l as choiceToday } from "../../../../../chunks/citizens.js";
import { r as getLocale } from "../../../../../chunks/runtime.js";
// src/routes/(citizen)/me/collaboration/+page.server.ts
var load = (async ({ url }) => {
	const { citizen } = await requireCitizenSelf();
	const ratings = await listRatings(citizen.id, getLocale());
	const latest = ratings.at(-1);
	const needsOffer = latest !== void 0 && (latest.isLow || latest.isFalling);
	return {
		ratings: ratings.map(({ isLow: _low, isFalling: _falling, ...row }) => row),
		/** Who the ratings are about today. */
		supporterNames: (await supportTeam(citizen.id)).map((s) => s.name),
		/** A low or falling last rating: gently offer to talk about it, or to choose another kontaktperson. */
		needsOffer,
		/** Whether the citizen may choose another kontaktperson now, or from which day; only asked when the offer shows. */
		choice: needsOffer ? await choiceToday(citizen) : null,
		isJustSaved: url.searchParams.has("saved")
	};
});
export { load };

//# sourceMappingURL=_page.server.ts.js.map