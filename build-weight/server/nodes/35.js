import * as server from '../entries/pages/(helper)/helper/_citizenId_/dreams/_page.server.ts.js';

export const index = 35;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(helper)/helper/_citizenId_/dreams/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(helper)/helper/[citizenId]/dreams/+page.server.ts";
export const imports = ["_app/immutable/nodes/35.D8t-9Pi0.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/tUfR0Mf6.js","_app/immutable/chunks/tJHAN-GC.js","_app/immutable/chunks/DW9-PT6L.js","_app/immutable/entry/payload.DSmR2FwN.js","_app/immutable/chunks/DDCmtnMu.js","_app/immutable/chunks/BXGCpM6R.js","_app/immutable/chunks/DclECHGd.js","_app/immutable/chunks/CCcEMLXa.js","_app/immutable/chunks/IUw3bH_r.js","_app/immutable/chunks/D_qhZtuu.js","_app/immutable/chunks/BEBRu1qq.js","_app/immutable/chunks/B1XwZ_qx.js","_app/immutable/chunks/BfIWoCcd.js","_app/immutable/chunks/CLsYSFCt.js","_app/immutable/chunks/CXpQ_dpO.js","_app/immutable/chunks/DYWK3hhh.js","_app/immutable/chunks/va-u0hAj.js","_app/immutable/chunks/QmsjOWN3.js","_app/immutable/chunks/DysRPz7z.js","_app/immutable/chunks/Djh1jHeN.js","_app/immutable/chunks/TeKgLg3E.js"];
export const stylesheets = [];
export const fonts = [];
