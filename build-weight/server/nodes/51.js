import * as server from '../entries/pages/(staff)/staff/citizens/_citizenId_/reset-access/_page.server.ts.js';

export const index = 51;
let component_cache;
export const component = async () => component_cache ??= (await import('../entries/pages/(staff)/staff/citizens/_citizenId_/reset-access/_page.svelte.js')).default;
export { server };
export const server_id = "src/routes/(staff)/staff/citizens/[citizenId]/reset-access/+page.server.ts";
export const imports = ["_app/immutable/nodes/51.nJOvvpqy.js","_app/immutable/chunks/BYQ7k-B0.js","_app/immutable/chunks/tJHAN-GC.js","_app/immutable/chunks/DW9-PT6L.js","_app/immutable/entry/payload.DSmR2FwN.js","_app/immutable/chunks/DDCmtnMu.js","_app/immutable/chunks/fT7wd0B-.js","_app/immutable/chunks/ZV3labvK.js","_app/immutable/chunks/CI9KGgid.js","_app/immutable/chunks/OWH6nCV8.js","_app/immutable/chunks/uC7S3KIV.js","_app/immutable/chunks/D3udvdKX.js","_app/immutable/chunks/CgJS4vfF.js","_app/immutable/chunks/D1XPFTdT.js"];
export const stylesheets = ["_app/immutable/assets/invitation-letter.BNPCBDfN.css"];
export const fonts = [];
