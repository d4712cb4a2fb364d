import type { LayoutServerLoad } from './$types';
import { requireRole } from '#lib/server/auth/guards.js';

// Guards the pages of the group; actions and endpoints guard themselves as well.
export const load = (() => {
	requireRole(['citizen']);
}) satisfies LayoutServerLoad;
