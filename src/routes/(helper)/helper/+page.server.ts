import type { PageServerLoad } from './$types';
import { requireRole } from '#lib/server/auth/guards.js';
import { listCitizensForHelper } from '#lib/server/access/grants.js';

export const load = (async () => {
	const helper = requireRole(['relative', 'guide']);
	/** The citizens who invited this helper and whose grant is active now. Names only: no citizen data is read here. */
	return { citizens: await listCitizensForHelper(helper.id) };
}) satisfies PageServerLoad;
