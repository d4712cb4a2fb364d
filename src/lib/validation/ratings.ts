import * as v from 'valibot';
import { nonEmptyLines } from './form.js';
import { faceValues, skipAnswer, type Face } from '../rating-scale.js';

// Left out (no face and no "Spring over" chosen) stays undefined: an empty rating points at the first such question.
const answerSchema = v.optional(v.picklist([...faceValues, skipAnswer], 'collab_error_answer'));
const idSchema = v.pipe(v.optional(v.string(), ''), v.maxLength(64), v.transform((value) => value || null));

/** Each question of the set is a field `q-<question id>`; an unanswered one counts as skipped. */
export const answerField = (questionId: string) => `q-${questionId}`;

/**
 * The rating form for a question set. At least one face or a comment: a rating with nothing in
 * it is not stored.
 */
export function ratingSchema(questionIds: readonly string[]) {
	const answers = Object.fromEntries(questionIds.map((id) => [answerField(id), answerSchema]));
	return v.pipe(
		v.object({
			...answers,
			comment: v.pipe(v.optional(v.string(), ''), v.trim(), v.maxLength(1000, 'collab_error_comment_long')),
			setId: v.pipe(v.optional(v.string(), ''), v.maxLength(64)),
			visitId: idSchema,
			clientId: idSchema
		}),
		// Nothing in it: the problem is put on the first question left out (or the first question), so
		// the error summary links to it and the one-question-per-screen steps open it.
		v.rawCheck(({ dataset, addIssue }) => {
			if (!dataset.typed) return;
			const input = dataset.value as Record<string, unknown> & { comment: string };
			const isAnswered = (id: string) => input[answerField(id)] !== undefined && input[answerField(id)] !== skipAnswer;
			if (input.comment !== '' || questionIds.some(isAnswered)) return;
			const first = questionIds.find((id) => input[answerField(id)] === undefined) ?? questionIds[0];
			if (first === undefined) return addIssue({ message: 'collab_error_empty' });
			const key = answerField(first);
			addIssue({ message: 'collab_error_empty', path: [{ type: 'object', origin: 'value', input, key, value: input[key] }] });
		})
	);
}

/** The answered questions of a parsed form: question id → face. */
export function answersOf(output: Record<string, unknown>, questionIds: readonly string[]): Record<string, Face> {
	return Object.fromEntries(
		questionIds.flatMap((id) => {
			const answer = output[answerField(id)];
			return typeof answer === 'string' && answer !== skipAnswer ? [[id, answer as Face]] : [];
		})
	);
}


/** A leader's new question set: a name and 1–10 questions, one per line; English optional, same order. */
export const questionSetSchema = v.pipe(
	v.object({
		name: v.pipe(v.optional(v.string(), ''), v.trim(), v.nonEmpty('staff_questions_error_name'), v.maxLength(80, 'staff_questions_error_name')),
		questionsDa: v.pipe(
			v.optional(v.string(), ''),
			v.transform(nonEmptyLines),
			v.check((list) => list.length >= 1 && list.length <= 10 && list.every((q) => q.length <= 200), 'staff_questions_error_questions')
		),
		questionsEn: v.pipe(
			v.optional(v.string(), ''),
			v.transform(nonEmptyLines),
			v.check((list) => list.length <= 10 && list.every((q) => q.length <= 200), 'staff_questions_error_questions')
		)
	}),
	v.transform(({ name, questionsDa, questionsEn }) => ({
		name,
		questions: questionsDa.map((textDa, index) => ({ textDa, textEn: questionsEn[index] ?? '' }))
	}))
);
