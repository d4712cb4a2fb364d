import { fail } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { changeDreamState, listOwnDreams } from '#lib/server/dreams.js';

export const load = (async ({ url }) => {
	const { citizen } = await requireCitizenSelf();
	return {
		dreams: (await listOwnDreams(citizen.id)).map((d) => ({
			id: d.id,
			text: d.text,
			lifeArea: d.lifeArea,
			visibility: d.visibility,
			talkAtNextMeeting: d.talkAtNextMeeting,
			helperName: d.helperName,
			isConfirmed: d.confirmedAt !== null
		})),
		/** Set right after a delete, for the "Fortryd" button. */
		deletedId: url.searchParams.get('deleted')?.slice(0, 40) ?? null
	};
}) satisfies PageServerLoad;

export const actions = {
	/** Undo a delete. */
	restore: async ({ request }) => {
		const { user, citizen } = await requireCitizenSelf();
		const dreamId = String((await request.formData()).get('dreamId') ?? '');
		const result = await changeDreamState(citizen.id, dreamId, user.id, 'restore');
		if (result.status !== 'saved') return fail(400, { restored: false });
		return { restored: true };
	}
} satisfies Actions;
