import * as server from '../entries/pages/(citizen)/me/contact/_page.server.ts.js';

export const index = 15;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(citizen)/me/contact/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(citizen)/me/contact/+page.server.ts";
export const imports = ["_app/immutable/nodes/15.Cqd9bqly.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/CJ6kUFfD.js","_app/immutable/chunks/u9LA4Q2i.js"];
export const stylesheets = [];
export const fonts = [];
