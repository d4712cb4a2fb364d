import * as server from '../entries/pages/(citizen)/_layout.server.ts.js';

export const index = 3;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(citizen)/_layout.svelte.js')).default;
export { server };
export const server_id = "src/routes/(citizen)/+layout.server.ts";
export const imports = ["_app/immutable/nodes/3.B6kD9Nt3.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/BXGCpM6R.js","_app/immutable/chunks/DDCmtnMu.js","_app/immutable/entry/payload.DSmR2FwN.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/uC7S3KIV.js"];
export const stylesheets = [];
export const fonts = [];
