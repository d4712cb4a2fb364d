import { eq } from 'drizzle-orm';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '#lib/server/auth/guards.js';
import { invalid } from '#lib/server/form-failure.js';
import { db } from '#lib/server/db/index.js';
import { unit } from '#lib/server/db/schema/index.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { unitSettingsSchema } from '#lib/validation/meetings.js';

export const load = (async () => {
	const leader = requireRole(['leader']);
	const [settings] = await db.select().from(unit).where(eq(unit.id, leader.unitId ?? ''));
	return { settings: settings ?? null };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request }) => {
		const leader = requireRole(['leader']);
		const data = await request.formData();
		const parsed = parseForm(unitSettingsSchema, data);
		if (!parsed.success) return invalid(400, { values: formValues(data, 500), errors: parsed.errors });
		await db.update(unit).set(parsed.output).where(eq(unit.id, leader.unitId ?? ''));
		return { saved: true };
	}
} satisfies Actions;
