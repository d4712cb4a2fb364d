import type { Actions, PageServerLoad } from './$types';
import { requireCitizenAccess, requireRole } from '#lib/server/auth/guards.js';
import { getCitizenOverview } from '#lib/server/citizens.js';
import { isActivated, replaceActivationCode } from '#lib/server/auth/invitation.js';

export const load = (async ({ params }) => {
	requireRole(['worker', 'leader']);
	// 404 (and a line in the citizen's access log) unless this worker or leader may see the citizen.
	const { citizen } = await requireCitizenAccess(params.citizenId, 'overview');
	return {
		citizen: await getCitizenOverview(citizen),
		/** Whether the citizen has logged in with an activation code yet. */
		isActivated: await isActivated(citizen.userId)
	};
}) satisfies PageServerLoad;

export const actions = {
	/** A new one-time code for the citizen's letter; shown once, here, and never stored in plain text. */
	activationCode: async ({ params }) => {
		const staff = requireRole(['worker', 'leader']);
		const { citizen } = await requireCitizenAccess(params.citizenId, 'overview');
		const { display } = await replaceActivationCode(citizen.id, citizen.userId, staff);
		return { activationCode: display };
	}
} satisfies Actions;
