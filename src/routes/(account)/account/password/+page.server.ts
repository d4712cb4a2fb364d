import { invalid } from '#lib/server/form-failure.js';
import type { Actions } from './$types';
import { requireUser } from '#lib/server/auth/guards.js';
import { changePassword } from '#lib/server/auth/password.js';
import { parseForm } from '#lib/validation/form.js';
import { changePasswordSchema } from '#lib/validation/auth.js';

export const actions = {
	default: async ({ request, locals }) => {
		const user = requireUser();
		const parsed = parseForm(changePasswordSchema, await request.formData());
		if (!parsed.success) return invalid(400, { errors: parsed.errors });
		const changed = await changePassword(user.id, parsed.output.currentPassword, parsed.output.password, locals.session!.id);
		if (!changed) return invalid(400, { errors: { currentPassword: 'password_error_current' } });
		return { changed: true, errors: {} };
	}
} satisfies Actions;

