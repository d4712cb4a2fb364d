import { error } from '@sveltejs/kit';
import { invalid } from '#lib/server/form-failure.js';
import type { Actions, PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { getPlan, markStepDone, planHistory, setPlanDate } from '#lib/server/plan.js';
import { parseForm } from '#lib/validation/form.js';
import { planDateSchema } from '#lib/validation/plan.js';

export const load = (async () => {
	const { citizen } = await requireCitizenSelf();
	return {
		plan: await getPlan(citizen.id),
		history: (await planHistory(citizen.id)).map(({ change, by }) => ({ id: change.id, kind: change.kind, summary: change.summary, by, at: change.at.toISOString() }))
	};
}) satisfies PageServerLoad;

export const actions = {
	planDate: async ({ request }) => {
		const { user, citizen } = await requireCitizenSelf();
		const parsed = parseForm(planDateSchema, await request.formData());
		if (!parsed.success) return invalid(400, { errors: parsed.errors });
		await setPlanDate(citizen.id, user, true, parsed.output.planDate);
		return { dateSaved: true, errors: {} as Record<string, string> };
	},

	stepDone: async ({ request }) => {
		const { user, citizen } = await requireCitizenSelf();
		const stepId = String((await request.formData()).get('stepId') ?? '').slice(0, 40);
		// A step that is not the citizen's is answered as if it did not exist.
		if ((await markStepDone(citizen.id, stepId, user, true)) === 'not_found') error(404);
		return { stepDone: true, errors: {} as Record<string, string> };
	}
} satisfies Actions;
