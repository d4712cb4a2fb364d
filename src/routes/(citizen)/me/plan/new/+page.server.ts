import { error, redirect } from '@sveltejs/kit';
import { invalid } from '#lib/server/form-failure.js';
import type { Actions, PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { createGoal } from '#lib/server/plan.js';
import { listOwnDreams } from '#lib/server/dreams.js';
import { parseForm } from '#lib/validation/form.js';
import { goalSchema } from '#lib/validation/plan.js';
import { localizeHref } from '#lib/paraglide/runtime.js';

export const load = (async () => {
	const { user, citizen } = await requireCitizenSelf();
	return {
		/** The citizen's dreams, to link the goal to. */
		dreams: (await listOwnDreams(citizen.id)).map((d) => ({ id: d.id, text: d.text })),
		/** A fresh id for this form: sending it twice (a double tap, the offline queue) stores one goal. */
		clientId: crypto.randomUUID(),
		/** Drafts and queued writes on the device are kept per person. */
		userId: user.id
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request }) => {
		const { user, citizen } = await requireCitizenSelf();
		const data = await request.formData();
		const parsed = parseForm(goalSchema, data, ['dreamIds']);
		const values = {
			text: String(data.get('text') ?? '').slice(0, 500),
			dreamIds: data.getAll('dreamIds').map(String),
			clientId: String(data.get('clientId') ?? '').slice(0, 64)
		};
		if (!parsed.success) return invalid(400, { values, errors: parsed.errors });
		const { text, dreamIds, clientId } = parsed.output;
		const result = await createGoal(citizen.id, user, true, text, dreamIds, clientId);
		if (result.status === 'conflict') return invalid(409, { values, errors: { form: 'plan_error_conflict' } });
		// A dream that is not the citizen's is answered as if it did not exist.
		if (result.status === 'not_found') error(404);
		redirect(303, localizeHref('/me/plan'));
	}
} satisfies Actions;
