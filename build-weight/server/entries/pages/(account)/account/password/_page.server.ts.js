import { t as invalid } from "../../../../../chunks/form-failure.js";
import { a as requireUser } from "../../../../../chunks/guards.js";
import { t as changePassword } from "../../../../../chunks/password.js";
import { i as parseForm } from "../../../../../chunks/form2.js";
import { n as changePasswordSchema } from "../../../../../chunks/auth.js";
// src/routes/(account)/account/password/+page.server.ts
var actions = { default: async ({ request, locals }) => {
	const user = requireUser();
	const parsed = parseForm(changePasswordSchema, await request.formData());
	if (!parsed.success) return invalid(400, { errors: parsed.errors });
	if (!await changePassword(user.id, parsed.output.currentPassword, parsed.output.password, locals.session.id)) return invalid(400, { errors: { currentPassword: "password_error_current" } });
	return {
		changed: true,
		errors: {}
	};
} };
export { actions };

//# sourceMappingURL=_page.server.ts.js.map