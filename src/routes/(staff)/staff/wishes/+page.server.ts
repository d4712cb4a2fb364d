import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '#lib/server/auth/guards.js';
import { invalid } from '#lib/server/form-failure.js';
import { approveWish, declineWish, listWishQueue } from '#lib/server/contact-person/wishes.js';
import { formValues, parseForm } from '#lib/validation/form.js';
import { approveWishSchema, declineWishSchema } from '#lib/validation/contact-person.js';
import { todayIso } from '#lib/server/time.js';
import { error } from '@sveltejs/kit';

export const load = (async () => {
	const leader = requireRole(['leader']);
	const queue = await listWishQueue(leader);
	return { ...queue, today: todayIso() };
}) satisfies PageServerLoad;


export const actions = {
	approve: async ({ request }) => {
		const leader = requireRole(['leader']);
		const data = await request.formData();
		const wishId = String(data.get('wishId') ?? '').slice(0, 64);
		const parsed = parseForm(approveWishSchema, data);
		if (!parsed.success) return invalid(400, { wishId, values: formValues(data), errors: parsed.errors });
		const result = await approveWish(leader, wishId, parsed.output.startDate, parsed.output.confirmOverCapacity);
		if (result === 'not_found') error(404);
		if (result === 'bad_date') return invalid(400, { wishId, values: formValues(data), errors: { startDate: 'staff_wish_error_date' } });
		if (result === 'over_capacity') return invalid(400, { wishId, values: formValues(data), errors: { confirmOverCapacity: 'staff_wish_error_over' } });
		if (result === 'not_open') return invalid(409, { wishId, values: formValues(data), errors: { form: 'staff_wish_error_gone' } });
		return { wishId, done: true };
	},
	decline: async ({ request }) => {
		const leader = requireRole(['leader']);
		const data = await request.formData();
		const wishId = String(data.get('wishId') ?? '').slice(0, 64);
		const parsed = parseForm(declineWishSchema, data);
		if (!parsed.success) return invalid(400, { wishId, values: formValues(data), errors: parsed.errors });
		const result = await declineWish(leader, wishId, { reason: parsed.output.reason, text: parsed.output.text, instead: parsed.output.instead });
		if (result === 'not_found') error(404);
		if (result === 'not_open') return invalid(409, { wishId, values: formValues(data), errors: { form: 'staff_wish_error_gone' } });
		return { wishId, done: true };
	}
} satisfies Actions;
