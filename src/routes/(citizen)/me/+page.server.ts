import type { Actions, PageServerLoad } from './$types';
import { requireCitizenSelf, requireRole } from '#lib/server/auth/guards.js';
import { dismissRatingPrompt, ratingPrompt } from '#lib/server/ratings/ratings.js';
import { getCitizenHome } from '#lib/server/citizens.js';
import { todayIso } from '#lib/server/time.js';
import { markResetNoticesSeen, unreadResetNotice } from '#lib/server/auth/access-reset.js';

export const load = (async () => {
	const user = requireRole(['citizen']);
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
}) satisfies PageServerLoad;

export const actions = {
	/** "Ikke nu": the question about the visit goes away for a week. */
	dismissRatingPrompt: async () => {
		const { citizen } = await requireCitizenSelf();
		await dismissRatingPrompt(citizen.id);
		return { dismissed: true };
	},

	/** "Det har jeg læst": the notice about a reset of the access goes away. */
	resetNoticeSeen: async () => {
		const user = requireRole(['citizen']);
		await markResetNoticesSeen(user.id);
		return { resetNoticeSeen: true };
	}
} satisfies Actions;
