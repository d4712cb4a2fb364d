import type { PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { listGrantsForCitizen } from '#lib/server/access/grants.js';

export const load = (async ({ url }) => {
	const { citizen } = await requireCitizenSelf();
	const rows = await listGrantsForCitizen(citizen.id);
	return {
		/** Invited and active helpers, and staff suggestions waiting for an answer. */
		helpers: rows.map(({ grant }) => ({
			id: grant.id,
			kind: grant.kind,
			// The name the citizen gave the helper: it is the citizen's list.
			name: grant.name,
			status: grant.status,
			areas: grant.areas,
			canWriteInput: grant.canWriteInput,
			endsOn: grant.endsOn,
			lastSeenAt: grant.lastSeenAt?.toISOString() ?? null
		})),
		removedName: url.searchParams.get('removed')?.slice(0, 80) ?? null
	};
}) satisfies PageServerLoad;
