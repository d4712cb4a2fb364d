import * as server from '../entries/pages/(citizen)/me/dreams/_page.server.ts.js';

export const index = 21;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(citizen)/me/dreams/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(citizen)/me/dreams/+page.server.ts";
export const imports = ["_app/immutable/nodes/21.C9G2WZZg.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/UCOeOVch.js","_app/immutable/chunks/tJHAN-GC.js","_app/immutable/chunks/DW9-PT6L.js","_app/immutable/entry/payload.DSmR2FwN.js","_app/immutable/chunks/DDCmtnMu.js","_app/immutable/chunks/BfIWoCcd.js","_app/immutable/chunks/D_qhZtuu.js","_app/immutable/chunks/BEBRu1qq.js","_app/immutable/chunks/B1XwZ_qx.js"];
export const stylesheets = [];
export const fonts = [];
