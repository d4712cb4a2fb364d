import { error } from '@sveltejs/kit';
import { invalid } from '#lib/server/form-failure.js';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '#lib/server/auth/guards.js';
import { answerDeletionRequest } from '#lib/server/my-data.js';
import { readDeletionRequestsForLeader } from '#lib/server/deletion-requests.js';
import { parseForm } from '#lib/validation/form.js';

const answerSchema = v.object({
	requestId: v.pipe(v.optional(v.string(), ''), v.maxLength(40)),
	status: v.pipe(v.optional(v.string(), ''), v.picklist(['completed', 'declined'], 'staff_request_error_answer')),
	answer: v.pipe(v.optional(v.string(), ''), v.trim(), v.nonEmpty('staff_request_error_answer'), v.maxLength(1000, 'data_error_message_long'))
});

export const load = (async () => {
	const leader = requireRole(['leader']);
	// Each citizen shown is a read of their data, written to their access log.
	const rows = await readDeletionRequestsForLeader(leader);
	return {
		requests: rows.map(({ request, name }) => ({
			id: request.id,
			name,
			message: request.message,
			status: request.status,
			answer: request.answer,
			requestedAt: request.requestedAt.toISOString()
		}))
	};
}) satisfies PageServerLoad;

export const actions = {
	answer: async ({ request }) => {
		const leader = requireRole(['leader']);
		const data = await request.formData();
		const parsed = parseForm(answerSchema, data);
		const requestId = String(data.get('requestId') ?? '');
		if (!parsed.success) return invalid(400, { requestId, answer: String(data.get('answer') ?? '').slice(0, 1000), errors: parsed.errors });
		// Another unit's request, or one already answered, is answered as not found.
		if (!(await answerDeletionRequest(leader, parsed.output.requestId, parsed.output.status, parsed.output.answer))) error(404);
		return { requestId, answered: true, errors: {} as Record<string, string> };
	}
} satisfies Actions;
