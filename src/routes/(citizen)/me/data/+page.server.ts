import { invalid } from '#lib/server/form-failure.js';
import * as v from 'valibot';
import type { Actions, PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { listDeletionRequests, requestDeletion } from '#lib/server/my-data.js';
import { parseForm } from '#lib/validation/form.js';

const deletionSchema = v.object({
	message: v.pipe(v.optional(v.string(), ''), v.trim(), v.maxLength(1000, 'data_error_message_long'))
});

export const load = (async () => {
	const { citizen } = await requireCitizenSelf();
	const requests = await listDeletionRequests(citizen.id);
	return {
		requests: requests.map((r) => ({ id: r.id, requestedAt: r.requestedAt.toISOString(), status: r.status, answer: r.answer }))
	};
}) satisfies PageServerLoad;

export const actions = {
	requestDeletion: async ({ request }) => {
		const { citizen } = await requireCitizenSelf();
		const data = await request.formData();
		const parsed = parseForm(deletionSchema, data);
		if (!parsed.success) return invalid(400, { message: String(data.get('message') ?? '').slice(0, 1000), errors: parsed.errors });
		await requestDeletion(citizen.id, parsed.output.message);
		return { sent: true, errors: {} };
	}
} satisfies Actions;
