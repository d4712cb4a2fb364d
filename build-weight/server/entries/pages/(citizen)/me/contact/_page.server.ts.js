import { r as requireCitizenSelf } from "../../../../../chunks/guards.js";
import { a as supportTeam } from "../../../../../chunks/citizens.js";
import { n as unitLeaderNames, t as getUnitContact } from "../../../../../chunks/unit-contact.js";
import { r as getLocale } from "../../../../../chunks/runtime.js";
// src/routes/(citizen)/me/contact/+page.server.ts
var load = (async ({ url }) => {
	const { citizen } = await requireCitizenSelf();
	const contact = await getUnitContact(citizen.unitId, getLocale());
	const isToTalkAboutHelp = url.searchParams.has("talk");
	return {
		supporters: (await supportTeam(citizen.id)).map((s) => s.name),
		phone: contact?.phone ?? "",
		openingHours: contact?.openingHours ?? "",
		outOfHours: contact?.outOfHours ?? "",
		/** From a low rating ("Ja, jeg vil tale om det"): someone other than the kontaktperson to talk to. */
		talkTo: isToTalkAboutHelp ? { leaderNames: await unitLeaderNames(citizen.unitId) } : null
	};
});
export { load };

//# sourceMappingURL=_page.server.ts.js.map