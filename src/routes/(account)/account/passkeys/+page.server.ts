import { error } from '@sveltejs/kit';
import type { Actions, PageServerLoad } from './$types';
import { requireUser } from '#lib/server/auth/guards.js';
import { listPasskeys, removePasskey } from '#lib/server/auth/passkey.js';

export const load = (async ({ url }) => {
	const user = requireUser();
	const passkeys = await listPasskeys(user.id);
	return {
		/** True right after activation: the page then offers passkeys as the next step. */
		isWelcome: url.searchParams.has('welcome'),
		homePath: user.role === 'citizen' ? '/me' : user.role === 'worker' || user.role === 'leader' ? '/staff' : '/helper',
		passkeys: passkeys.map((p) => ({
			id: p.id,
			name: p.name ?? '',
			createdAt: p.createdAt.toISOString(),
			lastUsedAt: p.lastUsedAt?.toISOString() ?? null
		}))
	};
}) satisfies PageServerLoad;

export const actions = {
	remove: async ({ request, locals }) => {
		const user = requireUser();
		const id = String((await request.formData()).get('passkeyId') ?? '');
		// Another person's passkey is answered as if it did not exist.
		if (!(await removePasskey(user.id, id, locals.session!.id))) error(404);
		return { removed: true };
	}
} satisfies Actions;
