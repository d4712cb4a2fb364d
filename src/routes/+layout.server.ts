import type { LayoutServerLoad } from './$types';

export const load = (({ locals }) => ({
	/** Who is logged in, for the header; null on public pages and the prerendered offline page. */
	user: locals.user
		? { id: locals.user.id, displayName: locals.user.displayName, role: locals.user.role, unitName: locals.user.unitName }
		: null
})) satisfies LayoutServerLoad;
