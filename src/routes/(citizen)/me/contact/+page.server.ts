import type { PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { supportTeam } from '#lib/server/citizens.js';
import { getUnitContact } from '#lib/server/unit-contact.js';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load = (async () => {
	const { citizen } = await requireCitizenSelf();
	const contact = await getUnitContact(citizen.unitId, getLocale());
	return {
		supporters: (await supportTeam(citizen.id)).map((s) => s.name),
		phone: contact?.phone ?? '',
		openingHours: contact?.openingHours ?? '',
		outOfHours: contact?.outOfHours ?? ''
	};
}) satisfies PageServerLoad;
