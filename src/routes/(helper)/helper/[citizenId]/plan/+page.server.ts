import type { PageServerLoad } from './$types';
import { requireCitizenAccess, requireRole } from '#lib/server/auth/guards.js';
import { getPlan } from '#lib/server/plan.js';
import { listCitizensForHelper } from '#lib/server/access/grants.js';

export const load = (async ({ params }) => {
	const helper = requireRole(['relative', 'guide']);
	await requireCitizenAccess(params.citizenId, 'plan');
	const [entry] = (await listCitizensForHelper(helper.id)).filter((c) => c.citizenId === params.citizenId);
	return {
		citizenId: params.citizenId,
		name: entry?.name ?? '',
		// Linked dreams show only where the dream itself is shared with relatives.
		plan: await getPlan(params.citizenId, (d) => d.visibility === 'relatives')
	};
}) satisfies PageServerLoad;
