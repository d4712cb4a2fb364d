import type { PageServerLoad } from './$types';
import { requireRole } from '#lib/server/auth/guards.js';
import { listCaseload, upcomingChanges } from '#lib/server/citizens.js';
import { withAttention } from '#lib/server/meetings/caseload.js';

export const load = (async () => {
	const user = requireRole(['worker', 'leader']);
	return {
		isLeader: user.role === 'leader',
		unitName: user.unitName ?? '',
		/** The worker's assigned citizens, or the leader's whole unit. */
		/** Most urgent first: a review not done before a meeting, low ratings, open wishes, … */
		citizens: await withAttention(user, await listCaseload(user)),
		/** Kontaktperson changes that involve this worker and have not happened yet. */
		changes: user.role === 'worker' ? await upcomingChanges(user) : [],
		userId: user.id
	};
}) satisfies PageServerLoad;
