import { t as error } from "../../../../../../chunks/exports.js";
import { i as requireRole } from "../../../../../../chunks/guards.js";
import { t as invalid } from "../../../../../../chunks/form-failure.js";
import { a as updateWorkerProfile, i as saveWorkerPhoto, r as removeWorkerPhoto, t as editableWorker } from "../../../../../../chunks/workers.js";
import { f as workerPhoto, n as db } from "../../../../../../chunks/db.js";
import { i as parseForm, t as formValues } from "../../../../../../chunks/form2.js";
import { a as profileSchema, i as photoAltSchema } from "../../../../../../chunks/contact-person.js";
import { eq } from "drizzle-orm";
// src/routes/(staff)/staff/workers/[workerId]/+page.server.ts
var photoErrors = {
	too_large: "staff_photo_error_large",
	not_an_image: "staff_photo_error_image"
};
var load = (async ({ params }) => {
	const actor = requireRole(["worker", "leader"]);
	const worker = await editableWorker(actor, params.workerId);
	if (!worker) error(404);
	const [photo] = await db.select({
		alt: workerPhoto.alt,
		updatedAt: workerPhoto.updatedAt
	}).from(workerPhoto).where(eq(workerPhoto.userId, worker.id));
	return {
		worker: {
			id: worker.id,
			name: worker.name,
			...worker.profile
		},
		photoAlt: photo?.alt ?? null,
		photoVersion: photo?.updatedAt.getTime() ?? 0,
		isLeader: actor.role === "leader"
	};
});
var actions = {
	profile: async ({ params, request }) => {
		const actor = requireRole(["worker", "leader"]);
		const data = await request.formData();
		const values = formValues(data, 300);
		const parsed = parseForm(profileSchema, data);
		if (!parsed.success) return invalid(400, {
			action: "profile",
			values,
			errors: parsed.errors
		});
		if (!await updateWorkerProfile(actor, params.workerId, parsed.output)) error(404);
		return {
			action: "profile",
			saved: true
		};
	},
	photo: async ({ params, request }) => {
		const actor = requireRole(["worker", "leader"]);
		if (!await editableWorker(actor, params.workerId)) error(404);
		const data = await request.formData();
		const file = data.get("photo");
		const alt = String(data.get("alt") ?? "").slice(0, 200);
		const parsed = parseForm(photoAltSchema, data);
		if (!(file instanceof File) || file.size === 0) return invalid(400, {
			action: "photo",
			values: { alt },
			errors: { photo: "staff_photo_error_file" }
		});
		if (!parsed.success) return invalid(400, {
			action: "photo",
			values: { alt },
			errors: parsed.errors
		});
		const result = await saveWorkerPhoto(actor, params.workerId, file, parsed.output.alt);
		if (result === "not_found") error(404);
		if (result !== "saved") return invalid(400, {
			action: "photo",
			values: { alt },
			errors: { photo: photoErrors[result] }
		});
		return {
			action: "photo",
			saved: true
		};
	},
	removePhoto: async ({ params }) => {
		const actor = requireRole(["worker", "leader"]);
		if (!await removeWorkerPhoto(actor, params.workerId)) error(404);
		return {
			action: "removePhoto",
			saved: true
		};
	}
};
export { actions, load };

//# sourceMappingURL=_page.server.ts.js.map