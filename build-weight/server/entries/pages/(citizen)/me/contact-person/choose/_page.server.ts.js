import { a as redirect } from "../../../../../../chunks/exports.js";
import { r as requireCitizenSelf } from "../../../../../../chunks/guards.js";
import { t as invalid } from "../../../../../../chunks/form-failure.js";
import { D as grant, R as user, n as db, u as contactWish } from "../../../../../../chunks/db.js";
import { n as listUnitWorkers } from "../../../../../../chunks/workers.js";
import { b as teamRoles, d as createWish, u as choiceWindowFor } from "../../../../../../chunks/citizens.js";
import { i as parseForm, t as formValues } from "../../../../../../chunks/form2.js";
import { c as teamWishSchema, r as oneWishSchema, s as teamRolesSchema } from "../../../../../../chunks/contact-person.js";
import { l as localizeHref } from "../../../../../../chunks/runtime.js";
import { n as routes } from "../../../../../../chunks/routes.js";
import { s as todayIso } from "../../../../../../chunks/time.js";
import { and, eq } from "drizzle-orm";
// src/routes/(citizen)/me/contact-person/choose/+page.server.ts
/** The citizen's guides today: one of them may have sat beside the citizen while choosing. */
async function activeGuides(target) {
	const today = todayIso();
	return (await db.select({
		id: user.id,
		name: user.displayName,
		endsOn: grant.endsOn
	}).from(grant).innerJoin(user, eq(user.id, grant.granteeUserId)).where(and(eq(grant.citizenId, target.id), eq(grant.kind, "guide"), eq(grant.status, "active")))).filter((g) => g.endsOn === null || g.endsOn >= today).map(({ id, name }) => ({
		id,
		name
	}));
}
var load = (async ({ url }) => {
	const { citizen } = await requireCitizenSelf();
	const kindParam = url.searchParams.get("kind");
	const [open] = await db.select({ id: contactWish.id }).from(contactWish).where(and(eq(contactWish.citizenId, citizen.id), eq(contactWish.status, "open")));
	return {
		window: await choiceWindowFor(citizen),
		hasOpenWish: open !== void 0,
		kind: kindParam === "one" || kindParam === "team" ? kindParam : null,
		workers: (await listUnitWorkers(citizen.unitId)).map((w) => ({
			id: w.id,
			name: w.name,
			hasRoom: w.hasRoom
		})),
		guides: await activeGuides(citizen),
		/** From "Vælg John" on a suggestion, or a link in the gallery. */
		preselected: url.searchParams.get("worker")?.slice(0, 64) ?? null
	};
});
/** Which field each problem of the role rules belongs to, so the error summary links to it. */
var problemField = {
	wish_error_one: "workerId",
	wish_error_role_practical: "practical",
	wish_error_role_personal: "personal",
	wish_error_role_plan: "plan",
	wish_error_main: "main"
};
var actions = { default: async ({ request }) => {
	const { citizen } = await requireCitizenSelf();
	const data = await request.formData();
	const kind = data.get("kind") === "team" ? "team" : "one";
	const values = formValues(data);
	const refuse = (errors) => invalid(400, {
		kind,
		values,
		errors
	});
	let members;
	let why;
	if (kind === "one") {
		const parsed = parseForm(oneWishSchema, data);
		if (!parsed.success) return refuse(parsed.errors);
		members = [{
			role: "contact",
			workerId: parsed.output.workerId,
			isMain: true
		}];
		why = parsed.output;
	} else if (data.get("step") !== "details") {
		const parsed = parseForm(teamRolesSchema, data);
		if (!parsed.success) return refuse(parsed.errors);
		const unitWorkers = new Set((await listUnitWorkers(citizen.unitId)).map((w) => w.id));
		const stranger = teamRoles.find((role) => !unitWorkers.has(parsed.output[role]));
		if (stranger) return refuse({ [stranger]: "wish_error_worker" });
		return {
			kind,
			values,
			isRolesChosen: true
		};
	} else {
		const parsed = parseForm(teamWishSchema, data);
		if (!parsed.success) return refuse(parsed.errors);
		const { practical, personal, plan, member, main } = parsed.output;
		const mainWorker = parsed.output[main];
		members = [
			{
				role: "practical",
				workerId: practical,
				isMain: practical === mainWorker
			},
			{
				role: "personal",
				workerId: personal,
				isMain: personal === mainWorker
			},
			{
				role: "plan",
				workerId: plan,
				isMain: plan === mainWorker
			},
			...member ? [{
				role: "member",
				workerId: member,
				isMain: false
			}] : []
		];
		why = parsed.output;
	}
	const guides = await activeGuides(citizen);
	if (why.helperId && !guides.some((g) => g.id === why.helperId)) return refuse({ helperId: "wish_error_helper" });
	const result = await createWish(citizen, {
		kind,
		members,
		reason: why.reasonPrivate ? "" : why.reason,
		helperId: why.helperId || null
	});
	if (result.status === "waiting") return refuse({ form: "wish_error_waiting" });
	if (result.status === "already_open") return refuse({ form: "wish_error_open" });
	if (result.status === "invalid") return refuse(Object.fromEntries(result.problems.map((p) => [problemField[p] ?? "form", p])));
	redirect(303, `${localizeHref(routes.citizenContactPerson())}?sent`);
} };
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map