import * as server from '../entries/pages/(citizen)/me/dreams/_dreamId_/_page.server.ts.js';

export const index = 22;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(citizen)/me/dreams/_dreamId_/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(citizen)/me/dreams/[dreamId]/+page.server.ts";
export const imports = ["_app/immutable/nodes/22.C0YpDzMj.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/tJHAN-GC.js","_app/immutable/chunks/DW9-PT6L.js","_app/immutable/entry/payload.DSmR2FwN.js","_app/immutable/chunks/DDCmtnMu.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js","_app/immutable/chunks/BEBRu1qq.js","_app/immutable/chunks/VBXwMfKb.js","_app/immutable/chunks/CLsYSFCt.js","_app/immutable/chunks/CXpQ_dpO.js","_app/immutable/chunks/BfIWoCcd.js","_app/immutable/chunks/DYWK3hhh.js","_app/immutable/chunks/DclECHGd.js","_app/immutable/chunks/va-u0hAj.js","_app/immutable/chunks/QmsjOWN3.js","_app/immutable/chunks/DysRPz7z.js","_app/immutable/chunks/Djh1jHeN.js","_app/immutable/chunks/TeKgLg3E.js","_app/immutable/chunks/B1XwZ_qx.js","_app/immutable/chunks/D_qhZtuu.js","_app/immutable/chunks/BOVxTn2Q.js","_app/immutable/chunks/tUfR0Mf6.js","_app/immutable/chunks/BXGCpM6R.js"];
export const stylesheets = [];
export const fonts = [];
