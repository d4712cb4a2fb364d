import { i as requireRole, r as requireCitizenSelf } from "../../../../chunks/guards.js";
import { S as dismissRatingPrompt, T as ratingPrompt, n as getCitizenHome } from "../../../../chunks/citizens.js";
import { s as todayIso } from "../../../../chunks/time.js";
import { i as unreadResetNotice, t as markResetNoticesSeen } from "../../../../chunks/access-reset.js";
// src/routes/(citizen)/me/+page.server.ts
var load = (async () => {
	const user = requireRole(["citizen"]);
	const home = await getCitizenHome(user.id);
	return {
		name: user.displayName,
		/** Who supports the citizen now; the first is the main contact. */
		supporters: home?.supporters ?? [],
		/** Set while the kontaktperson is temporary: the date the citizen may choose. */
		mayChooseFrom: home?.mayChooseFrom ?? null,
		today: todayIso(),
		hasCitizenRecord: home !== null,
		/** "Hvordan gik det?" after a visit, at most once a week. */
		ratingPrompt: home ? await ratingPrompt(home.citizenId) : null,
		/** "Lene Leder nulstillede din adgang …": who reset the access and when, until the citizen has read it. */
		resetNotice: await unreadResetNotice(user.id)
	};
});
var actions = {
	/** "Ikke nu": the question about the visit goes away for a week. */
	dismissRatingPrompt: async () => {
		const { citizen } = await requireCitizenSelf();
		await dismissRatingPrompt(citizen.id);
		return { dismissed: true };
	},
	/** "Det har jeg læst": the notice about a reset of the access goes away. */
	resetNoticeSeen: async () => {
		const user = requireRole(["citizen"]);
		await markResetNoticesSeen(user.id);
		return { resetNoticeSeen: true };
	}
};
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map