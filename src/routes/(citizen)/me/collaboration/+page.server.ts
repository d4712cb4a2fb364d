import type { PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { supportTeam } from '#lib/server/citizens.js';
import { listRatings } from '#lib/server/ratings/ratings.js';
import { getLocale } from '#lib/paraglide/runtime.js';
import { choiceToday } from '#lib/server/contact-person/wishes.js';

export const load = (async ({ url }) => {
	const { citizen } = await requireCitizenSelf();
	const ratings = await listRatings(citizen.id, getLocale());
	const latest = ratings.at(-1);
	const needsOffer = latest !== undefined && (latest.isLow || latest.isFalling);
	return {
		ratings: ratings.map(({ isLow: _low, isFalling: _falling, ...row }) => row),
		/** Who the ratings are about today. */
		supporterNames: (await supportTeam(citizen.id)).map((s) => s.name),
		/** A low or falling last rating: gently offer to talk about it, or to choose another kontaktperson. */
		needsOffer,
		/** Whether the citizen may choose another kontaktperson now, or from which day; only asked when the offer shows. */
		choice: needsOffer ? await choiceToday(citizen) : null,
		isJustSaved: url.searchParams.has('saved')
	};
}) satisfies PageServerLoad;
