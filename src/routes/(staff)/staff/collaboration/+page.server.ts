import type { PageServerLoad } from './$types';
import { requireRole } from '#lib/server/auth/guards.js';
import { unitRatingOverview, workerTrend } from '#lib/server/ratings/ratings.js';

export const load = (async () => {
	const staff = requireRole(['worker', 'leader']);
	return {
		isLeader: staff.role === 'leader',
		/** The worker's own trend across their citizens; no citizen is named, so nothing is logged. */
		ownTrend: staff.role === 'worker' ? await workerTrend(staff.id) : [],
		/** The leader's overview; naming a flagged citizen is logged for that citizen. */
		unit: staff.role === 'leader' ? await unitRatingOverview(staff) : null
	};
}) satisfies PageServerLoad;
