import type { PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { accessLogPage } from '#lib/server/access-log/view.js';

export const load = (async ({ url }) => {
	const { citizen } = await requireCitizenSelf();
	const person = url.searchParams.get('person') || null;
	// The page is in the address (?before= / ?after=), so "Ældre" and "Nyere" are plain links.
	const page = await accessLogPage(citizen.id, { person, before: url.searchParams.get('before'), after: url.searchParams.get('after') });
	return { ...page, selectedPerson: person };
}) satisfies PageServerLoad;
