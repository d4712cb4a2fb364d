import type { PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { helperView, listGrantsForCitizen } from '#lib/server/access/grants.js';

export const load = (async ({ url }) => {
	const { citizen } = await requireCitizenSelf();
	const rows = await listGrantsForCitizen(citizen.id);
	return {
		/** Invited and active helpers, and staff suggestions waiting for an answer. */
		helpers: rows.map(({ grant }) => helperView(grant)),
		removedName: url.searchParams.get('removed')?.slice(0, 80) ?? null
	};
}) satisfies PageServerLoad;
