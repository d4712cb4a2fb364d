import { error, redirect } from '@sveltejs/kit';
import { invalid } from '#lib/server/form-failure.js';
import type { Actions, PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { addStep, deleteGoal, getPlan, updateGoal } from '#lib/server/plan.js';
import { listOwnDreams } from '#lib/server/dreams.js';
import { parseForm } from '#lib/validation/form.js';
import { goalSchema, stepSchema } from '#lib/validation/plan.js';
import { localizeHref } from '#lib/paraglide/runtime.js';

/** The citizen's own goal, or 404. */
async function ownGoal(goalId: string) {
	const { user, citizen } = await requireCitizenSelf();
	const goal = (await getPlan(citizen.id)).goals.find((g) => g.id === goalId);
	if (!goal) error(404);
	return { user, citizen, goal };
}

/** One thing per screen on this page: the goal with its steps, or one of the forms that change it. */
const screens = ['edit', 'addStep', 'delete'] as const;

export const load = (async ({ params, url }) => {
	const { citizen, goal } = await ownGoal(params.goalId);
	return {
		goal,
		dreams: (await listOwnDreams(citizen.id)).map((d) => ({ id: d.id, text: d.text })),
		/** The open form (`?edit`, `?addStep`, `?delete`); null shows the goal with its steps. */
		screen: screens.find((s) => url.searchParams.has(s)) ?? null,
		/** What was just saved (`?saved=goal` or `?saved=step`), said above the goal. */
		justSaved: ({ goal: 'goal', step: 'step' } as const)[url.searchParams.get('saved') ?? ''] ?? null
	};
}) satisfies PageServerLoad;

export const actions = {
	update: async ({ params, request }) => {
		const { user, citizen, goal } = await ownGoal(params.goalId);
		const data = await request.formData();
		const parsed = parseForm(goalSchema, data, ['dreamIds']);
		if (!parsed.success) return invalid(400, { form: 'goal' as const, errors: parsed.errors });
		// A linked dream that is not the citizen's is answered as if it did not exist.
		if (!(await updateGoal(citizen.id, goal.id, user, true, parsed.output))) error(404);
		// Back to the goal as it now is, not the form (with or without JavaScript).
		redirect(303, localizeHref(`/me/plan/${goal.id}?saved=goal`));
	},

	addStep: async ({ params, request }) => {
		const { user, citizen, goal } = await ownGoal(params.goalId);
		const data = await request.formData();
		const parsed = parseForm(stepSchema, data);
		if (!parsed.success) return invalid(400, { form: 'step' as const, stepText: String(data.get('stepText') ?? '').slice(0, 500), errors: parsed.errors });
		await addStep(citizen.id, goal.id, user, true, parsed.output.stepText, parsed.output.owner);
		redirect(303, localizeHref(`/me/plan/${goal.id}?saved=step`));
	},

	delete: async ({ params }) => {
		const { user, citizen, goal } = await ownGoal(params.goalId);
		await deleteGoal(citizen.id, goal.id, user, true);
		redirect(303, localizeHref('/me/plan'));
	}
} satisfies Actions;
