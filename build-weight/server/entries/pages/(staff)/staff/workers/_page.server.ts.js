import { t as error } from "../../../../../chunks/exports.js";
import { i as requireRole } from "../../../../../chunks/guards.js";
import { t as invalid } from "../../../../../chunks/form-failure.js";
import { c as workerWeeklyHours, n as listUnitWorkers } from "../../../../../chunks/workers.js";
import { i as deactivateStaff, r as createStaff } from "../../../../../chunks/unit-admin.js";
import { R as user, n as db } from "../../../../../chunks/db.js";
import { i as parseForm, t as formValues } from "../../../../../chunks/form2.js";
import { a as newStaffSchema } from "../../../../../chunks/meetings3.js";
import { eq } from "drizzle-orm";
// src/routes/(staff)/staff/workers/+page.server.ts
var load = (async () => {
	const leader = requireRole(["leader"]);
	const workers = leader.unitId ? await listUnitWorkers(leader.unitId) : [];
	const hours = await workerWeeklyHours(workers.map((w) => w.id));
	/** The capacity table: citizens and weekly hours per worker against their maximum. */
	return { workers: workers.map((w) => ({
		...w,
		hours: hours.get(w.id) ?? {
			min: 0,
			max: 0
		}
	})) };
});
var actions = {
	/** A new worker or leader, with a one-time activation code shown once. */
	create: async ({ request }) => {
		const leader = requireRole(["leader"]);
		const data = await request.formData();
		const parsed = parseForm(newStaffSchema, data);
		if (!parsed.success) return invalid(400, {
			values: formValues(data, 80),
			errors: parsed.errors
		});
		const made = await createStaff(leader, parsed.output.name, parsed.output.role);
		if (!made) error(404);
		return { created: {
			name: parsed.output.name,
			code: made.display
		} };
	},
	/** No log-in from now on; sessions end at once. Their citizens must be given a new kontaktperson. */
	deactivate: async ({ request }) => {
		const leader = requireRole(["leader"]);
		const staffId = String((await request.formData()).get("staffId") ?? "").slice(0, 64);
		if (!await deactivateStaff(leader, staffId)) error(404);
		const [row] = await db.select({ name: user.displayName }).from(user).where(eq(user.id, staffId));
		return { deactivated: row?.name ?? "" };
	}
};
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map