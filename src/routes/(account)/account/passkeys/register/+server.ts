import { error, json } from '@sveltejs/kit';
import * as v from 'valibot';
import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import type { RequestHandler } from './$types';
import { requireUser } from '#lib/server/auth/guards.js';
import { finishPasskeyRegistration, relyingPartyFor } from '#lib/server/auth/passkey.js';

const body = v.object({
	name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(60)),
	response: v.looseObject({ id: v.string(), rawId: v.string(), type: v.literal('public-key'), response: v.looseObject({}) })
});

/** Stores the passkey the browser just made, once its answer to our challenge checks out. */
export const POST: RequestHandler = async ({ request, url }) => {
	const user = requireUser();
	const parsed = v.safeParse(body, await request.json().catch(() => null));
	if (!parsed.success) error(400);
	const ok = await finishPasskeyRegistration(
		user.id,
		parsed.output.name,
		parsed.output.response as unknown as RegistrationResponseJSON,
		relyingPartyFor(url)
	).catch(() => false);
	return json({ ok }, { status: ok ? 200 : 400 });
};
