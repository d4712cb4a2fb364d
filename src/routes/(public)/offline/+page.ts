// Built once at build time so the service worker can show it with no connection.
export const prerender = true;
