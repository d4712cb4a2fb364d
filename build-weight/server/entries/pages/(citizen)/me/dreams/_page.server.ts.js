import { n as fail } from "../../../../../chunks/exports.js";
import { r as requireCitizenSelf } from "../../../../../chunks/guards.js";
import { o as listOwnDreams, t as changeDreamState } from "../../../../../chunks/dreams.js";
// src/routes/(citizen)/me/dreams/+page.server.ts
var load = (async ({ url }) => {
	const { citizen } = await requireCitizenSelf();
	return {
		dreams: (await listOwnDreams(citizen.id)).map((d) => ({
			id: d.id,
			text: d.text,
			lifeArea: d.lifeArea,
			visibility: d.visibility,
			talkAtNextMeeting: d.talkAtNextMeeting,
			helperName: d.helperName,
			isConfirmed: d.confirmedAt !== null
		})),
		/** Set right after a delete, for the "Fortryd" button. */
		deletedId: url.searchParams.get("deleted")?.slice(0, 40) ?? null
	};
});
var actions = { 
/** Undo a delete. */
restore: async ({ request }) => {
	const { user, citizen } = await requireCitizenSelf();
	const dreamId = String((await request.formData()).get("dreamId") ?? "");
	if ((await changeDreamState(citizen.id, dreamId, user.id, "restore")).status !== "saved") return fail(400, { restored: false });
	return { restored: true };
} };
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map