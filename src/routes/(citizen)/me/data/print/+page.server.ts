import type { PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { exportCitizenData } from '#lib/server/my-data.js';

export const load = (async () => {
	const { user, citizen } = await requireCitizenSelf();
	/** The same content as the JSON file, to read and print. */
	return { data: await exportCitizenData(citizen, user, 'page') };
}) satisfies PageServerLoad;
