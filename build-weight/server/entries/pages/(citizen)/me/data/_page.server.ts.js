import { t as invalid } from "../../../../../chunks/form-failure.js";
import { r as requireCitizenSelf } from "../../../../../chunks/guards.js";
import { a as requestDeletion, r as listDeletionRequests } from "../../../../../chunks/my-data.js";
import { i as parseForm } from "../../../../../chunks/form2.js";
import * as v from "valibot";
// src/routes/(citizen)/me/data/+page.server.ts
var deletionSchema = v.object({ message: v.pipe(v.optional(v.string(), ""), v.trim(), v.maxLength(1e3, "data_error_message_long")) });
var load = (async () => {
	const { citizen } = await requireCitizenSelf();
	return { requests: (await listDeletionRequests(citizen.id)).map((r) => ({
		id: r.id,
		requestedAt: r.requestedAt.toISOString(),
		status: r.status,
		answer: r.answer
	})) };
});
var actions = { requestDeletion: async ({ request }) => {
	const { citizen } = await requireCitizenSelf();
	const data = await request.formData();
	const parsed = parseForm(deletionSchema, data);
	if (!parsed.success) return invalid(400, {
		message: String(data.get("message") ?? "").slice(0, 1e3),
		errors: parsed.errors
	});
	await requestDeletion(citizen.id, parsed.output.message);
	return {
		sent: true,
		errors: {}
	};
} };
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map