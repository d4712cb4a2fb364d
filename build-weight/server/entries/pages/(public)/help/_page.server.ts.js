import { t as getUnitContact } from "../../../../chunks/unit-contact.js";
import { r as getLocale } from "../../../../chunks/runtime.js";
// src/routes/(public)/help/+page.server.ts
var load = (async ({ locals }) => {
	const unitId = locals.user?.unitId ?? null;
	const contact = unitId ? await getUnitContact(unitId, getLocale()) : null;
	return {
		/** The unit's name and phone, when the person belongs to a unit that has set a phone number. */
		unit: contact?.phone ? {
			name: contact.unitName,
			phone: contact.phone
		} : null,
		/** Citizens get a link to their own Kontakt page (opening hours, what to do outside them). */
		isCitizen: locals.user?.role === "citizen"
	};
});
export { load };

//# sourceMappingURL=_page.server.ts.js.map