// src/lib/offline/saved-pages.ts
/**
* The citizen's own recent pages, kept on the phone by the service worker so they can be read
* without a network. Pure rules here (shared by the server, the worker and the page); the
* worker's cache code is in src/service-worker/saved-pages.ts.
*/
/** The server names the logged-in person on every answer, so the worker keeps each person's pages apart. */
var pageOwnerHeader = "x-samklang-person";
/** The attribute on `<html>` that tells the page it is a saved copy, and from when. */
var savedCopyAttribute = "data-saved-copy";
export { savedCopyAttribute as n, pageOwnerHeader as t };

//# sourceMappingURL=saved-pages.js.map