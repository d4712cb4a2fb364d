import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireUser } from '#lib/server/auth/guards.js';
import { workerPhotoFor } from '#lib/server/contact-person/workers.js';

/** A worker's photo, for people of the same unit only (its citizens and staff). */
export const GET: RequestHandler = async ({ params }) => {
	const viewer = requireUser();
	const photo = await workerPhotoFor(viewer, params.workerId.slice(0, 64));
	if (!photo) error(404);
	return new Response(new Uint8Array(photo.webp), {
		headers: {
			'content-type': 'image/webp',
			'cache-control': 'private, max-age=300',
			'last-modified': photo.updatedAt.toUTCString()
		}
	});
};
