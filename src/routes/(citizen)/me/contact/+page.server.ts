import type { PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { supportTeam } from '#lib/server/citizens.js';
import { getUnitContact, unitLeaderNames } from '#lib/server/unit-contact.js';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load = (async ({ url }) => {
	const { citizen } = await requireCitizenSelf();
	const contact = await getUnitContact(citizen.unitId, getLocale());
	const isToTalkAboutHelp = url.searchParams.has('talk');
	return {
		supporters: (await supportTeam(citizen.id)).map((s) => s.name),
		phone: contact?.phone ?? '',
		openingHours: contact?.openingHours ?? '',
		outOfHours: contact?.outOfHours ?? '',
		/** From a low rating ("Ja, jeg vil tale om det"): someone other than the kontaktperson to talk to. */
		talkTo: isToTalkAboutHelp ? { leaderNames: await unitLeaderNames(citizen.unitId) } : null
	};
}) satisfies PageServerLoad;
