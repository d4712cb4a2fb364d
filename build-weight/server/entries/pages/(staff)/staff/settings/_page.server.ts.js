import { i as requireRole } from "../../../../../chunks/guards.js";
import { t as invalid } from "../../../../../chunks/form-failure.js";
import { n as db, z as unit } from "../../../../../chunks/db.js";
import { i as parseForm, t as formValues } from "../../../../../chunks/form2.js";
import { c as unitSettingsSchema } from "../../../../../chunks/meetings3.js";
import { eq } from "drizzle-orm";
// src/routes/(staff)/staff/settings/+page.server.ts
var load = (async () => {
	const leader = requireRole(["leader"]);
	const [settings] = await db.select().from(unit).where(eq(unit.id, leader.unitId ?? ""));
	return { settings: settings ?? null };
});
var actions = { default: async ({ request }) => {
	const leader = requireRole(["leader"]);
	const data = await request.formData();
	const parsed = parseForm(unitSettingsSchema, data);
	if (!parsed.success) return invalid(400, {
		values: formValues(data, 500),
		errors: parsed.errors
	});
	await db.update(unit).set(parsed.output).where(eq(unit.id, leader.unitId ?? ""));
	return { saved: true };
} };
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map