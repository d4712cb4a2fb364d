import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireRole } from '#lib/server/auth/guards.js';
import { invalid } from '#lib/server/form-failure.js';
import { editableWorker, removeWorkerPhoto, saveWorkerPhoto, updateWorkerProfile } from '#lib/server/contact-person/workers.js';
import { db } from '#lib/server/db/index.js';
import { workerPhoto } from '#lib/server/db/schema/index.js';
import { eq } from 'drizzle-orm';
import { formValues, parseForm } from '#lib/validation/form.js';
import { photoAltSchema, profileSchema } from '#lib/validation/contact-person.js';

const photoErrors = { too_large: 'staff_photo_error_large', not_an_image: 'staff_photo_error_image' } as const;

// A worker edits their own profile; a leader edits every worker of the unit and sets capacity.
export const load = (async ({ params }) => {
	const actor = requireRole(['worker', 'leader']);
	const worker = await editableWorker(actor, params.workerId);
	if (!worker) error(404);
	const [photo] = await db.select({ alt: workerPhoto.alt, updatedAt: workerPhoto.updatedAt }).from(workerPhoto).where(eq(workerPhoto.userId, worker.id));
	return { worker: { id: worker.id, name: worker.name, ...worker.profile }, photoAlt: photo?.alt ?? null, photoVersion: photo?.updatedAt.getTime() ?? 0, isLeader: actor.role === 'leader' };
}) satisfies PageServerLoad;

export const actions = {
	profile: async ({ params, request }) => {
		const actor = requireRole(['worker', 'leader']);
		const data = await request.formData();
		const values = formValues(data, 300);
		const parsed = parseForm(profileSchema, data);
		if (!parsed.success) return invalid(400, { action: 'profile' as const, values, errors: parsed.errors });
		if (!(await updateWorkerProfile(actor, params.workerId, parsed.output))) error(404);
		return { action: 'profile' as const, saved: true };
	},
	photo: async ({ params, request }) => {
		const actor = requireRole(['worker', 'leader']);
		if (!(await editableWorker(actor, params.workerId))) error(404);
		const data = await request.formData();
		const file = data.get('photo');
		const alt = String(data.get('alt') ?? '').slice(0, 200);
		const parsed = parseForm(photoAltSchema, data);
		if (!(file instanceof File) || file.size === 0) return invalid(400, { action: 'photo' as const, values: { alt }, errors: { photo: 'staff_photo_error_file' } });
		if (!parsed.success) return invalid(400, { action: 'photo' as const, values: { alt }, errors: parsed.errors });
		const result = await saveWorkerPhoto(actor, params.workerId, file, parsed.output.alt);
		if (result === 'not_found') error(404);
		if (result !== 'saved') return invalid(400, { action: 'photo' as const, values: { alt }, errors: { photo: photoErrors[result] } });
		return { action: 'photo' as const, saved: true };
	},
	removePhoto: async ({ params }) => {
		const actor = requireRole(['worker', 'leader']);
		if (!(await removeWorkerPhoto(actor, params.workerId))) error(404);
		return { action: 'removePhoto' as const, saved: true };
	}
} satisfies Actions;
