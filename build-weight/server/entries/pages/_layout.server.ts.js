// src/routes/+layout.server.ts
var load = (({ locals }) => ({ 
/** Who is logged in, for the header; null on public pages and the prerendered offline page. */
user: locals.user ? {
	id: locals.user.id,
	displayName: locals.user.displayName,
	role: locals.user.role,
	unitName: locals.user.unitName
} : null }));
export { load };

//# sourceMappingURL=_layout.server.ts.js.map