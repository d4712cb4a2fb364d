import { i as requireRole } from "../../../../../../chunks/guards.js";
import { t as invalid } from "../../../../../../chunks/form-failure.js";
import { R as user, n as db } from "../../../../../../chunks/db.js";
import { n as createCitizenInUnit, t as activationLetter } from "../../../../../../chunks/unit-admin.js";
import { i as parseForm, t as formValues } from "../../../../../../chunks/form2.js";
import { i as newCitizenSchema } from "../../../../../../chunks/meetings3.js";
import { s as todayIso } from "../../../../../../chunks/time.js";
import { and, asc, eq } from "drizzle-orm";
// src/routes/(staff)/staff/citizens/new/+page.server.ts
var load = (async () => {
	const leader = requireRole(["leader"]);
	return {
		workers: await db.select({
			id: user.id,
			name: user.displayName
		}).from(user).where(and(eq(user.unitId, leader.unitId ?? ""), eq(user.role, "worker"), eq(user.isActive, true))).orderBy(asc(user.displayName)),
		today: todayIso()
	};
});
var actions = { default: async ({ request, url }) => {
	const leader = requireRole(["leader"]);
	const data = await request.formData();
	const parsed = parseForm(newCitizenSchema, data);
	if (!parsed.success) return invalid(400, {
		values: formValues(data, 80),
		errors: parsed.errors
	});
	const created = await createCitizenInUnit(leader, parsed.output);
	if (!created) return invalid(400, {
		values: formValues(data, 80),
		errors: { temporaryWorkerId: "staff_new_citizen_error_worker" }
	});
	return {
		citizenId: created.citizenId,
		name: parsed.output.name,
		letter: activationLetter(url.origin, created.code, created.display),
		address: `${url.host}/activate`
	};
} };
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map