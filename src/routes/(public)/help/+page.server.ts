import type { PageServerLoad } from './$types';
import { getUnitContact } from '#lib/server/unit-contact.js';
import { getLocale } from '#lib/paraglide/runtime.js';

export const load = (async ({ locals }) => {
	// Anyone may read the help page. Someone logged in who belongs to a unit (a citizen or staff)
	// also gets that unit's phone number: the unit's settings, no citizen's data.
	const unitId = locals.user?.unitId ?? null;
	const contact = unitId ? await getUnitContact(unitId, getLocale()) : null;
	return {
		/** The unit's name and phone, when the person belongs to a unit that has set a phone number. */
		unit: contact?.phone ? { name: contact.unitName, phone: contact.phone } : null,
		/** Citizens get a link to their own Kontakt page (opening hours, what to do outside them). */
		isCitizen: locals.user?.role === 'citizen'
	};
}) satisfies PageServerLoad;
