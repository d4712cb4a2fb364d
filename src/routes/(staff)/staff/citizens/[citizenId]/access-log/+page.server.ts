import type { PageServerLoad } from './$types';
import { requireCitizenAccess, requireRole } from '#lib/server/auth/guards.js';
import { accessLogView } from '#lib/server/access-log/view.js';
import { getCitizenOverview } from '#lib/server/citizens.js';

export const load = (async ({ params, url }) => {
	requireRole(['worker', 'leader']);
	// Reading the log is itself a read of the citizen's data, so it is logged too.
	const { citizen } = await requireCitizenAccess(params.citizenId, 'access-log');
	const person = url.searchParams.get('person') || null;
	const { name } = await getCitizenOverview(citizen);
	return { name, citizenId: citizen.id, ...(await accessLogView(citizen.id, person)), selectedPerson: person };
}) satisfies PageServerLoad;
