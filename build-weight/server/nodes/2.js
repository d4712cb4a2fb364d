import * as server from '../entries/pages/(account)/_layout.server.ts.js';

export const index = 2;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/fallbacks/layout.svelte.js')).default;
export { server };
export const server_id = "src/routes/(account)/+layout.server.ts";
export const imports = ["_app/immutable/nodes/2.BhrBGnWV.js","_app/immutable/chunks/DP7S4oMJ.js","_app/immutable/chunks/BYQ7k-B0.js"];
export const stylesheets = [];
export const fonts = [];
