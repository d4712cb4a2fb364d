import { t as error } from "../../../../../../../chunks/exports.js";
import { i as requireRole, n as requireCitizenAccess } from "../../../../../../../chunks/guards.js";
import { n as mayResetAccess, r as resetCitizenAccess } from "../../../../../../../chunks/access-reset.js";
import { o as isActivated } from "../../../../../../../chunks/invitation.js";
import { r as getCitizenOverview } from "../../../../../../../chunks/citizens.js";
import { t as activationLetter } from "../../../../../../../chunks/unit-admin.js";
// src/routes/(staff)/staff/citizens/[citizenId]/reset-access/+page.server.ts
/** Only a leader of the citizen's unit; anyone else gets 404 and the attempt is in the citizen's log. */
async function requireResetAccess(citizenId) {
	const staff = requireRole(["worker", "leader"]);
	if (!await mayResetAccess(staff, citizenId)) error(404);
	return requireCitizenAccess(citizenId, "account");
}
var load = (async ({ params }) => {
	const { citizen } = await requireResetAccess(params.citizenId);
	const { name } = await getCitizenOverview(citizen);
	return {
		citizenId: citizen.id,
		name,
		/** A citizen who never activated gets a first code on their page instead. */
		isActivated: await isActivated(citizen.userId)
	};
});
var actions = { 
/**
* Resets the access and answers with the letter. The code is in this answer only, and the page
* shows it only when printed; it works a day later, so nobody can read it and use it at once.
*/
default: async ({ params, url }) => {
	const { user, citizen } = await requireResetAccess(params.citizenId);
	const result = await resetCitizenAccess(user, citizen);
	if (result.status === "not_leader") error(404);
	if (result.status === "not_activated") return { notActivated: true };
	return {
		letter: activationLetter(url.origin, result.code, result.display),
		address: `${url.host}/activate`,
		reset: {
			validFrom: result.validFrom.toISOString(),
			validUntil: result.validUntil.toISOString()
		}
	};
} };
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map