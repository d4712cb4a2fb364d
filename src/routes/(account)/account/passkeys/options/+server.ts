import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { requireUser } from '#lib/server/auth/guards.js';
import { relyingPartyFor, startPasskeyRegistration } from '#lib/server/auth/passkey.js';

/** Registration options for a new passkey of the logged-in person. */
export const POST: RequestHandler = async ({ url }) => {
	const user = requireUser();
	return json(await startPasskeyRegistration(user.id, relyingPartyFor(url)));
};
