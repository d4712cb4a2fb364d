import * as server from '../entries/pages/(citizen)/me/plan/_page.server.ts.js';

export const index = 29;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(citizen)/me/plan/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(citizen)/me/plan/+page.server.ts";
export const imports = ["_app/immutable/nodes/29.Bi03Rrhi.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/tJHAN-GC.js","_app/immutable/chunks/DW9-PT6L.js","_app/immutable/entry/payload.DSmR2FwN.js","_app/immutable/chunks/DDCmtnMu.js","_app/immutable/chunks/BZDn7JLt.js","_app/immutable/chunks/BUwgnJum.js","_app/immutable/chunks/CKZkqTG8.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js","_app/immutable/chunks/CLsYSFCt.js","_app/immutable/chunks/cCb3m8W5.js","_app/immutable/chunks/QmsjOWN3.js","_app/immutable/chunks/sFSnW51w.js","_app/immutable/chunks/B9GYZgI_.js","_app/immutable/chunks/BJFHuHkD.js","_app/immutable/chunks/CqxHBbX9.js"];
export const stylesheets = [];
export const fonts = [];
