import * as server from '../entries/pages/(citizen)/me/_page.server.ts.js';

export const index = 10;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(citizen)/me/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(citizen)/me/+page.server.ts";
export const imports = ["_app/immutable/nodes/10.D7m2yXdx.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/CXDLSAK8.js","_app/immutable/chunks/uC7S3KIV.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js","_app/immutable/chunks/DdoF9vwI.js","_app/immutable/chunks/OWH6nCV8.js"];
export const stylesheets = [];
export const fonts = [];
