import type { PageServerLoad } from './$types';
import { requireCitizenAccess, requireRole } from '#lib/server/auth/guards.js';
import { accessLogPage } from '#lib/server/access-log/view.js';
import { getCitizenOverview } from '#lib/server/citizens.js';

export const load = (async ({ params, url }) => {
	requireRole(['worker', 'leader']);
	// Reading the log is itself a read of the citizen's data, so it is logged too.
	const { citizen } = await requireCitizenAccess(params.citizenId, 'access-log');
	const person = url.searchParams.get('person') || null;
	const { name } = await getCitizenOverview(citizen);
	const page = await accessLogPage(citizen.id, { person, before: url.searchParams.get('before'), after: url.searchParams.get('after') });
	return { name, citizenId: citizen.id, ...page, selectedPerson: person };
}) satisfies PageServerLoad;
