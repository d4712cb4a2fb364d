import { t as error } from "../../../../../../chunks/exports.js";
import { r as requireCitizenSelf } from "../../../../../../chunks/guards.js";
import { t as invalid } from "../../../../../../chunks/form-failure.js";
import { o as listOwnDreams } from "../../../../../../chunks/dreams.js";
import { n as findMeeting, r as listMeetings, s as setCitizenBrings, t as addMeetingNote } from "../../../../../../chunks/meetings.js";
import { i as parseForm, t as formValues } from "../../../../../../chunks/form2.js";
import { r as meetingNoteSchema, t as citizenBringsSchema } from "../../../../../../chunks/meetings3.js";
// src/routes/(citizen)/me/meetings/[meetingId]/+page.server.ts
var load = (async ({ params }) => {
	const { user, citizen } = await requireCitizenSelf();
	const found = (await listMeetings(citizen.id)).find((m) => m.id === params.meetingId);
	if (!found) error(404);
	return {
		meeting: {
			id: found.id,
			type: found.type,
			startsAt: found.startsAt.toISOString(),
			place: found.place,
			participants: found.participants,
			citizenBrings: found.citizenBrings,
			summary: found.summary,
			isHeld: found.summaryAt !== null,
			agreements: found.agreements,
			notes: found.notes.map((n) => ({
				id: n.id,
				kind: n.kind,
				text: n.text,
				authorName: n.authorName,
				isOwn: n.authorId === user.id
			}))
		},
		/** Dreams the citizen marked "Det vil jeg tale om til næste møde". */
		dreams: (await listOwnDreams(citizen.id)).filter((d) => d.talkAtNextMeeting).map((d) => ({
			id: d.id,
			text: d.text
		})),
		clientId: crypto.randomUUID(),
		userId: user.id
	};
});
/** A topic before the meeting, or "Sådan husker jeg det ikke" after it. */
async function addNote(kind, { params, request }) {
	const { user, citizen } = await requireCitizenSelf();
	if (!await findMeeting(citizen.id, params.meetingId)) error(404);
	const data = await request.formData();
	const parsed = parseForm(meetingNoteSchema, data);
	if (!parsed.success) return invalid(400, {
		kind,
		values: formValues(data),
		errors: parsed.errors
	});
	const result = await addMeetingNote(user, citizen, params.meetingId, kind, parsed.output.text, parsed.output.clientId);
	if (result === "not_found") error(404);
	if (result === "not_held") return invalid(400, {
		kind,
		values: formValues(data),
		errors: { text: "meeting_error_text" }
	});
	return {
		kind,
		saved: true
	};
}
var actions = {
	topic: async (event) => addNote("topic", event),
	remember: async (event) => addNote("remembers_differently", event),
	brings: async ({ params, request }) => {
		const { citizen } = await requireCitizenSelf();
		if (!await findMeeting(citizen.id, params.meetingId)) error(404);
		const data = await request.formData();
		const parsed = parseForm(citizenBringsSchema, data);
		if (!parsed.success) return invalid(400, {
			kind: "brings",
			values: formValues(data),
			errors: parsed.errors
		});
		await setCitizenBrings(citizen.id, params.meetingId, parsed.output.citizenBrings);
		return {
			kind: "brings",
			saved: true
		};
	}
};
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map