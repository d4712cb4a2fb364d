import { error, redirect } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { invalid } from '#lib/server/form-failure.js';
import { supportTeam } from '#lib/server/citizens.js';
import { activeQuestionSet, questionsOf } from '#lib/server/ratings/question-sets.js';
import { createRating } from '#lib/server/ratings/ratings.js';
import { logForeignId } from '#lib/server/access/foreign-id.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { answersOf, ratingSchema } from '#lib/validation/ratings.js';
import { getLocale, localizeHref } from '#lib/paraglide/runtime.js';
import { routes } from '#lib/routes.js';

export const load = (async ({ url }) => {
	const { user, citizen } = await requireCitizenSelf();
	const { set, questions } = await activeQuestionSet(citizen.unitId);
	const isEnglish = getLocale() === 'en';
	return {
		setId: set.id,
		questions: questions.map((q) => ({ id: q.id, text: isEnglish && q.textEn ? q.textEn : q.textDa })),
		/** The visit this answers "Hvordan gik det?" about, if the citizen came from that question. */
		visitId: url.searchParams.get('visit')?.slice(0, 64) ?? '',
		supporterNames: (await supportTeam(citizen.id)).map((s) => s.name),
		/** A fresh id for this form: sending it twice (a double tap, the offline queue) stores one rating. */
		clientId: crypto.randomUUID(),
		userId: user.id
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request }) => {
		const { user, citizen } = await requireCitizenSelf();
		const data = await request.formData();
		const setId = String(data.get('setId') ?? '').slice(0, 64);
		// The questions of the set the form was made with: the unit may have changed set since (offline).
		const questionIds = (await questionsOf(setId, true)).map((q) => q.id);
		const values = formValues(data);
		const parsed = parseForm(ratingSchema(questionIds), data);
		if (!parsed.success) return invalid(400, { values, errors: parsed.errors });
		// An answer to a question that is not in the set is refused, as a visit that is not the citizen's.
		const foreignQuestion = [...data.keys()].find((key) => key.startsWith('q-') && !questionIds.includes(key.slice(2)));
		if (foreignQuestion) {
			await logForeignId(user, null, 'ratings', `question:${foreignQuestion.slice(2)}`);
			error(404);
		}
		const output = parsed.output as Record<string, unknown> & { comment: string; visitId: string | null; clientId: string | null };
		const result = await createRating(citizen, {
			setId,
			answers: answersOf(output, questionIds),
			comment: output.comment,
			visitId: output.visitId,
			clientId: output.clientId
		});
		if (result.status === 'conflict') return invalid(409, { values, errors: { form: 'collab_error_conflict' } });
		if (result.status === 'not_found') error(404);
		if (result.status === 'invalid') return invalid(400, { values, errors: { form: 'collab_error_empty' } });
		redirect(303, `${localizeHref(routes.citizenRatings())}?saved`);
	}
} satisfies Actions;
