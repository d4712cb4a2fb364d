import { i as requireRole } from "../../../../../chunks/guards.js";
import { t as invalid } from "../../../../../chunks/form-failure.js";
import { f as declineWish, m as listWishQueue, s as approveWish } from "../../../../../chunks/citizens.js";
import { i as parseForm, t as formValues } from "../../../../../chunks/form2.js";
import { n as declineWishSchema, t as approveWishSchema } from "../../../../../chunks/contact-person.js";
import { s as todayIso } from "../../../../../chunks/time.js";
import { t as error } from "../../../../../chunks/exports.js";
// src/routes/(staff)/staff/wishes/+page.server.ts
var load = (async () => {
	const leader = requireRole(["leader"]);
	return {
		...await listWishQueue(leader),
		today: todayIso()
	};
});
var actions = {
	approve: async ({ request }) => {
		const leader = requireRole(["leader"]);
		const data = await request.formData();
		const wishId = String(data.get("wishId") ?? "").slice(0, 64);
		const parsed = parseForm(approveWishSchema, data);
		if (!parsed.success) return invalid(400, {
			wishId,
			values: formValues(data),
			errors: parsed.errors
		});
		const result = await approveWish(leader, wishId, parsed.output.startDate, parsed.output.confirmOverCapacity);
		if (result === "not_found") error(404);
		if (result === "bad_date") return invalid(400, {
			wishId,
			values: formValues(data),
			errors: { startDate: "staff_wish_error_date" }
		});
		if (result === "over_capacity") return invalid(400, {
			wishId,
			values: formValues(data),
			errors: { confirmOverCapacity: "staff_wish_error_over" }
		});
		if (result === "not_open") return invalid(409, {
			wishId,
			values: formValues(data),
			errors: { form: "staff_wish_error_gone" }
		});
		return {
			wishId,
			done: true
		};
	},
	decline: async ({ request }) => {
		const leader = requireRole(["leader"]);
		const data = await request.formData();
		const wishId = String(data.get("wishId") ?? "").slice(0, 64);
		const parsed = parseForm(declineWishSchema, data);
		if (!parsed.success) return invalid(400, {
			wishId,
			values: formValues(data),
			errors: parsed.errors
		});
		const result = await declineWish(leader, wishId, {
			reason: parsed.output.reason,
			text: parsed.output.text,
			instead: parsed.output.instead
		});
		if (result === "not_found") error(404);
		if (result === "not_open") return invalid(409, {
			wishId,
			values: formValues(data),
			errors: { form: "staff_wish_error_gone" }
		});
		return {
			wishId,
			done: true
		};
	}
};
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map