import { n as fail, t as error } from "../../../../../../chunks/exports.js";
import { n as formErrorTexts } from "../../../../../../chunks/form-errors.js";
import { i as requireRole, n as requireCitizenAccess } from "../../../../../../chunks/guards.js";
import { C as listRatings, _ as suggestContact, r as getCitizenOverview, w as markVisitDone } from "../../../../../../chunks/citizens.js";
import { c as replaceActivationCode, o as isActivated } from "../../../../../../chunks/invitation.js";
import { p as suggestGuide } from "../../../../../../chunks/grants.js";
import { a as listDreamsFor } from "../../../../../../chunks/dreams.js";
import { i as getPlan } from "../../../../../../chunks/plan.js";
import { r as listMeetings } from "../../../../../../chunks/meetings.js";
import { t as proposalsFor } from "../../../../../../chunks/proposals.js";
import { n as listUnitWorkers } from "../../../../../../chunks/workers.js";
import { t as invalid } from "../../../../../../chunks/form-failure.js";
import { o as suggestContactSchema } from "../../../../../../chunks/contact-person.js";
import { a as endSupport, t as activationLetter } from "../../../../../../chunks/unit-admin.js";
import { n as endSupportSchema } from "../../../../../../chunks/meetings3.js";
import { s as todayIso } from "../../../../../../chunks/time.js";
import { r as getLocale } from "../../../../../../chunks/runtime.js";
import { i as parseForm } from "../../../../../../chunks/form2.js";
import { r as suggestGuideSchema } from "../../../../../../chunks/grants2.js";
// src/routes/(staff)/staff/citizens/[citizenId]/+page.server.ts
var load = (async ({ params }) => {
	requireRole(["worker", "leader"]);
	const { citizen, user } = await requireCitizenAccess(params.citizenId, [
		"overview",
		"dreams",
		"plan",
		"ratings",
		"meetings"
	]);
	const overview = await getCitizenOverview(citizen);
	const isTemporaryContact = overview.supporters.some((s) => s.workerId === user.id && s.isTemporary);
	const meetings = await listMeetings(citizen.id);
	return {
		/** The temporary kontaktperson may suggest a colleague; the citizen decides. */
		colleagues: isTemporaryContact ? (await listUnitWorkers(citizen.unitId)).filter((w) => w.id !== user.id).map((w) => ({
			id: w.id,
			name: w.name
		})) : [],
		/** The plan, read-only; linked dreams only where the dream is shared with the team. */
		plan: await getPlan(citizen.id, (d) => d.visibility !== "me"),
		citizen: overview,
		/** Dreams the citizen shares with the team (never "only me"), read-only. */
		dreams: (await listDreamsFor(user, citizen.id)).map((d) => ({
			id: d.id,
			text: d.text,
			lifeArea: d.lifeArea,
			talkAtNextMeeting: d.talkAtNextMeeting
		})),
		meetings: meetings.map((m) => ({
			id: m.id,
			type: m.type,
			startsAt: m.startsAt.toISOString(),
			place: m.place,
			isHeld: m.summaryAt !== null
		})),
		/** The 3-month and yearly team evaluations that are due. */
		proposals: await proposalsFor(citizen, meetings),
		/** The citizen's ratings of the collaboration: exactly what the citizen sees of them. */
		ratings: (await listRatings(citizen.id, getLocale())).map(({ isLow: _low, isFalling: _falling, ...row }) => row),
		isLeader: user.role === "leader",
		today: todayIso(),
		/** Whether the citizen has logged in with an activation code yet. */
		isActivated: await isActivated(citizen.userId)
	};
});
var actions = {
	/**
	* A new first code for a citizen who has never activated; shown once, here, and never stored in
	* plain text. For an activated citizen it is 404 (and logged): only a leader resets, on a letter.
	*/
	activationCode: async ({ params, url }) => {
		const staff = requireRole(["worker", "leader"]);
		const { citizen } = await requireCitizenAccess(params.citizenId, "overview");
		const created = await replaceActivationCode(citizen.id, citizen.userId, staff);
		if (!created) error(404);
		const { code, display } = created;
		return {
			activationCode: display,
			letter: activationLetter(url.origin, code, display),
			address: `${url.host}/activate`
		};
	},
	/** The leader ends the support; the citizen keeps their access to their own data. */
	endSupport: async ({ params, request }) => {
		const leader = requireRole(["leader"]);
		const { citizen } = await requireCitizenAccess(params.citizenId, "overview");
		const parsed = parseForm(endSupportSchema, await request.formData());
		if (!parsed.success) return invalid(400, {
			endSupport: true,
			errors: parsed.errors
		});
		if (!await endSupport(leader, citizen.id, parsed.output.endDate)) error(404);
		return {
			endSupport: true,
			ended: true
		};
	},
	/** A visit done today: the citizen is asked "Hvordan gik det?" (at most once a week). */
	visitDone: async ({ params }) => {
		const staff = requireRole(["worker", "leader"]);
		const { citizen } = await requireCitizenAccess(params.citizenId, "meetings");
		await markVisitDone(staff, citizen.id);
		return { visitSaved: true };
	},
	/** "Jeg har set, at du bruger meget tid sammen med John": only the temporary kontaktperson. */
	suggestContact: async ({ params, request }) => {
		const staff = requireRole(["worker", "leader"]);
		const { citizen } = await requireCitizenAccess(params.citizenId, "contact-person");
		if (!(await getCitizenOverview(citizen)).supporters.some((s) => s.workerId === staff.id && s.isTemporary)) error(404);
		const data = await request.formData();
		const values = {
			suggestedWorkerId: String(data.get("suggestedWorkerId") ?? "").slice(0, 64),
			text: String(data.get("text") ?? "").slice(0, 300)
		};
		const parsed = parseForm(suggestContactSchema, data);
		if (!parsed.success) return invalid(400, {
			contactSuggestion: true,
			values,
			errors: parsed.errors
		});
		const result = await suggestContact(staff, citizen, parsed.output.suggestedWorkerId, parsed.output.text);
		if (result === "not_temporary") error(404);
		if (result === "not_found") return invalid(400, {
			contactSuggestion: true,
			values,
			errors: { suggestedWorkerId: "staff_suggest_contact_error_worker" }
		});
		return {
			contactSuggestion: true,
			sent: true
		};
	},
	/** Staff may propose a peer guide; nothing is shared until the citizen accepts. */
	suggestGuide: async ({ params, request }) => {
		const staff = requireRole(["worker", "leader"]);
		const { citizen } = await requireCitizenAccess(params.citizenId, "helpers");
		const data = await request.formData();
		const parsed = parseForm(suggestGuideSchema, data);
		if (!parsed.success) return fail(400, { suggestion: {
			name: String(data.get("name") ?? "").slice(0, 80),
			errors: formErrorTexts(parsed.errors)
		} });
		await suggestGuide(staff, citizen.id, parsed.output.name);
		return { suggestion: { sent: true } };
	}
};
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map