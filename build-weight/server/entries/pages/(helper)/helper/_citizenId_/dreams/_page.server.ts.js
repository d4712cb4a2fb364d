import { t as invalid } from "../../../../../../chunks/form-failure.js";
import { i as requireRole, n as requireCitizenAccess } from "../../../../../../chunks/guards.js";
import { a as listDreamsFor, n as createDream } from "../../../../../../chunks/dreams.js";
import { l as listCitizensForHelper } from "../../../../../../chunks/grants.js";
import { i as parseForm } from "../../../../../../chunks/form2.js";
import { t as dreamSchema } from "../../../../../../chunks/dreams3.js";
// src/routes/(helper)/helper/[citizenId]/dreams/+page.server.ts
var load = (async ({ params }) => {
	const helper = requireRole(["relative", "guide"]);
	await requireCitizenAccess(params.citizenId, "dreams");
	const [entry] = (await listCitizensForHelper(helper.id)).filter((c) => c.citizenId === params.citizenId);
	return {
		citizenId: params.citizenId,
		name: entry?.name ?? "",
		/** Guides write with the citizen; what they write waits for the citizen's yes. */
		canWrite: helper.role === "guide",
		clientId: crypto.randomUUID(),
		dreams: (await listDreamsFor(helper, params.citizenId)).map((d) => ({
			id: d.id,
			text: d.text,
			lifeArea: d.lifeArea,
			helperName: d.helperName,
			isConfirmed: d.confirmedAt !== null
		}))
	};
});
var actions = { 
/** A guide writes a dream with the citizen: stored as written with help, until the citizen confirms. */
default: async ({ params, request }) => {
	const guide = requireRole(["guide"]);
	await requireCitizenAccess(params.citizenId, "dreams");
	const data = await request.formData();
	const values = {
		text: String(data.get("text") ?? "").slice(0, 1e3),
		lifeArea: String(data.get("lifeArea") ?? ""),
		visibility: String(data.get("visibility") ?? ""),
		talkAtNextMeeting: data.get("talkAtNextMeeting") === "yes"
	};
	const parsed = parseForm(dreamSchema, data);
	if (!parsed.success) return invalid(400, {
		values,
		errors: parsed.errors
	});
	const { clientId, ...input } = parsed.output;
	if ((await createDream(params.citizenId, guide, false, input, clientId)).status === "conflict") return invalid(409, {
		values,
		errors: { form: "dreams_error_conflict" }
	});
	return {
		written: true,
		errors: {}
	};
} };
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map