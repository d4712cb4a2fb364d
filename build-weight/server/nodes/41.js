import * as server from '../entries/pages/(public)/help/_page.server.ts.js';

export const index = 41;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(public)/help/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(public)/help/+page.server.ts";
export const imports = ["_app/immutable/nodes/41.BS_nPu-j.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/uC7S3KIV.js","_app/immutable/chunks/CJ6kUFfD.js"];
export const stylesheets = [];
export const fonts = [];
