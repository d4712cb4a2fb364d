import type { PageServerLoad } from './$types';
import { requireCitizenAccess, requireRole } from '#lib/server/auth/guards.js';
import type { CitizenArea } from '#lib/areas.js';
import { listCitizensForHelper } from '#lib/server/access/grants.js';

export const load = (async ({ params }) => {
	const helper = requireRole(['relative', 'guide']);
	// 404 and a "denied" line in the citizen's log unless this area is granted today.
	await requireCitizenAccess(params.citizenId, params.area as CitizenArea);
	const [entry] = (await listCitizensForHelper(helper.id)).filter((c) => c.citizenId === params.citizenId);
	return { area: params.area, citizenId: params.citizenId, name: entry?.name ?? '' };
}) satisfies PageServerLoad;
