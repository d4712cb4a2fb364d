import { and, asc, eq } from 'drizzle-orm';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '#lib/server/auth/guards.js';
import { invalid } from '#lib/server/form-failure.js';
import { db } from '#lib/server/db/index.js';
import { user } from '#lib/server/db/schema/index.js';
import { activationLetter, createCitizenInUnit } from '#lib/server/admin/unit-admin.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { newCitizenSchema } from '#lib/validation/meetings.js';
import { todayIso } from '#lib/server/time.js';

export const load = (async () => {
	const leader = requireRole(['leader']);
	const workers = await db
		.select({ id: user.id, name: user.displayName })
		.from(user)
		.where(and(eq(user.unitId, leader.unitId ?? ''), eq(user.role, 'worker'), eq(user.isActive, true)))
		.orderBy(asc(user.displayName));
	return { workers, today: todayIso() };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request, url }) => {
		const leader = requireRole(['leader']);
		const data = await request.formData();
		const parsed = parseForm(newCitizenSchema, data);
		if (!parsed.success) return invalid(400, { values: formValues(data, 80), errors: parsed.errors });
		const created = await createCitizenInUnit(leader, parsed.output);
		if (!created) return invalid(400, { values: formValues(data, 80), errors: { temporaryWorkerId: 'staff_new_citizen_error_worker' } });
		// The letter is in this answer only: the code is not stored in plain text anywhere.
		return { citizenId: created.citizenId, name: parsed.output.name, letter: activationLetter(url.origin, created.code, created.display), address: `${url.host}/activate` };
	}
} satisfies Actions;
