import { error, redirect } from '@sveltejs/kit';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Actions, PageServerLoad } from './$types';
import { requireCitizenAccess, requireRole } from '#lib/server/auth/guards.js';
import { invalid } from '#lib/server/form-failure.js';
import { db } from '#lib/server/db/index.js';
import { user } from '#lib/server/db/schema/index.js';
import { scheduleMeeting } from '#lib/server/meetings/meetings.js';
import { ForeignId } from '#lib/server/access/foreign-id.js';
import { proposalsFor } from '#lib/server/meetings/proposals.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { scheduleMeetingSchema } from '#lib/validation/meetings.js';
import { fromCopenhagen, todayIso } from '#lib/server/time.js';
import { localizeHref } from '#lib/paraglide/runtime.js';
import { routes } from '#lib/routes.js';

export const load = (async ({ params, url }) => {
	const staff = requireRole(['worker', 'leader']);
	const { citizen } = await requireCitizenAccess(params.citizenId, ['overview', 'meetings']);
	const colleagues = await db
		.select({ id: user.id, name: user.displayName })
		.from(user)
		.where(and(eq(user.unitId, citizen.unitId), inArray(user.role, ['worker', 'leader']), eq(user.isActive, true)))
		.orderBy(asc(user.displayName));
	return {
		citizenId: citizen.id,
		colleagues,
		proposals: await proposalsFor(citizen),
		/** From a proposal's "Planlæg" link. */
		prefill: { type: url.searchParams.get('type') ?? '', date: url.searchParams.get('date') ?? todayIso(), participants: [staff.id] }
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ params, request }) => {
		const staff = requireRole(['worker', 'leader']);
		const { citizen } = await requireCitizenAccess(params.citizenId, 'meetings');
		const data = await request.formData();
		const parsed = parseForm(scheduleMeetingSchema, data, ['participants']);
		if (!parsed.success) return invalid(400, { values: formValues(data, 200), participants: data.getAll('participants').map(String), errors: parsed.errors });
		const { type, date, time, place, participants } = parsed.output;
		// A participant who is not staff of the citizen's unit is answered as if they did not exist.
		const id = await scheduleMeeting(staff, citizen, { type, startsAt: fromCopenhagen(date, time), place, participantIds: participants }).catch((e: unknown) => {
			if (e instanceof ForeignId) error(404);
			throw e;
		});
		redirect(303, localizeHref(routes.staffMeeting(citizen.id, id)));
	}
} satisfies Actions;
