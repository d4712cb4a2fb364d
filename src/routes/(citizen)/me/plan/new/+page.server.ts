import { fail, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { createGoal } from '#lib/server/plan.js';
import { listOwnDreams } from '#lib/server/dreams.js';
import { parseForm } from '#lib/validation/form.js';
import { goalSchema } from '#lib/validation/plan.js';
import { localizeHref } from '#lib/paraglide/runtime.js';

export const load = (async () => {
	const { citizen } = await requireCitizenSelf();
	/** The citizen's dreams, to link the goal to. */
	return { dreams: (await listOwnDreams(citizen.id)).map((d) => ({ id: d.id, text: d.text })) };
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request }) => {
		const { user, citizen } = await requireCitizenSelf();
		const data = await request.formData();
		const parsed = parseForm(goalSchema, data, ['dreamIds']);
		if (!parsed.success) {
			return fail(400, { values: { text: String(data.get('text') ?? '').slice(0, 500), dreamIds: data.getAll('dreamIds').map(String) }, errors: parsed.errors });
		}
		await createGoal(citizen.id, user, true, parsed.output.text, parsed.output.dreamIds);
		redirect(303, localizeHref('/me/plan'));
	}
} satisfies Actions;
