import type { LayoutServerLoad } from './$types';
import { requireRole } from '#lib/server/auth/guards.js';

export const load = (() => {
	requireRole(['worker', 'leader']);
}) satisfies LayoutServerLoad;
