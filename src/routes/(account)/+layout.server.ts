import type { LayoutServerLoad } from './$types';
import { requireUser } from '#lib/server/auth/guards.js';

// Everyone who can log in manages their own log-in here; actions and endpoints guard themselves too.
export const load = (() => {
	requireUser();
}) satisfies LayoutServerLoad;
