import { a as redirect, t as error } from "../../../../../../../../chunks/exports.js";
import { i as requireRole, n as requireCitizenAccess } from "../../../../../../../../chunks/guards.js";
import { t as invalid } from "../../../../../../../../chunks/form-failure.js";
import { R as user, n as db } from "../../../../../../../../chunks/db.js";
import { o as scheduleMeeting } from "../../../../../../../../chunks/meetings.js";
import { t as ForeignId } from "../../../../../../../../chunks/foreign-id.js";
import { t as proposalsFor } from "../../../../../../../../chunks/proposals.js";
import { i as parseForm, t as formValues } from "../../../../../../../../chunks/form2.js";
import { o as scheduleMeetingSchema } from "../../../../../../../../chunks/meetings3.js";
import { o as fromCopenhagen, s as todayIso } from "../../../../../../../../chunks/time.js";
import { l as localizeHref } from "../../../../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../../../../chunks/routes.js";
import { and, asc, eq, inArray } from "drizzle-orm";
// src/routes/(staff)/staff/citizens/[citizenId]/meetings/new/+page.server.ts
var load = (async ({ params, url }) => {
	const staff = requireRole(["worker", "leader"]);
	const { citizen } = await requireCitizenAccess(params.citizenId, ["overview", "meetings"]);
	const colleagues = await db.select({
		id: user.id,
		name: user.displayName
	}).from(user).where(and(eq(user.unitId, citizen.unitId), inArray(user.role, ["worker", "leader"]), eq(user.isActive, true))).orderBy(asc(user.displayName));
	return {
		citizenId: citizen.id,
		colleagues,
		proposals: await proposalsFor(citizen),
		/** From a proposal's "Planlæg" link. */
		prefill: {
			type: url.searchParams.get("type") ?? "",
			date: url.searchParams.get("date") ?? todayIso(),
			participants: [staff.id]
		}
	};
});
var actions = { default: async ({ params, request }) => {
	const staff = requireRole(["worker", "leader"]);
	const { citizen } = await requireCitizenAccess(params.citizenId, "meetings");
	const data = await request.formData();
	const parsed = parseForm(scheduleMeetingSchema, data, ["participants"]);
	if (!parsed.success) return invalid(400, {
		values: formValues(data, 200),
		participants: data.getAll("participants").map(String),
		errors: parsed.errors
	});
	const { type, date, time, place, participants } = parsed.output;
	const id = await scheduleMeeting(staff, citizen, {
		type,
		startsAt: fromCopenhagen(date, time),
		place,
		participantIds: participants
	}).catch((e) => {
		if (e instanceof ForeignId) error(404);
		throw e;
	});
	redirect(303, localizeHref(routes.staffMeeting(citizen.id, id)));
} };
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map