import * as server from '../entries/pages/(staff)/staff/wishes/_page.server.ts.js';

export const index = 57;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(staff)/staff/wishes/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(staff)/staff/wishes/+page.server.ts";
export const imports = ["_app/immutable/nodes/57.OCBfDfE-.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/tJHAN-GC.js","_app/immutable/chunks/DW9-PT6L.js","_app/immutable/entry/payload.DSmR2FwN.js","_app/immutable/chunks/DDCmtnMu.js","_app/immutable/chunks/VmIs7c7W.js","_app/immutable/chunks/tUfR0Mf6.js","_app/immutable/chunks/BXGCpM6R.js","_app/immutable/chunks/DclECHGd.js","_app/immutable/chunks/cZBvvcBC.js","_app/immutable/chunks/DjNqoFhY.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js","_app/immutable/chunks/CC50LDZM.js","_app/immutable/chunks/BX_e5WzC.js","_app/immutable/chunks/CLsYSFCt.js","_app/immutable/chunks/DysRPz7z.js","_app/immutable/chunks/Djh1jHeN.js","_app/immutable/chunks/QmsjOWN3.js","_app/immutable/chunks/va-u0hAj.js","_app/immutable/chunks/TeKgLg3E.js"];
export const stylesheets = [];
export const fonts = [];
