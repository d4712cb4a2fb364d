import { error } from '@sveltejs/kit';
import { eq } from 'drizzle-orm';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '#lib/server/auth/guards.js';
import { invalid } from '#lib/server/form-failure.js';
import { listUnitWorkers, workerWeeklyHours } from '#lib/server/contact-person/workers.js';
import { createStaff, deactivateStaff } from '#lib/server/admin/unit-admin.js';
import { db } from '#lib/server/db/index.js';
import { user } from '#lib/server/db/schema/index.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { newStaffSchema } from '#lib/validation/meetings.js';
export const load = (async () => {
	const leader = requireRole(['leader']);
	const workers = leader.unitId ? await listUnitWorkers(leader.unitId) : [];
	const hours = await workerWeeklyHours(workers.map((w) => w.id));
	/** The capacity table: citizens and weekly hours per worker against their maximum. */
	return { workers: workers.map((w) => ({ ...w, hours: hours.get(w.id) ?? { min: 0, max: 0 } })) };
}) satisfies PageServerLoad;

export const actions = {
	/** A new worker or leader, with a one-time activation code shown once. */
	create: async ({ request }) => {
		const leader = requireRole(['leader']);
		const data = await request.formData();
		const parsed = parseForm(newStaffSchema, data);
		if (!parsed.success) return invalid(400, { values: formValues(data, 80), errors: parsed.errors });
		const made = await createStaff(leader, parsed.output.name, parsed.output.role);
		if (!made) error(404);
		return { created: { name: parsed.output.name, code: made.display } };
	},
	/** No log-in from now on; sessions end at once. Their citizens must be given a new kontaktperson. */
	deactivate: async ({ request }) => {
		const leader = requireRole(['leader']);
		const staffId = String((await request.formData()).get('staffId') ?? '').slice(0, 64);
		if (!(await deactivateStaff(leader, staffId))) error(404);
		const [row] = await db.select({ name: user.displayName }).from(user).where(eq(user.id, staffId));
		return { deactivated: row?.name ?? '' };
	}
} satisfies Actions;
