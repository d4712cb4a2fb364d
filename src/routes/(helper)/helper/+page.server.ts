import type { PageServerLoad } from './$types';
import { requireRole } from '#lib/server/auth/guards.js';
import { hasEndedAccess, listCitizensForHelper } from '#lib/server/access/grants.js';

export const load = (async () => {
	const helper = requireRole(['relative', 'guide']);
	/** The citizens who invited this helper and whose grant is active now. Names only: no citizen data is read here. */
	const citizens = await listCitizensForHelper(helper.id);
	/** No one now, but someone once: the access has ended (said plainly, without who or why). */
	const hasAccessEnded = citizens.length === 0 && (await hasEndedAccess(helper.id));
	return { citizens, hasAccessEnded };
}) satisfies PageServerLoad;
