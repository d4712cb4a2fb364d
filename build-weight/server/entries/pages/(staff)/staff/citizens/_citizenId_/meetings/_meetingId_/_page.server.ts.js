import { t as error } from "../../../../../../../../chunks/exports.js";
import { i as requireRole, n as requireCitizenAccess } from "../../../../../../../../chunks/guards.js";
import { t as invalid } from "../../../../../../../../chunks/form-failure.js";
import { r as getCitizenOverview } from "../../../../../../../../chunks/citizens.js";
import { a as reviewFor, c as writeSummary, i as markRead, n as findMeeting, r as listMeetings } from "../../../../../../../../chunks/meetings.js";
import { i as parseForm, t as formValues } from "../../../../../../../../chunks/form2.js";
import { s as summarySchema } from "../../../../../../../../chunks/meetings3.js";
// src/routes/(staff)/staff/citizens/[citizenId]/meetings/[meetingId]/+page.server.ts
/** The meeting of this citizen, or 404 (a meeting id of another citizen is never found). */
async function meetingOf(citizenId, meetingId) {
	const found = await findMeeting(citizenId, meetingId.slice(0, 64));
	if (!found) error(404);
	return found;
}
var load = (async ({ params }) => {
	requireRole(["worker", "leader"]);
	const { citizen } = await requireCitizenAccess(params.citizenId, [
		"overview",
		"meetings",
		"dreams",
		"plan",
		"ratings"
	], void 0, `meeting:${params.meetingId.slice(0, 64)}`);
	const current = await meetingOf(citizen.id, params.meetingId);
	const detail = (await listMeetings(citizen.id)).find((m) => m.id === current.id);
	const review = await reviewFor(citizen, current);
	return {
		citizen: {
			id: citizen.id,
			name: (await getCitizenOverview(citizen)).name
		},
		meeting: {
			id: current.id,
			type: current.type,
			startsAt: current.startsAt.toISOString(),
			place: current.place,
			citizenBrings: current.citizenBrings,
			summary: current.summary,
			isHeld: current.summaryAt !== null,
			participants: detail.participants,
			agreements: detail.agreements,
			remembersDifferently: detail.notes.filter((n) => n.kind === "remembers_differently").map((n) => ({
				id: n.id,
				text: n.text
			}))
		},
		review: {
			...review,
			previousAt: review.previousAt?.toISOString() ?? null,
			items: review.items.map((i) => ({
				...i,
				at: i.at.toISOString()
			}))
		}
	};
});
var actions = {
	markRead: async ({ params, request }) => {
		const staff = requireRole(["worker", "leader"]);
		const { citizen } = await requireCitizenAccess(params.citizenId, "meetings");
		const current = await meetingOf(citizen.id, params.meetingId);
		const itemKey = String((await request.formData()).get("itemKey") ?? "").slice(0, 120);
		if (!(await reviewFor(citizen, current)).items.some((i) => i.key === itemKey)) error(404);
		await markRead(staff, current.id, itemKey);
		return { marked: itemKey };
	},
	summary: async ({ params, request }) => {
		const staff = requireRole(["worker", "leader"]);
		const { citizen } = await requireCitizenAccess(params.citizenId, "meetings");
		const current = await meetingOf(citizen.id, params.meetingId);
		const data = await request.formData();
		const parsed = parseForm(summarySchema, data);
		if (!parsed.success) return invalid(400, {
			values: formValues(data, 3e3),
			errors: parsed.errors
		});
		const saved = await writeSummary(staff, citizen, current.id, parsed.output.summary, parsed.output.agreements);
		if (saved === "not_found") error(404);
		if (saved === "not_held_yet") return invalid(409, {
			values: formValues(data, 3e3),
			errors: { summary: "staff_summary_error_not_held" }
		});
		return { summarySaved: true };
	}
};
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map