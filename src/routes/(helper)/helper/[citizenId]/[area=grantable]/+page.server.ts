import type { PageServerLoad } from './$types';
import { requireCitizenAccess, requireRole } from '#lib/server/auth/guards.js';
import type { CitizenArea } from '#lib/areas.js';

export const load = (async ({ params }) => {
	requireRole(['relative', 'guide']);
	// 404 and a "denied" line in the citizen's log unless this area is granted today.
	await requireCitizenAccess(params.citizenId, params.area as CitizenArea);
	return { area: params.area, citizenId: params.citizenId };
}) satisfies PageServerLoad;
