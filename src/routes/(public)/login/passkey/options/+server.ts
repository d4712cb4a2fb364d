import { json } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { relyingPartyFor, startPasskeyLogin } from '#lib/server/auth/passkey.js';

/** A fresh challenge for logging in with a passkey. */
export const POST: RequestHandler = async ({ url }) => json(await startPasskeyLogin(relyingPartyFor(url)));
