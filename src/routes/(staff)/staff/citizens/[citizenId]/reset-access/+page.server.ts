import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireCitizenAccess, requireRole } from '#lib/server/auth/guards.js';
import { mayResetAccess, resetCitizenAccess } from '#lib/server/auth/access-reset.js';
import { isActivated } from '#lib/server/auth/invitation.js';
import { getCitizenOverview } from '#lib/server/citizens.js';
import { activationLetter } from '#lib/server/admin/unit-admin.js';

/** Only a leader of the citizen's unit; anyone else gets 404 and the attempt is in the citizen's log. */
async function requireResetAccess(citizenId: string) {
	const staff = requireRole(['worker', 'leader']);
	if (!(await mayResetAccess(staff, citizenId))) error(404);
	return requireCitizenAccess(citizenId, 'account');
}

export const load = (async ({ params }) => {
	const { citizen } = await requireResetAccess(params.citizenId);
	const { name } = await getCitizenOverview(citizen);
	return {
		citizenId: citizen.id,
		name,
		/** A citizen who never activated gets a first code on their page instead. */
		isActivated: await isActivated(citizen.userId)
	};
}) satisfies PageServerLoad;

export const actions = {
	/**
	 * Resets the access and answers with the letter. The code is in this answer only, and the page
	 * shows it only when printed; it works a day later, so nobody can read it and use it at once.
	 */
	default: async ({ params, url }) => {
		const { user, citizen } = await requireResetAccess(params.citizenId);
		const result = await resetCitizenAccess(user, citizen);
		if (result.status === 'not_leader') error(404);
		if (result.status === 'not_activated') return { notActivated: true as const };
		return {
			letter: activationLetter(url.origin, result.code, result.display),
			address: `${url.host}/activate`,
			reset: { validFrom: result.validFrom.toISOString(), validUntil: result.validUntil.toISOString() }
		};
	}
} satisfies Actions;
