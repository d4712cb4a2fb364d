import type { PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { accessLogView } from '#lib/server/access-log/view.js';

export const load = (async ({ url }) => {
	const { citizen } = await requireCitizenSelf();
	const person = url.searchParams.get('person') || null;
	return { ...(await accessLogView(citizen.id, person)), selectedPerson: person };
}) satisfies PageServerLoad;
