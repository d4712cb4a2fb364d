// src/routes/(public)/offline/+page.ts
var prerender = true;
export { prerender };

//# sourceMappingURL=_page.ts.js.map