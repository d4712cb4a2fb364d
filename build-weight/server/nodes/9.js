import * as server from '../entries/pages/(account)/account/sessions/_page.server.ts.js';

export const index = 9;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(account)/account/sessions/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(account)/account/sessions/+page.server.ts";
export const imports = ["_app/immutable/nodes/9.DCQUH0i2.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/C9-qD5ZI.js","_app/immutable/chunks/XN8DrSZ0.js","_app/immutable/chunks/tJHAN-GC.js","_app/immutable/chunks/DW9-PT6L.js","_app/immutable/entry/payload.DSmR2FwN.js","_app/immutable/chunks/DDCmtnMu.js","_app/immutable/chunks/uC7S3KIV.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js"];
export const stylesheets = [];
export const fonts = [];
