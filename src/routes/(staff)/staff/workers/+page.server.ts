import type { PageServerLoad } from './$types';
import { requireRole } from '#lib/server/auth/guards.js';
import { listUnitWorkers } from '#lib/server/contact-person/workers.js';

export const load = (async () => {
	const leader = requireRole(['leader']);
	return { workers: leader.unitId ? await listUnitWorkers(leader.unitId) : [] };
}) satisfies PageServerLoad;
