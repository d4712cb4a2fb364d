import type { PageServerLoad } from './$types';
import { requireCitizenAccess, requireRole } from '#lib/server/auth/guards.js';
import { getCitizenOverview } from '#lib/server/citizens.js';

export const load = (async ({ params }) => {
	requireRole(['worker', 'leader']);
	// 404 (and a line in the citizen's access log) unless this worker or leader may see the citizen.
	const { citizen } = await requireCitizenAccess(params.citizenId, 'overview');
	return { citizen: await getCitizenOverview(citizen) };
}) satisfies PageServerLoad;
