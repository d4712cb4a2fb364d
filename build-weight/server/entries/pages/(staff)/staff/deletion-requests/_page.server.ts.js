import { t as error } from "../../../../../chunks/exports.js";
import { t as invalid } from "../../../../../chunks/form-failure.js";
import { i as requireRole } from "../../../../../chunks/guards.js";
import { i as listDeletionRequestsForUnit, t as answerDeletionRequest } from "../../../../../chunks/my-data.js";
import { s as recordAccess } from "../../../../../chunks/record.js";
import { i as parseForm } from "../../../../../chunks/form2.js";
import * as v from "valibot";
// src/lib/server/deletion-requests.ts
/**
* The leader's page of requests for deletion. Each request shows the citizen's own words, so
* showing it is a read of that citizen's data: one line in each citizen's log, in one write.
*/
async function readDeletionRequestsForLeader(leader) {
	const rows = await listDeletionRequestsForUnit(leader.unitId ?? "");
	const citizenIds = [...new Set(rows.map((row) => row.request.citizenId))];
	await recordAccess(citizenIds.map((citizenId) => ({
		citizenId,
		actor: leader,
		action: "read",
		area: "data",
		object: "deletion-request"
	})));
	return rows;
}
// src/routes/(staff)/staff/deletion-requests/+page.server.ts
var answerSchema = v.object({
	requestId: v.pipe(v.optional(v.string(), ""), v.maxLength(40)),
	status: v.pipe(v.optional(v.string(), ""), v.picklist(["completed", "declined"], "staff_request_error_answer")),
	answer: v.pipe(v.optional(v.string(), ""), v.trim(), v.nonEmpty("staff_request_error_answer"), v.maxLength(1e3, "data_error_message_long"))
});
var load = (async () => {
	return { requests: (await readDeletionRequestsForLeader(requireRole(["leader"]))).map(({ request, name }) => ({
		id: request.id,
		name,
		message: request.message,
		status: request.status,
		answer: request.answer,
		requestedAt: request.requestedAt.toISOString()
	})) };
});
var actions = { answer: async ({ request }) => {
	const leader = requireRole(["leader"]);
	const data = await request.formData();
	const parsed = parseForm(answerSchema, data);
	const requestId = String(data.get("requestId") ?? "");
	if (!parsed.success) return invalid(400, {
		requestId,
		answer: String(data.get("answer") ?? "").slice(0, 1e3),
		errors: parsed.errors
	});
	if (!await answerDeletionRequest(leader, parsed.output.requestId, parsed.output.status, parsed.output.answer)) error(404);
	return {
		requestId,
		answered: true,
		errors: {}
	};
} };
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map