import type { PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { listUnitWorkers } from '#lib/server/contact-person/workers.js';

export const load = (async ({ url }) => {
	const { citizen } = await requireCitizenSelf();
	const onlyWithRoom = url.searchParams.get('room') === 'yes';
	const goodAt = (url.searchParams.get('goodAt') ?? '').trim().slice(0, 60);
	const all = await listUnitWorkers(citizen.unitId);
	// A worker without room is shown as such, not hidden, unless the citizen asks for only those with room.
	const workers = all.filter(
		(w) => (!onlyWithRoom || w.hasRoom) && (goodAt === '' || w.goodAt.toLocaleLowerCase('da').includes(goodAt.toLocaleLowerCase('da')))
	);
	return {
		workers: workers.map(({ capacity: _capacity, load: _load, ...w }) => w),
		filter: { onlyWithRoom, goodAt }
	};
}) satisfies PageServerLoad;
