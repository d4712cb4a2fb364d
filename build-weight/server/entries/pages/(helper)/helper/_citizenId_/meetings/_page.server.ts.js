import { t as error } from "../../../../../../chunks/exports.js";
import { i as requireRole, n as requireCitizenAccess } from "../../../../../../chunks/guards.js";
import { t as invalid } from "../../../../../../chunks/form-failure.js";
import { l as listCitizensForHelper } from "../../../../../../chunks/grants.js";
import { r as listMeetings, t as addMeetingNote } from "../../../../../../chunks/meetings.js";
import { i as parseForm, t as formValues } from "../../../../../../chunks/form2.js";
import { r as meetingNoteSchema } from "../../../../../../chunks/meetings3.js";
// src/routes/(helper)/helper/[citizenId]/meetings/+page.server.ts
async function grantOf(helperId, citizenId) {
	return (await listCitizensForHelper(helperId)).find((c) => c.citizenId === citizenId) ?? null;
}
var load = (async ({ params }) => {
	const helper = requireRole(["relative", "guide"]);
	const { citizen } = await requireCitizenAccess(params.citizenId, "meetings");
	const entry = await grantOf(helper.id, citizen.id);
	const now = Date.now();
	return {
		citizenId: citizen.id,
		name: entry?.name ?? "",
		/** Whether the citizen lets this helper write for meetings. */
		canWriteInput: entry?.canWriteInput ?? false,
		meetings: (await listMeetings(citizen.id)).map((m) => ({
			id: m.id,
			type: m.type,
			startsAt: m.startsAt.toISOString(),
			place: m.place,
			isComing: m.startsAt.getTime() >= now,
			summary: m.summary,
			agreements: m.agreements,
			ownInput: m.notes.filter((n) => n.kind === "input" && n.authorId === helper.id).map((n) => ({
				id: n.id,
				text: n.text
			}))
		}))
	};
});
var actions = { 
/** A relative's own input for a meeting, shown as theirs; only when the grant allows writing. */
input: async ({ params, request }) => {
	const helper = requireRole(["relative", "guide"]);
	const { citizen } = await requireCitizenAccess(params.citizenId, "meetings");
	if (!(await grantOf(helper.id, citizen.id))?.canWriteInput) error(404);
	const data = await request.formData();
	const meetingId = String(data.get("meetingId") ?? "").slice(0, 64);
	const parsed = parseForm(meetingNoteSchema, data);
	if (!parsed.success) return invalid(400, {
		meetingId,
		values: formValues(data),
		errors: parsed.errors
	});
	if (await addMeetingNote(helper, citizen, meetingId, "input", parsed.output.text, parsed.output.clientId) !== "saved") error(404);
	return {
		meetingId,
		saved: true
	};
} };
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map