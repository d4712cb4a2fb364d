import * as server from '../entries/pages/(staff)/staff/deletion-requests/_page.server.ts.js';

export const index = 54;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(staff)/staff/deletion-requests/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(staff)/staff/deletion-requests/+page.server.ts";
export const imports = ["_app/immutable/nodes/54.BP8p2KR-.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/va-u0hAj.js","_app/immutable/chunks/QmsjOWN3.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/CLsYSFCt.js","_app/immutable/chunks/BvNmixek.js","_app/immutable/chunks/tUfR0Mf6.js","_app/immutable/chunks/tJHAN-GC.js","_app/immutable/chunks/DW9-PT6L.js","_app/immutable/entry/payload.DSmR2FwN.js","_app/immutable/chunks/DDCmtnMu.js","_app/immutable/chunks/BXGCpM6R.js","_app/immutable/chunks/DclECHGd.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js"];
export const stylesheets = [];
export const fonts = [];
