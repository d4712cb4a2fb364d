import { s as recordAccess } from "./record.js";
// src/lib/server/access/foreign-id.ts
/**
* A form named an object that is not the citizen's (another citizen's, another unit's, or none):
* the action answers 404, and the attempt is logged — in the owner's access log when the object
* exists, so the citizen whose object it is can see that someone tried.
*/
async function logForeignId(actor, ownerCitizenId, area, object) {
	await recordAccess([{
		citizenId: ownerCitizenId,
		actor,
		action: "denied",
		area,
		object: object.slice(0, 80)
	}]);
	console.warn(JSON.stringify({
		event: "foreign_id_refused",
		actor: actor.id,
		citizenId: ownerCitizenId,
		area,
		object: object.slice(0, 80)
	}));
}
/** Thrown by a domain function that has no result to say "not found" in; the route answers 404. */
var ForeignId = class extends Error {
	constructor(object) {
		super(`not the citizen's: ${object.slice(0, 80)}`);
		this.name = "ForeignId";
	}
};
export { logForeignId as n, ForeignId as t };

//# sourceMappingURL=foreign-id.js.map