import * as server from '../entries/pages/(public)/logout/_page.server.ts.js';

export const index = 44;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(public)/logout/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(public)/logout/+page.server.ts";
export const imports = ["_app/immutable/nodes/44.4gKpvufE.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/ovCHr7IY.js","_app/immutable/chunks/DK3Fl9T5.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/CUcZ-CwL.js","_app/immutable/chunks/BH79chL4.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/uC7S3KIV.js"];
export const stylesheets = [];
export const fonts = [];
