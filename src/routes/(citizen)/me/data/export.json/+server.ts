import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { exportCitizenData } from '#lib/server/my-data.js';
import { todayIso } from '#lib/server/time.js';

/** Everything about the logged-in citizen as one JSON file (structure: README, "Mine oplysninger"). */
export const GET: RequestHandler = async () => {
	const { user, citizen } = await requireCitizenSelf();
	const data = await exportCitizenData(citizen, user, 'file');
	return json(data, {
		headers: {
			'content-disposition': `attachment; filename="samklang-mine-data-${todayIso()}.json"`,
			'cache-control': 'private, no-store'
		}
	});
};
