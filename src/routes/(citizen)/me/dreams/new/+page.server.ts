import { redirect } from '@sveltejs/kit';
import { invalid } from '#lib/server/form-failure.js';
import type { Actions, PageServerLoad } from './$types';
import { requireCitizenSelf } from '#lib/server/auth/guards.js';
import { createDream } from '#lib/server/dreams.js';
import { parseForm } from '#lib/validation/form.js';
import { dreamSchema } from '#lib/validation/dreams.js';
import { localizeHref } from '#lib/paraglide/runtime.js';

export const load = (async () => {
	const { user } = await requireCitizenSelf();
	return {
		/** A fresh id for this form: sending it twice (a double tap, a retry) stores one dream. */
		clientId: crypto.randomUUID(),
		/** Drafts on the device are kept per person. */
		userId: user.id
	};
}) satisfies PageServerLoad;

export const actions = {
	default: async ({ request }) => {
		const { user, citizen } = await requireCitizenSelf();
		const data = await request.formData();
		const values = {
			text: String(data.get('text') ?? '').slice(0, 1000),
			lifeArea: String(data.get('lifeArea') ?? ''),
			visibility: String(data.get('visibility') ?? ''),
			talkAtNextMeeting: data.get('talkAtNextMeeting') === 'yes',
			clientId: String(data.get('clientId') ?? '').slice(0, 64)
		};
		const parsed = parseForm(dreamSchema, data);
		if (!parsed.success) return invalid(400, { values, errors: parsed.errors });
		const { clientId, ...input } = parsed.output;
		const result = await createDream(citizen.id, user, true, input, clientId);
		if (result.status === 'conflict') return invalid(409, { values, errors: { form: 'dreams_error_conflict' } });
		redirect(303, localizeHref('/me/dreams'));
	}
} satisfies Actions;
