import type { PageServerLoad } from './$types';
import { requireCitizenAccess, requireRole } from '#lib/server/auth/guards.js';
import { listRatings } from '#lib/server/ratings/ratings.js';
import { listCitizensForHelper } from '#lib/server/access/grants.js';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load = (async ({ params }) => {
	const helper = requireRole(['relative', 'guide']);
	// The ratings area must be granted today; the read is in the citizen's log.
	await requireCitizenAccess(params.citizenId, 'ratings');
	const [entry] = (await listCitizensForHelper(helper.id)).filter((c) => c.citizenId === params.citizenId);
	return {
		citizenId: params.citizenId,
		name: entry?.name ?? '',
		ratings: (await listRatings(params.citizenId, getLocale())).map(({ isLow: _low, isFalling: _falling, ...row }) => row)
	};
}) satisfies PageServerLoad;
