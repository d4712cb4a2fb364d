import type { PageServerLoad } from './$types';
import { requireRole } from '#lib/server/auth/guards.js';
import { getCitizenHome } from '#lib/server/citizens.js';
import { todayIso } from '#lib/server/time.js';

export const load = (async () => {
	const user = requireRole(['citizen']);
	const home = await getCitizenHome(user.id);
	return {
		name: user.displayName,
		/** Who supports the citizen now; the first is the main contact. */
		supporters: home?.supporters ?? [],
		/** Set while the kontaktperson is temporary: the date the citizen may choose. */
		mayChooseFrom: home?.mayChooseFrom ?? null,
		today: todayIso(),
		hasCitizenRecord: home !== null
	};
}) satisfies PageServerLoad;
