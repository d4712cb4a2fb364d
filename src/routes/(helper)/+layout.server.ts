import type { LayoutServerLoad } from './$types';
import { requireRole } from '#lib/server/auth/guards.js';

export const load = (() => {
	requireRole(['relative', 'guide']);
}) satisfies LayoutServerLoad;
