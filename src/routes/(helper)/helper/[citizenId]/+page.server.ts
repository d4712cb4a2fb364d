import type { PageServerLoad } from './$types';
import { requireCitizenAccess, requireRole } from '#lib/server/auth/guards.js';
import { listCitizensForHelper } from '#lib/server/access/grants.js';

export const load = (async ({ params }) => {
	const helper = requireRole(['relative', 'guide']);
	await requireCitizenAccess(params.citizenId, 'overview');
	const [entry] = (await listCitizensForHelper(helper.id)).filter((c) => c.citizenId === params.citizenId);
	return { citizen: entry! };
}) satisfies PageServerLoad;
