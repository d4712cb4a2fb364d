import { t as error } from "../../../../chunks/exports.js";
import { a as requireUser } from "../../../../chunks/guards.js";
import { s as workerPhotoFor } from "../../../../chunks/workers.js";
// src/routes/photos/[workerId]/+server.ts
/** A worker's photo, for people of the same unit only (its citizens and staff). */
var GET = async ({ params }) => {
	const viewer = requireUser();
	const photo = await workerPhotoFor(viewer, params.workerId.slice(0, 64));
	if (!photo) error(404);
	return new Response(new Uint8Array(photo.webp), { headers: {
		"content-type": "image/webp",
		"cache-control": "private, max-age=300",
		"last-modified": photo.updatedAt.toUTCString()
	} });
};
export { GET };

//# sourceMappingURL=_server.ts.js.map