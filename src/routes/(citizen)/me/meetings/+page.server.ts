import type { PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { listMeetings } from '#lib/server/meetings/meetings.js';

export const load = (async () => {
	const { citizen } = await requireCitizenSelf();
	const now = Date.now();
	const meetings = (await listMeetings(citizen.id)).map((m) => ({
		id: m.id,
		type: m.type,
		startsAt: m.startsAt.toISOString(),
		place: m.place,
		participants: m.participants,
		isComing: m.startsAt.getTime() >= now - 2 * 3_600_000
	}));
	return { coming: meetings.filter((m) => m.isComing).reverse(), past: meetings.filter((m) => !m.isComing) };
}) satisfies PageServerLoad;
