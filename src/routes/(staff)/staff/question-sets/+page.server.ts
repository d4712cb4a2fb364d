import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '#lib/server/auth/guards.js';
import { invalid } from '#lib/server/form-failure.js';
import { activateQuestionSet, addQuestionSet, listQuestionSets, moveQuestion, retireQuestion } from '#lib/server/ratings/question-sets.js';
import { parseForm } from '#lib/validation/form.js';
import { questionSetSchema } from '#lib/validation/ratings.js';

const idFrom = async (request: Request, name: string) => String((await request.formData()).get(name) ?? '').slice(0, 64);

export const load = (async () => {
	const leader = requireRole(['leader']);
	return { sets: await listQuestionSets(leader) };
}) satisfies PageServerLoad;

// Every action checks that the set or question belongs to the leader's own unit; otherwise 404.
export const actions = {
	addSet: async ({ request }) => {
		const leader = requireRole(['leader']);
		const data = await request.formData();
		const values = {
			name: String(data.get('name') ?? '').slice(0, 80),
			questionsDa: String(data.get('questionsDa') ?? '').slice(0, 3000),
			questionsEn: String(data.get('questionsEn') ?? '').slice(0, 3000)
		};
		const parsed = parseForm(questionSetSchema, data);
		if (!parsed.success) return invalid(400, { values, errors: parsed.errors });
		await addQuestionSet(leader, parsed.output.name, parsed.output.questions);
		return { saved: true };
	},
	activate: async ({ request }) => {
		const leader = requireRole(['leader']);
		if (!(await activateQuestionSet(leader, await idFrom(request, 'setId')))) error(404);
		return { saved: true };
	},
	move: async ({ request }) => {
		const leader = requireRole(['leader']);
		const data = await request.formData();
		const direction = data.get('direction') === 'up' ? 'up' : 'down';
		if (!(await moveQuestion(leader, String(data.get('questionId') ?? '').slice(0, 64), direction))) error(404);
		return { saved: true };
	},
	retire: async ({ request }) => {
		const leader = requireRole(['leader']);
		const result = await retireQuestion(leader, await idFrom(request, 'questionId'));
		if (result === 'not_found') error(404);
		if (result === 'last_question') return invalid(400, { errors: { form: 'staff_questions_error_last' } });
		return { saved: true };
	}
} satisfies Actions;
